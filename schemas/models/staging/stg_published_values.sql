-- grain: one row per published figure version (indicator, year, level, area, version)
-- unique: indicator, time_period, geographic_level, area_code, version
-- not_null: indicator, time_period, geographic_level, area_code, version, publication
-- Every imported published figure, with versions: a later import of the same publication
-- year supersedes the earlier figure and both are kept.
select
    p.publication,
    p.time_period,
    p.geographic_level,
    p.area_code,
    p.area_ons_code,
    p.area_name,
    p.parent_area_code,
    p.indicator,
    p.numerator,
    p.denominator,
    p.value                                                      as published_value,
    p.value_decimals,
    case when p.denominator > 0 then p.numerator / p.denominator * i.scale end as recomputed_value,
    p.status,
    f.original_name                                              as source_file,
    p.row_number                                                 as source_row,
    p.received_at,
    row_number() over (partition by p.indicator, p.time_period, p.geographic_level, p.area_code
                       order by p.received_at, f.original_name, p.row_number, p.file_sha256) as version
from raw.published_values p
join raw.files f on f.sha256 = p.file_sha256
join ref.indicators i on i.code = p.indicator
