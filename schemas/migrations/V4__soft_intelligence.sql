-- Soft intelligence and review history (inputs contract sections 2-4). Every received
-- version is kept with its file and row; core models pick the latest per note_id.

-- One row per note version received. summary is sensitive: it is never logged, and only
-- rendered into outputs whose audience may see the note's TLP level (docs/audiences.md).
create table raw.notes (
    file_sha256  varchar   not null,
    sheet        varchar,
    row_number   integer   not null,
    note_id      varchar   not null,
    la_code      varchar   not null,  -- DfE code, resolved
    observed_on  date      not null,
    category     varchar   not null,  -- LEADERSHIP_CHANGE | WORKFORCE | PRACTICE | COMPLAINTS | PARTNERSHIP | INSPECTION | DATA_QUALITY | FINANCE | OTHER
    signal       varchar   not null,  -- concern | reassurance
    severity     integer   not null,  -- 1 low, 2 medium, 3 high
    tlp          varchar   not null,  -- CLEAR | GREEN | AMBER | AMBER+STRICT | RED
    source       varchar   not null,  -- a role or network, never a person's name
    summary      varchar   not null,
    received_at  timestamp not null
);

-- One row per peer review or peer challenge received (a repeated row is a new version).
create table raw.peer_reviews (
    file_sha256        varchar   not null,
    row_number         integer   not null,
    la_code            varchar   not null,
    review_type        varchar   not null,
    started_on         date      not null,
    completed_on       date,                -- null while under way
    lead_organisation  varchar,
    summary            varchar,
    received_at        timestamp not null
);

-- One row per inspection outcome received.
create table raw.inspections (
    file_sha256            varchar   not null,
    row_number             integer   not null,
    la_code                varchar   not null,
    inspection_type        varchar   not null,
    inspection_date        date      not null,
    published_on           date,
    overall_effectiveness  varchar,        -- Outstanding | Good | Requires improvement to be good | Inadequate | null (no judgement)
    received_at            timestamp not null
);
