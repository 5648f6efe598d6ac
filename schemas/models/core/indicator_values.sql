-- grain: one row per authority, period and indicator
-- unique: la_code, period, indicator
-- not_null: la_code, period, period_type, indicator, version, period_start, period_end, known_at, source
-- The figure signals and reports use for every authority, period and indicator, from either
-- source:
--   source 'return'    the latest version of an authority's return (earlier versions stay in
--                      staging); known_at is when the figure first became known (its first
--                      version's known_at, see staging.stg_return_values);
--   source 'published' an authority row of the published statistics (core.published_values,
--                      geographic_level 'Local authority'), period 'YYYY', period_type 'year';
--                      known_at is its publication date (config/publication-dates.csv).
-- period_start and period_end bound the period (for a snapshot, period_end is its date).
-- Where a return and a published figure cover the same authority, indicator and period, the
-- RETURN is used: it is the figure the authority sent the region and it was known first, so a
-- replay of history sees it from the day it arrived. The published figure stays beside it
-- (marts.indicator_values.published_value, marts.published_comparison). Joint published
-- returns ('314 / 318') and codes the authority list does not know stay in the published marts.
with returns as (
    select
        la_code, period, period_type, indicator, numerator, denominator, value, value_derived,
        status, comment, source_file, source_sheet, source_row, received_at, version, versions,
        period_start, period_end,
        min(known_at) over (partition by la_code, period, indicator) as known_at,
        'return'                                                     as source
    from staging.stg_return_values
    qualify version = max(version) over (partition by la_code, period, indicator)
),
published as (
    select
        p.area_code as la_code, p.period, 'year' as period_type, p.indicator, p.numerator, p.denominator, p.value,
        p.published_value is null and p.recomputed_value is not null as value_derived,
        p.status, null::varchar as comment, p.source_file, null::varchar as source_sheet, p.source_row, p.received_at,
        p.version, p.versions, p.period_start, p.period_end, p.known_at, 'published' as source
    from core.published_values p
    where p.geographic_level = 'Local authority'
      and p.known_at is not null
      and p.area_code in (select la_code from core.authorities)
      and not exists (select 1 from returns r where r.la_code = p.area_code and r.period = p.period and r.indicator = p.indicator)
)
select * from returns
union all by name
select * from published
