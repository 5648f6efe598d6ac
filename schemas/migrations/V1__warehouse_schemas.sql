-- The warehouse layers (see docs/architecture.md).
--   raw      every accepted row as received, with lineage; every rejection. Append-only.
--   ref      reference data: authorities, regions, statistical neighbours, population.
--   staging  typed, renamed views of raw (rebuilt by the transform step).
--   core     latest figures and comparators (rebuilt by the transform step).
--   signals  early-warning signals (rebuilt by the signals step).
--   marts    what reports and data leads read; documented in docs/data-dictionary.md.
create schema if not exists raw;
create schema if not exists ref;
create schema if not exists staging;
create schema if not exists core;
create schema if not exists signals;
create schema if not exists marts;

-- One row per distinct file content ever received (SHA-256). A file seen again is
-- recognised here and not loaded twice, so re-running a cycle adds no rows.
create table raw.files (
    sha256            varchar primary key,
    original_name     varchar   not null,
    kind              varchar   not null,  -- returns | reference
    archived_path     varchar   not null,  -- content-addressed copy, never modified
    size_bytes        bigint    not null,
    container         varchar,             -- csv | xlsx | parquet | arrow
    layout            varchar,             -- long | wide | las | sn_model | population | regions
    encoding          varchar,
    outcome           varchar   not null,  -- loaded | rejected
    rows_received     integer   not null,
    rows_accepted     integer   not null,
    rows_rejected     integer   not null,
    file_modified_at  timestamp,           -- the sender's save time, used to order same-batch resubmissions
    received_at       timestamp not null,
    job_execution_id  bigint
);

-- One row per accepted figure, exactly as it arrived (after parsing), with lineage.
-- Several versions of the same (authority, period, indicator) may exist: resubmissions.
create table raw.return_values (
    file_sha256    varchar   not null,
    sheet          varchar,
    row_number     integer   not null,  -- 1-based line in the file (header is line 1)
    la_code        varchar   not null,  -- DfE 3-digit code, resolved from what was given
    la_code_given  varchar   not null,
    period         varchar   not null,  -- YYYY-MM | YYYY-Qn | YYYY
    period_type    varchar   not null,  -- month | quarter | year
    indicator      varchar   not null,
    numerator      bigint,
    denominator    bigint,
    value          double,
    status         varchar,             -- c | x | z | low | k | u, or null
    comment        varchar,
    received_at    timestamp not null
);

-- One row per problem found in a received file: a rejected row, or a rejected file (row_number null).
create table raw.rejections (
    file_sha256     varchar   not null,
    file_name       varchar   not null,
    sheet           varchar,
    row_number      integer,
    column_name     varchar,
    la_code         varchar,
    rule_id         varchar   not null,
    severity        varchar   not null,  -- error (row or file refused) | warning (accepted, flagged)
    message         varchar   not null,
    offending_value varchar,
    received_at     timestamp not null
);

create table ref.regions (
    region_code   varchar primary key,
    region_name   varchar not null,
    source_sha256 varchar not null
);

-- One row per authority (live or terminated), keyed by ONS code; DfE code may be null
-- for pre-2009 shire districts and similar rows in the DfE list.
create table ref.authorities (
    ons_code      varchar not null,
    dfe_code      varchar,
    la_name       varchar not null,
    region_code   varchar,
    opened_on     date,
    closed_on     date,
    status        varchar,
    entity        varchar,
    source_sha256 varchar not null
);

-- One row per authority, neighbour rank and model version (10 neighbours per authority).
create table ref.neighbours (
    model_version  varchar not null,
    la_code        varchar not null,
    rank           integer not null,
    neighbour_code varchar not null,
    closeness      varchar,
    source_sha256  varchar not null
);

-- One row per area and year: children aged 0-17 (mid-year estimate).
create table ref.population (
    year             integer not null,
    geographic_level varchar not null,  -- National | Regional | Local authority
    area_code        varchar not null,  -- DfE code for authorities, ONS code for regions and England
    population       bigint  not null,
    source_sha256    varchar not null
);

-- The indicator catalogue (config/indicators.csv), refreshed at every transform so SQL
-- models and ad-hoc queries can join units, polarity and scale.
create table ref.indicators (
    code        varchar primary key,
    label       varchar not null,
    unit        varchar not null,
    polarity    varchar not null,  -- low | high | neutral
    measure     varchar not null,  -- percent | rate | count | average
    scale       double  not null,  -- value = numerator / denominator * scale
    definition  varchar not null,
    sort_order  integer not null
);
