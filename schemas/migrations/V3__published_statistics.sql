-- Published statistics (Explore Education Statistics files), mapped to catalogue
-- indicators by config/publications.csv. One row per file row and indicator, kept apart
-- by geographic level: National and Regional rows are the DfE's published totals, which
-- Beacon's own aggregation of the authority rows is checked against.
create table raw.published_values (
    file_sha256      varchar   not null,
    publication      varchar   not null,  -- the mapping's publication id
    row_number       integer   not null,  -- line in the file (header = 1)
    time_period      varchar   not null,  -- as published: reporting year ending 31 March, e.g. 2025
    geographic_level varchar   not null,  -- National | Regional | Local authority
    area_code        varchar   not null,  -- E92000001, a region code, or the DfE code (joint: '314 / 318')
    area_ons_code    varchar,
    area_name        varchar,
    parent_area_code varchar,             -- for authority rows: the region (or London sub-region) the file gives
    indicator        varchar   not null,
    numerator        double,              -- counts, or FTE for workforce measures
    denominator      double,
    value            double,              -- the published value, where the publication gives one
    value_decimals   integer,             -- decimal places the value was published with (its rounding)
    status           varchar,             -- suppression marker of the published value (c, x, z, low, k, u)
    received_at      timestamp not null
);
