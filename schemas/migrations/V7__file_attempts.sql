-- Every attempt to take in a received file, whatever came of it (issue 11: refusal is reversible).
-- raw.files keeps one row per distinct content (SHA-256) with its latest outcome; this table keeps
-- the history: a file refused once and loaded after a fix has two rows here. A file is skipped as
-- "already seen" only when its content was loaded, or refused under exactly the same folder, name
-- and settings (settings_fingerprint), so a change of configuration, options, folder or --as-of
-- tries it again.
create table raw.file_attempts (
    sha256               varchar   not null,
    original_name        varchar   not null,
    folder               varchar   not null,  -- returns | notes | reference | a command (reference-import, ...)
    outcome              varchar   not null,  -- loaded | rejected
    rule_id              varchar,             -- the file-level rule that refused it, when refused whole
    message              varchar,             -- that rule's message (cut to 500 characters)
    rows_received        integer   not null,
    rows_accepted        integer   not null,
    rows_rejected        integer   not null,
    as_of                date,
    settings_fingerprint varchar   not null,  -- what the outcome depended on: folder, options, ingest settings
    attempted_at         timestamp not null,
    job_execution_id     bigint
);
