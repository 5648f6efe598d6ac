-- grain: one row per authority, monthly period and indicator
-- unique: la_code, period, indicator
-- not_null: la_code, la_name, period, indicator, unit, polarity
-- Each authority's figure beside England, its region, its statistical neighbours and its
-- own past (previous month, same month last year). What dashboards and packs read.
-- england_value is England's PUBLISHED figure only (null when no national figures are loaded);
-- comparator_value / comparator_name is what reports draw as the national line: England's
-- published figure where there is one, else the pool of all authorities loaded, named so.
with base as (
    select a.la_code, a.la_name, a.region_code, a.region_name, a.synthetic, p.period, i.code as indicator,
           i.label, i.unit, i.polarity, i.sort_order
    from core.authorities a
    cross join (select distinct period from core.indicator_values where period_type = 'month') p
    cross join ref.indicators i
    -- Only indicators the warehouse holds figures for: a catalogue entry nobody reports (or a
    -- publication not imported) would only add empty rows to every dashboard.
    where i.code in (select distinct indicator from core.indicator_values)
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
    ly.value                         as last_year_value
from base b
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
left join core.indicator_values prev
       on prev.la_code = b.la_code and prev.indicator = b.indicator
      and prev.period = strftime(strptime(b.period || '-01', '%Y-%m-%d') - interval 1 month, '%Y-%m')
left join core.indicator_values ly
       on ly.la_code = b.la_code and ly.indicator = b.indicator
      and ly.period = strftime(strptime(b.period || '-01', '%Y-%m-%d') - interval 12 month, '%Y-%m')
