-- grain: one row per indicator, year, geographic level and area
-- unique: indicator, time_period, geographic_level, area_code
-- not_null: indicator, time_period, geographic_level, area_code, publication
-- The latest published figure. value is the published value where the publication gives
-- one, else recomputed from the published numerator and denominator; suppressed figures
-- have a status and no value. period is the year ('2024'), period_start..period_end what it
-- covers (the year to period_end), known_at the day it became known (config/publication-dates.csv).
select
    publication, time_period, period, (period_end - interval 1 year + interval 1 day)::date as period_start, period_end, known_at,
    geographic_level, area_code, area_ons_code, area_name, parent_area_code, indicator,
    numerator, denominator, published_value, value_decimals, recomputed_value,
    coalesce(published_value, recomputed_value) as value,
    status, source_file, source_row, received_at, version,
    count(*) over (partition by indicator, time_period, geographic_level, area_code) as versions
from staging.stg_published_values
qualify version = max(version) over (partition by indicator, time_period, geographic_level, area_code)
