-- grain: one row per authority, period and indicator (where any statistical neighbour reported)
-- unique: la_code, period, indicator
-- not_null: la_code, period, indicator, neighbours_reporting
-- The authority's 10 statistical neighbours (latest model version) for the same period:
-- their median and mean, and how many of them had a figure.
with model as (
    select * from ref.neighbours
    where model_version = (select max(model_version) from ref.neighbours)
)
select
    m.la_code,
    v.period,
    v.indicator,
    median(v.value)                 as neighbours_median,
    avg(v.value::decimal(38, 12))::double as neighbours_mean, -- exact sum: the same every run
    count(*)                        as neighbours_reporting,
    any_value(m.model_version)      as model_version
from model m
join core.indicator_values v on v.la_code = m.neighbour_code
where v.value is not null
group by all
