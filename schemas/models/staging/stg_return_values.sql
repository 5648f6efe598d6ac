-- grain: one row per received figure version (authority, period, indicator, version)
-- unique: la_code, period, indicator, version
-- not_null: la_code, period, indicator, version, source_file
-- Every accepted figure with its lineage and its version number. Versions are ordered by
-- the run that received them, then the sender's save time, then file name and row, so a
-- resubmission in a later run (or saved later in the same batch) supersedes the earlier one.
-- value is derived from numerator / denominator when the sender gave only those.
select
    v.la_code,
    v.period,
    v.period_type,
    v.indicator,
    v.numerator,
    v.denominator,
    coalesce(v.value,
             case when v.denominator > 0 then v.numerator::double / v.denominator * i.scale end) as value,
    v.value is null and v.numerator is not null                                                 as value_derived,
    v.status,
    v.comment,
    v.file_sha256,
    f.original_name                                                                             as source_file,
    v.sheet                                                                                     as source_sheet,
    v.row_number                                                                                as source_row,
    v.received_at,
    row_number() over (partition by v.la_code, v.period, v.indicator
                       order by f.job_execution_id, f.file_modified_at nulls first, f.original_name, v.row_number, v.file_sha256) as version,
    count(*) over (partition by v.la_code, v.period, v.indicator)                               as versions
from raw.return_values v
join raw.files f on f.sha256 = v.file_sha256
join ref.indicators i on i.code = v.indicator
