-- Decisions on peer-review triggers (beacon triggers apply FILE): one row per decision received.
create table raw.trigger_decisions (
    trigger_id   varchar   not null,
    status       varchar   not null,  -- accepted | declined | completed
    decided_on   date      not null,
    decided_by   varchar,             -- a role, never a person's name
    note         varchar,
    file_sha256  varchar   not null,
    row_number   integer   not null,
    received_at  timestamp not null
);
