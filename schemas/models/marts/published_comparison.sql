-- grain: one row per authority (or joint return), year and indicator in the published statistics
-- unique: la_code, period, indicator
-- not_null: la_code, period, indicator, polarity
-- Each authority's published figure beside England, its region, its statistical neighbours
-- (the neighbour model in force for the year) and its own previous year, with the national
-- quartile band read through the indicator's polarity (band 1 is the best quarter; for
-- neutral indicators band 1 is simply the lowest quarter).
-- column la_code: the authority's DfE 3-digit code; a joint reporting unit reads '314 / 318'
-- column la_name: the authority's (or joint unit's) name as published
-- column region_code: the authority's region (ONS code, E12...)
-- column region_name: the authority's region
-- column period: the reporting year ending 31 March, e.g. 2025
-- column indicator: the catalogue indicator's code
-- column indicator_label: the indicator's name
-- column unit: the indicator's unit
-- column polarity: high (higher is better), low (lower is better) or neutral
-- column value: the published figure (null when suppressed, never zero)
-- column numerator: the published numerator, where published
-- column denominator: the published denominator, where published
-- column status: the suppression marker where suppressed
-- column england_value: the DfE's published England figure
-- column region_value: the DfE's published figure for the authority's region
-- column neighbours_median: median over the statistical neighbours with a figure that year
-- column neighbours_mean: mean over the statistical neighbours with a figure that year
-- column neighbours_reporting: how many of the 10 neighbours had a figure
-- column neighbour_model_version: the neighbour model in force for the year
-- column previous_year_value: the authority's figure the year before
-- column quartile_band: 1 to 4 among authorities with a figure that year; 1 is the best quarter by the indicator's polarity (for neutral indicators, the lowest quarter)
-- column joint_return: true for a joint reporting unit
with la as (
    select v.*, i.polarity, i.label, i.unit,
           (select min(a.region_code) from ref.authorities a where a.dfe_code = v.area_code) as region_code
    from core.published_values v
    join ref.indicators i on i.code = v.indicator
    where v.geographic_level = 'Local authority'
),
model_in_force as (
    -- The newest neighbour model whose version (a year) is not after the reporting year;
    -- years before the first model use the first.
    select distinct y.time_period,
           coalesce((select max(model_version) from ref.neighbours where model_version <= y.time_period),
                    (select min(model_version) from ref.neighbours)) as model_version
    from (select distinct time_period from la) y
),
neighbours as (
    select la.area_code as la_code, la.time_period, la.indicator,
           median(nv.value) as neighbours_median, avg(nv.value::decimal(38, 12))::double as neighbours_mean,
           count(nv.value) as neighbours_reporting, any_value(m.model_version) as model_version
    from la
    join model_in_force m on m.time_period = la.time_period
    join ref.neighbours n on n.model_version = m.model_version and n.la_code = la.area_code
    left join la nv on nv.area_code = n.neighbour_code and nv.time_period = la.time_period and nv.indicator = la.indicator
    group by all
),
bands as (
    -- Only authorities with a value are ranked, so suppressed figures do not shift the bands. Equal
    -- values at a band's edge are split by authority code, so every run draws the same bands.
    select area_code, time_period, indicator,
           case when polarity = 'high' then ntile(4) over (partition by time_period, indicator order by value desc, area_code)
                else ntile(4) over (partition by time_period, indicator order by value asc, area_code) end as quartile_band
    from la
    where value is not null
),
banded as (
    select la.*, bands.quartile_band
    from la left join bands using (area_code, time_period, indicator)
)
select
    b.area_code                        as la_code,
    b.area_name                        as la_name,
    b.region_code,
    (select any_value(g.region_name) from ref.regions g where g.region_code = b.region_code) as region_name,
    b.time_period                      as period,
    b.indicator,
    b.label                            as indicator_label,
    b.unit,
    b.polarity,
    b.value,
    b.numerator,
    b.denominator,
    b.status,
    e.value                            as england_value,
    r.value                            as region_value,
    n.neighbours_median,
    n.neighbours_mean,
    coalesce(n.neighbours_reporting, 0) as neighbours_reporting,
    n.model_version                    as neighbour_model_version,
    prev.value                         as previous_year_value,
    b.quartile_band,
    b.area_code like '% / %'           as joint_return
from banded b
left join core.published_values e
       on e.geographic_level = 'National' and e.time_period = b.time_period and e.indicator = b.indicator
left join core.published_values r
       on r.geographic_level = 'Regional' and r.area_code = b.region_code and r.time_period = b.time_period and r.indicator = b.indicator
left join neighbours n
       on n.la_code = b.area_code and n.time_period = b.time_period and n.indicator = b.indicator
left join core.published_values prev
       on prev.geographic_level = 'Local authority' and prev.area_code = b.area_code and prev.indicator = b.indicator
      and try_cast(prev.time_period as integer) = try_cast(b.time_period as integer) - 1
