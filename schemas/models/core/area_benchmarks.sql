-- grain: one row per area (England, region, or all authorities loaded), period and indicator
-- unique: area_code, period, indicator
-- not_null: area_code, area_level, area_name, period, indicator, method
-- Comparators, named for what they are:
--   area_level 'England'  (E92000001): England's PUBLISHED figure (published statistics,
--                          geographic_level National), method 'published'. Never computed from
--                          returns: a set of returns is not England unless the DfE says so.
--   area_level 'All loaded' (area_code 'ALL'): every authority in the warehouse with a figure,
--                          pooled; area_name says so ('All authorities loaded').
--   area_level 'Region'    (region code): the region's published figure where there is one,
--                          else the region's authorities loaded, pooled.
-- Pooled means sum of numerators / sum of denominators, never an average of percentages; where
-- any contributor gave a value without its numerator and denominator the figure is the mean of
-- the authorities' values and method says so.
-- Sums are exact (integers, or DECIMAL for the mean), so parallel scans give the same figure every run.
with figures as (
    select v.*, a.region_code, i.scale
    from core.indicator_values v
    join core.authorities a using (la_code)
    join ref.indicators i on i.code = v.indicator
    where v.value is not null
),
areas as (
    select 'ALL' as area_code, 'All loaded' as area_level, 'All authorities loaded' as area_name, * from figures
    union all
    select f.region_code, 'Region', coalesce(r.region_name, f.region_code), f.*
    from figures f left join ref.regions r on r.region_code = f.region_code
    where f.region_code is not null
),
pooled as (
    select
        area_code,
        area_level,
        area_name,
        period,
        indicator,
        -- Sums over DECIMAL(38,12): a sum of doubles depends on the order DuckDB's threads add them
        -- in, and workforce FTEs (5343.2) are fractional; exact sums make every run give the same bits.
        case when count(*) = count(numerator) and count(*) = count(denominator) and sum(denominator) > 0
             then sum(numerator::decimal(38, 12))::double / sum(denominator::decimal(38, 12))::double * any_value(scale)
             else avg(value::decimal(38, 12))::double end                     as value,
        case when count(*) = count(numerator) and count(*) = count(denominator) and sum(denominator) > 0
             then 'pooled' else 'mean of authority values' end                as method,
        sum(numerator::decimal(38, 12))::double                               as numerator,
        sum(denominator::decimal(38, 12))::double                             as denominator,
        count(*)                                                              as authorities_reporting
    from areas
    group by all
),
published as (
    select case when geographic_level = 'National' then 'E92000001' else area_code end as area_code,
           case when geographic_level = 'National' then 'England' else 'Region' end as area_level,
           case when geographic_level = 'National' then 'England' else coalesce(area_name, area_code) end as area_name,
           period, indicator, value, 'published' as method, numerator, denominator, null::bigint as authorities_reporting
    from core.published_values
    where geographic_level in ('National', 'Regional') and value is not null and period is not null
)
select * from published
union all
select p.* from pooled p
where not exists (select 1 from published x where x.area_code = p.area_code and x.period = p.period and x.indicator = p.indicator)
