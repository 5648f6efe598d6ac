-- grain: one row per authority, monthly period and indicator
-- unique: la_code, period, indicator
-- not_null: la_code, la_name, period, indicator, unit, polarity
-- Each authority's figure beside England, its region, its statistical neighbours and its
-- own past (previous month, same month last year). What dashboards and packs read.
-- column la_code: the authority's DfE 3-digit code
-- column la_name: the authority's name
-- column region_code: the authority's region (ONS code, E12...)
-- column region_name: the authority's region
-- column synthetic: true for the demo's fictional authorities
-- column period: the month (YYYY-MM)
-- column indicator: the catalogue indicator's code
-- column indicator_label: the indicator's name
-- column unit: the indicator's unit
-- column polarity: high (higher is better), low (lower is better) or neutral
-- column sort_order: the indicator's place in the reports
-- column value: the authority's latest figure (null when not returned)
-- column numerator: the authority's numerator, where sent
-- column denominator: the authority's denominator, where sent
-- column status: suppression marker of the authority's figure, or null
-- column england_value: England, recomputed from all authorities' returns (core.area_benchmarks.method says how)
-- column region_value: the authority's region, recomputed the same way
-- column neighbours_median: median of the values of the authority's statistical neighbours
-- column neighbours_reporting: how many of its 10 statistical neighbours had a value
-- column previous_value: the authority's value the month before
-- column last_year_value: the authority's value in the same month a year before
with base as (
    select a.la_code, a.la_name, a.region_code, a.region_name, a.synthetic, p.period, i.code as indicator,
           i.label, i.unit, i.polarity, i.sort_order
    from core.authorities a
    cross join (select distinct period from core.indicator_values where period_type = 'month') p
    cross join ref.indicators i
)
select
    b.la_code, b.la_name, b.region_code, b.region_name, b.synthetic,
    b.period, b.indicator, b.label as indicator_label, b.unit, b.polarity, b.sort_order,
    v.value, v.numerator, v.denominator, v.status,
    e.value                          as england_value,
    r.value                          as region_value,
    n.neighbours_median,
    n.neighbours_reporting,
    prev.value                       as previous_value,
    ly.value                         as last_year_value
from base b
left join core.indicator_values v
       on v.la_code = b.la_code and v.period = b.period and v.indicator = b.indicator
left join core.area_benchmarks e
       on e.area_code = 'E92000001' and e.period = b.period and e.indicator = b.indicator
left join core.area_benchmarks r
       on r.area_code = b.region_code and r.period = b.period and r.indicator = b.indicator
left join core.neighbour_benchmarks n
       on n.la_code = b.la_code and n.period = b.period and n.indicator = b.indicator
left join core.indicator_values prev
       on prev.la_code = b.la_code and prev.indicator = b.indicator
      and prev.period = strftime(strptime(b.period || '-01', '%Y-%m-%d') - interval 1 month, '%Y-%m')
left join core.indicator_values ly
       on ly.la_code = b.la_code and ly.indicator = b.indicator
      and ly.period = strftime(strptime(b.period || '-01', '%Y-%m-%d') - interval 12 month, '%Y-%m')
