-- grain: one row per area (England or region), period and indicator
-- unique: area_code, period, indicator
-- not_null: area_code, area_level, period, indicator, authorities_reporting
-- England and regional figures recomputed from the authorities' own returns.
-- Rates and percentages are pooled (sum of numerators / sum of denominators), never an
-- average of percentages; where any contributor gave a value without its numerator and
-- denominator the figure is the mean of the authorities' values and method says so.
-- Sums are exact (integers, or DECIMAL for the mean), so parallel scans give the same figure every run.
with figures as (
    select v.*, a.region_code, i.scale
    from core.indicator_values v
    join core.authorities a using (la_code)
    join ref.indicators i on i.code = v.indicator
    where v.value is not null
),
areas as (
    select 'E92000001' as area_code, 'England' as area_level, * from figures
    union all
    select region_code, 'Region', * from figures where region_code is not null
)
select
    area_code,
    area_level,
    period,
    indicator,
    case when count(*) = count(numerator) and count(*) = count(denominator) and sum(denominator) > 0
         then sum(numerator)::double / sum(denominator) * any_value(scale)
         else avg(value::decimal(38, 12))::double end                     as value,
    case when count(*) = count(numerator) and count(*) = count(denominator) and sum(denominator) > 0
         then 'pooled' else 'mean of authority values' end                as method,
    sum(numerator)                                                        as numerator,
    sum(denominator)                                                      as denominator,
    count(*)                                                              as authorities_reporting
from areas
group by all
