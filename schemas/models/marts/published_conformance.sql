-- grain: one row per published England or regional figure (area, year, indicator)
-- unique: area_code, time_period, indicator
-- not_null: area_code, geographic_level, time_period, indicator, outcome
-- Does Beacon's own aggregation of the authority rows reproduce the DfE's published
-- England and regional figures? Within the published rounding (half a unit of the last
-- decimal place, 0.05 for one decimal) it 'matches'; otherwise the reason is given.
select
    p.geographic_level,
    p.area_code,
    p.area_name,
    p.time_period,
    p.indicator,
    p.value                                                   as published_value,
    r.recomputed_value,
    round(r.recomputed_value - p.value, 3)                    as difference,
    r.authority_rows,
    r.authority_rows_without_numbers,
    case
        when p.value is null then 'not published (' || coalesce(p.status, 'no value') || ')'
        when r.recomputed_value is null then 'no authority rows with numbers'
        when abs(r.recomputed_value - p.value) <= 0.05 + 1e-9 then 'matches'
        when r.authority_rows_without_numbers > 0 then 'differs: ' || r.authority_rows_without_numbers
             || ' suppressed authority figure(s) cannot be summed'
        else 'differs: unexplained'
    end                                                       as outcome
from core.published_values p
left join core.published_recomputed r
       on r.area_code = p.area_code and r.time_period = p.time_period and r.indicator = p.indicator
where p.geographic_level in ('National', 'Regional')
