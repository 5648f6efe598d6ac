-- grain: one row per received figure version (authority, period, indicator, version)
-- unique: la_code, period, indicator, version
-- not_null: la_code, period, indicator, version, source_file
-- Every accepted figure with its lineage and its version number. Versions are ordered by
-- the run that received them, then the sender's save time, then file name and row, so a
-- resubmission in a later run (or saved later in the same batch) supersedes the earlier one.
-- value is derived from numerator / denominator when the sender gave only those.
-- known_at is the day the figure became known (docs/early-warning.md, "Honest about time"): the
-- earlier of the day it was received and the sender's save time, never before its period ended.
-- A figure first seen more than returns.backfill_after_days after its period ended is history
-- loaded late (a backfill): it is taken as known when it was due (data.late_after_days after the
-- period). A cycle run "as of" a date treats everything it holds as known by that date.
with settings as (
    select coalesce((select value::int from ref.settings where key = 'returns.backfill_after_days'), 60) as backfill_days,
           coalesce((select value::int from ref.settings where key = 'data.late_after_days'), 28)    as due_days,
           try_cast(getvariable('as_of') as date)                                                    as as_of
),
bounds as (
    -- Each distinct period's first and last day, worked out once (not once per figure).
    select period, ref.period_start(period) as period_start, ref.period_end(period) as period_end
    from (select distinct period from raw.return_values)
),
figures as (
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
    b.period_start,
    b.period_end,
    greatest(b.period_end, least(v.received_at, coalesce(f.file_modified_at, v.received_at))::date) as first_seen,
    row_number() over (partition by v.la_code, v.period, v.indicator
                       order by f.job_execution_id, f.file_modified_at nulls first, f.original_name, v.row_number, v.file_sha256) as version,
    count(*) over (partition by v.la_code, v.period, v.indicator)                               as versions
from raw.return_values v
join raw.files f on f.sha256 = v.file_sha256
join ref.indicators i on i.code = v.indicator
join bounds b on b.period = v.period
)
select
    figures.* exclude (first_seen),
    least(case when first_seen > period_end + (select backfill_days from settings)
               then period_end + (select due_days from settings)
               else first_seen end,
          coalesce((select as_of from settings), date '9999-12-31'))                           as known_at
from figures
