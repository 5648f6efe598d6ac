-- grain: one row per authority, period and indicator
-- unique: la_code, period, indicator
-- not_null: la_code, la_name, period, indicator, version, source_file
-- The latest figure for every authority, period and indicator, with where it came from.
-- A stable, documented mart for data leads (docs/data-dictionary.md). source says whether the
-- figure is an authority's return or a published statistic; known_at when it became known;
-- published_value is the published figure for the same authority, period and indicator when
-- a return is the figure used (core.indicator_values: the return wins), so both stay visible.
select
    v.la_code,
    a.la_name,
    a.region_name,
    v.period,
    v.period_type,
    v.period_start,
    v.period_end,
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
    v.known_at,
    v.source,
    case when v.source = 'published' then v.value else pv.value end as published_value
from core.indicator_values v
join core.authorities a using (la_code)
join ref.indicators i on i.code = v.indicator
left join core.published_values pv
       on pv.geographic_level = 'Local authority' and pv.area_code = v.la_code and pv.period = v.period
      and pv.indicator = v.indicator and v.source = 'return'
