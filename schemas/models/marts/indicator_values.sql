-- grain: one row per authority, period and indicator
-- unique: la_code, period, indicator
-- not_null: la_code, la_name, period, indicator, version, source_file
-- The latest figure for every authority, period and indicator, with where it came from.
-- A stable, documented mart for data leads (docs/data-dictionary.md). source says whether the
-- figure is an authority's return or a published statistic; known_at when it became known;
-- published_value is the published figure for the same authority, period and indicator when
-- a return is the figure used (core.indicator_values: the return wins), so both stay visible.
-- column la_code: the authority's DfE 3-digit code
-- column la_name: the authority's name
-- column region_code: the authority's region (ONS code, E12...)
-- column region_name: the authority's region
-- column period: the period: YYYY-MM (month), YYYY-Qn (calendar quarter) or YYYY (reporting year ending 31 March)
-- column period_type: month, quarter or year
-- column period_start: the first day the period covers
-- column period_end: the last day the period covers
-- column indicator: the catalogue indicator's code (docs/indicators.md)
-- column indicator_label: the indicator's name
-- column unit: the indicator's unit (percent, rate per 10,000 children, count, days...)
-- column value: the figure, in the indicator's unit; derived from numerator / denominator when only those were sent
-- column numerator: the numerator as sent, where sent
-- column denominator: the denominator as sent, where sent
-- column status: suppression marker (c, x, z, low, k, u) or null
-- column comment: the authority's own note on the figure
-- column source_file: the file the figure came from
-- column source_row: the line (or row) in that file
-- column version: this figure's version: resubmissions count up from 1
-- column versions: how many versions of the figure were received
-- column received_at: when Beacon received the file
-- column known_at: when the figure became known (a return: when received; a published statistic: its publication date)
-- column source: return (an authority's return) or published (a published statistic)
-- column published_value: the published figure for the same authority, period and indicator (also when a return is the figure used)
select
    v.la_code,
    a.la_name,
    a.region_code,
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
