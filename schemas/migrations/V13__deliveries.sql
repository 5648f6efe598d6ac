-- Deliveries (beacon deliver): every attempt to deliver an output to a recipient, one row per file.
-- An attempt is one message (e-mail) or one copy into a drop folder; every file of an attempt shares
-- its attempt_id and its status. A file refused before sending (restricted and not encrypted, SHA-256
-- not matching the manifest, missing) is its own attempt with status 'refused'.
-- A re-run sends a file again only if no attempt delivered that same content (SHA-256) to that recipient.
create table raw.delivery_attempts (
    attempt_id    varchar   not null,
    period        varchar   not null,  -- YYYY-MM
    recipient     varchar   not null,  -- the recipient's name in the recipients file
    address       varchar   not null,  -- e-mail address or drop folder
    audience      varchar   not null,  -- region | authority | sector-body | named | public
    scope         varchar   not null,  -- region name, authority code, or 'all'
    channel       varchar   not null,  -- email | folder
    path          varchar   not null,  -- the output, relative to out/<period>/
    sha256        varchar   not null,  -- the content sent (from the manifest)
    tlp           varchar   not null,
    status        varchar   not null,  -- delivered | failed | refused
    error         varchar,             -- why, in one line (failed, refused)
    attempted_at  timestamp not null
);

-- One row per attempt: the stable table to read (docs/data-dictionary.md).
create view marts.deliveries as
select attempt_id, period, recipient, address, audience, scope, channel,
       count(*)                                                       as file_count,
       string_agg(path || ' sha256:' || sha256, '; ' order by path)    as files,
       any_value(status)                                              as status,
       string_agg(distinct error, '; ')                               as error,
       min(attempted_at)                                              as attempted_at
from raw.delivery_attempts
group by attempt_id, period, recipient, address, audience, scope, channel;

-- Where each output stands for each recipient: its latest attempt, and when it was last delivered.
create view marts.delivery_status as
select period, recipient, address, audience, scope, channel, path,
       arg_max(sha256, attempted_at)                              as sha256,
       arg_max(status, attempted_at)                              as last_status,
       arg_max(error, attempted_at)                               as last_error,
       max(attempted_at)                                          as last_attempt_at,
       max(attempted_at) filter (where status = 'delivered')      as delivered_at
from raw.delivery_attempts
group by period, recipient, address, audience, scope, channel, path;
