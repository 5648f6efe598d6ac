-- grain: one row per published England or regional figure (area, year, indicator)
-- unique: area_code, period, indicator
-- not_null: area_code, geographic_level, period, indicator, outcome
-- Does Beacon's own aggregation of the authority rows reproduce the DfE's published
-- England and regional figures? It 'matches' within the published rounding:
--   half a unit of the published value's last decimal (0.05 for one decimal; none when the
--   value is Beacon's own ratio of published counts), plus the rounding carried by the inputs,
--   as a share of the summed denominator x scale:
--     authority rows x 0.05 where authority inputs are published to one decimal (FTE), and
--     5 where the published total's numerator and denominator are rounded to the nearest 10.
-- Otherwise the reason is given: suppressed authority figures that cannot be summed, or unexplained.
-- column geographic_level: National or Regional
-- column area_code: England (E92000001) or the region's ONS code
-- column area_name: England or the region's name
-- column period: the reporting year ending 31 March, e.g. 2025
-- column indicator: the catalogue indicator's code
-- column published_value: the DfE's published figure
-- column recomputed_value: Beacon's pooled recomputation from the authority rows
-- column difference: recomputed_value - published_value
-- column tolerance: the published rounding: half a unit of the value's last decimal, plus the rounding the inputs carry
-- column authority_rows: authority rows in the area
-- column authority_rows_without_numbers: of those, how many were suppressed (cannot be summed)
-- column outcome: matches, differs: N suppressed authority figure(s) cannot be summed, differs: unexplained, not published (...), or no authority rows with numbers
with compared as (
    select p.*, r.recomputed_value, r.authority_rows, r.authority_rows_without_numbers,
           coalesce(0.5 * pow(10, -p.value_decimals), 0)
             + coalesce((case when r.inputs_fractional then r.authority_rows * 0.05 else 0 end
                         + case when p.numerator % 10 = 0 and p.denominator % 10 = 0 then 5 else 0 end)
                        / nullif(r.denominator_sum, 0) * r.scale, 0) as tolerance
    from core.published_values p
    left join core.published_recomputed r
           on r.area_code = p.area_code and r.time_period = p.time_period and r.indicator = p.indicator
    where p.geographic_level in ('National', 'Regional')
)
select
    geographic_level,
    area_code,
    area_name,
    time_period                                               as period,
    indicator,
    value                                                     as published_value,
    recomputed_value,
    round(recomputed_value - value, 3)                        as difference,
    round(tolerance, 3)                                       as tolerance,
    authority_rows,
    authority_rows_without_numbers,
    case
        when value is null then 'not published (' || coalesce(status, 'no value') || ')'
        when recomputed_value is null then 'no authority rows with numbers'
        when abs(recomputed_value - value) <= tolerance + 1e-9 then 'matches'
        when authority_rows_without_numbers > 0 then 'differs: ' || authority_rows_without_numbers
             || ' suppressed authority figure(s) cannot be summed'
        else 'differs: unexplained'
    end                                                       as outcome
from compared
