-- grain: one row per area (England or region), year and indicator recomputed from authority rows
-- unique: area_code, time_period, indicator
-- not_null: area_code, area_level, time_period, indicator, authority_rows
-- England and regional figures rebuilt from the published authority rows, pooled (sum of
-- numerators / sum of denominators), never an average of percentages. Rows without both
-- numbers (suppressed) cannot contribute: they are counted so the difference from the
-- published total can be explained. Joint returns (e.g. '314 / 318') count once. An
-- authority belongs to its region in the authority list and, where the file names another
-- (the workforce file's Inner and Outer London), to that sub-region too.
with la as (
    select v.*, i.scale,
           (select min(a.region_code) from ref.authorities a where a.dfe_code = v.area_code) as region_code
    from core.published_values v
    join ref.indicators i on i.code = v.indicator
    where v.geographic_level = 'Local authority'
),
areas as (
    select 'E92000001' as area_code, 'National' as area_level, * from la
    union all
    select region_code, 'Regional', * from la where region_code is not null
    union all
    select parent_area_code, 'Regional', * from la where parent_area_code is distinct from region_code and parent_area_code is not null
)
select
    area_code,
    area_level,
    time_period,
    indicator,
    -- exact sums (DECIMAL), so every run gives the same bits whatever order the threads add in
    (sum(numerator::decimal(38, 12)) filter (where numerator is not null and denominator is not null))::double
      / nullif((sum(denominator::decimal(38, 12)) filter (where numerator is not null and denominator is not null))::double, 0)
      * any_value(scale)                                                        as recomputed_value,
    (sum(denominator::decimal(38, 12)) filter (where numerator is not null and denominator is not null))::double as denominator_sum,
    any_value(scale)                                                            as scale,
    coalesce(bool_or(numerator <> floor(numerator) or denominator <> floor(denominator)), false) as inputs_fractional,
    count(*)                                                                    as authority_rows,
    count(*) filter (where numerator is null or denominator is null)            as authority_rows_without_numbers,
    list(area_code order by area_code) filter (where numerator is null or denominator is null) as authorities_without_numbers
from areas
group by all
