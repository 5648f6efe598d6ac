-- grain: one row per authority, period and indicator
-- unique: la_code, period, indicator
-- not_null: la_code, la_name, period, indicator, version, source_file
-- The latest figure for every authority, period and indicator, with where it came from.
-- A stable, documented mart for data leads (docs/data-dictionary.md).
select
    v.la_code,
    a.la_name,
    a.region_name,
    v.period,
    v.period_type,
    v.indicator,
    i.label                 as indicator_label,
    i.unit,
    v.value,
    v.numerator,
    v.denominator,
    v.status,
    v.comment,
    v.source_file,
    v.source_row,
    v.version,
    v.versions,
    v.received_at,
    v.period_start,
    v.period_end,
    v.known_at,
    v.source
from core.indicator_values v
join core.authorities a using (la_code)
join ref.indicators i on i.code = v.indicator
