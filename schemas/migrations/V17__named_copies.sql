-- Who each run's copy for named recipients (beacon run --named) is for, so that beacon deliver sends
-- that TLP:RED copy only to people it names. Names are personal data and are not job parameters;
-- only each name's SHA-256 (trimmed, spaces collapsed, lower case) is kept, beside the run and the
-- output's path. beacon deliver refuses the copy to a recipient whose name is not among them.
create table raw.named_copies (
    job_execution_id  bigint    not null,  -- the run that wrote the copy (manifest.json's jobExecutionId)
    path              varchar   not null,  -- the copy, relative to out/<period>/
    name_sha256       varchar   not null,  -- NamedRecipients.fingerprint of one name given to --named
    recorded_at       timestamp not null
);
