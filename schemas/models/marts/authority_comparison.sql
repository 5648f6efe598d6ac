-- grain: one row per authority, period (any cadence) and indicator
-- unique: la_code, period, indicator
-- not_null: la_code, la_name, period, indicator, unit, polarity
-- Each authority's figure beside England, its region, its statistical neighbours and its
-- own past (previous period of the same cadence, same period last year). What dashboards and packs read.
-- period_type says the cadence: month (YYYY-MM), quarter (YYYY-Qn) or reporting year (YYYY).
-- england_value is England's PUBLISHED figure only (null when no national figures are loaded);
-- comparator_value / comparator_name is what reports draw as the national line: England's
-- published figure where there is one, else the pool of all authorities loaded, named so.
-- column la_code: the authority's DfE 3-digit code
-- column la_name: the authority's name
-- column region_code: the authority's region (ONS code, E12...)
-- column region_name: the authority's region
-- column synthetic: true for the demo's fictional authorities
-- column period: the period: YYYY-MM (month), YYYY-Qn (quarter) or YYYY (reporting year)
-- column indicator: the catalogue indicator's code
-- column indicator_label: the indicator's name
-- column unit: the indicator's unit
-- column polarity: high (higher is better), low (lower is better) or neutral
-- column sort_order: the indicator's place in the reports
-- column value: the authority's latest figure (null when not returned)
-- column numerator: the authority's numerator, where sent
-- column denominator: the authority's denominator, where sent
-- column status: suppression marker of the authority's figure, or null
-- column england_value: England's published figure (null when no national figures are loaded)
-- column comparator_value: the national line the reports draw: England's published figure where there is one, else all authorities loaded
-- column comparator_name: what comparator_value is: England or All authorities loaded
-- column all_loaded_value: all authorities loaded, recomputed from their figures (core.area_benchmarks.method says how)
-- column loaded_authorities_reporting: how many authorities loaded had a figure for all_loaded_value
-- column region_value: the authority's region, recomputed from its authorities' figures
-- column neighbours_median: median of the values of the authority's statistical neighbours
-- column neighbours_reporting: how many of its 10 statistical neighbours had a value
-- column previous_value: the authority's value in the previous period of the same cadence
-- column last_year_value: the authority's value in the same period a year before
-- column period_type: the cadence: month, quarter or year
-- column period_start: the first day the period covers
-- column period_end: the last day the period covers (for a year, the widest span of its figures)
with base as (
    select a.la_code, a.la_name, a.region_code, a.region_name, a.synthetic, p.period, p.period_type, p.period_start, p.period_end,
           i.code as indicator, i.label, i.unit, i.polarity, i.sort_order
    from core.authorities a
    -- One row per period: a year's published figures can cover different spans (the year to
    -- 31 March; the workforce census to 30 September), so the period's span is the widest.
    cross join (select period, any_value(period_type) as period_type, min(period_start) as period_start,
                       max(period_end) as period_end
                from core.indicator_values group by period) p
    cross join ref.indicators i
    -- Only indicators the warehouse holds figures for: a catalogue entry nobody reports (or a
    -- publication not imported) would only add empty rows to every dashboard.
    where i.code in (select distinct indicator from core.indicator_values)
),
-- The own-past comparisons join on one key, so they are hash joins (a CASE inside the join
-- condition made them a nested-loop comparison of every pair: 1.6 s of a national run).
-- A year's figures may cover different spans (year to March, workforce to September), so
-- years are matched by year number; months and quarters by the end of the period before.
own_past as (
    select la_code, indicator, period_type, value,
           case when period_type = 'year' then period else period_end::varchar end as past_key
    from core.indicator_values
),
keyed as (
    select *,
           case when period_type = 'year' then (try_cast(period as integer) - 1)::varchar
                else (period_start - 1)::varchar end as previous_key,
           case when period_type = 'year' then (try_cast(period as integer) - 1)::varchar
                else last_day(period_end - interval 12 month)::varchar end as last_year_key
    from base
)
select
    b.la_code, b.la_name, b.region_code, b.region_name, b.synthetic,
    b.period, b.indicator, b.label as indicator_label, b.unit, b.polarity, b.sort_order,
    v.value, v.numerator, v.denominator, v.status,
    e.value                          as england_value,
    coalesce(e.value, al.value)      as comparator_value,
    case when e.value is not null then 'England' when al.value is not null then 'All authorities loaded' end as comparator_name,
    al.value                         as all_loaded_value,
    al.authorities_reporting         as loaded_authorities_reporting,
    r.value                          as region_value,
    n.neighbours_median,
    n.neighbours_reporting,
    prev.value                       as previous_value,
    ly.value                         as last_year_value,
    b.period_type,
    b.period_start,
    b.period_end
from keyed b
left join core.indicator_values v
       on v.la_code = b.la_code and v.period = b.period and v.indicator = b.indicator
left join core.area_benchmarks e
       on e.area_code = 'E92000001' and e.period = b.period and e.indicator = b.indicator
left join core.area_benchmarks al
       on al.area_code = 'ALL' and al.period = b.period and al.indicator = b.indicator
left join core.area_benchmarks r
       on r.area_code = b.region_code and r.period = b.period and r.indicator = b.indicator
left join core.neighbour_benchmarks n
       on n.la_code = b.la_code and n.period = b.period and n.indicator = b.indicator
left join own_past prev
       on prev.la_code = b.la_code and prev.indicator = b.indicator and prev.period_type = b.period_type
      and prev.past_key = b.previous_key
left join own_past ly
       on ly.la_code = b.la_code and ly.indicator = b.indicator and ly.period_type = b.period_type
      and ly.past_key = b.last_year_key
