-- grain: one row per authority and month, from its first return up to the run period
-- unique: la_code, period
-- not_null: la_code, period, expected, received, state
-- Which monthly returns arrived, partly arrived or are missing. Weak or missing data can
-- mask decline, so a missing return is a signal in its own right.
with months as (
    select a.la_code, strftime(m, '%Y-%m') as period
    from core.authorities a
    join (select la_code, min(period) as first_period from core.indicator_values where period_type = 'month' group by la_code) f
      using (la_code)
    -- Outside the monthly cycle (imports rebuild the models) there is no run period: use the latest month returned.
    cross join generate_series(strptime(f.first_period || '-01', '%Y-%m-%d'),
                               strptime(coalesce(getvariable('run_period'),
                                                 (select max(period) from core.indicator_values where period_type = 'month')) || '-01', '%Y-%m-%d'),
                               interval 1 month) as g(m)
),
got as (
    select la_code, period, count(*) as received, count(value) as with_value
    from core.indicator_values
    where period_type = 'month'
    group by all
)
select
    m.la_code,
    m.period,
    (select count(*) from ref.indicators)                                       as expected,
    coalesce(g.received, 0)                                                     as received,
    coalesce(g.with_value, 0)                                                   as with_value,
    case when g.received is null then 'missing'
         when g.received < (select count(*) from ref.indicators) then 'partial'
         else 'complete' end                                                    as state
from months m
left join got g using (la_code, period)
