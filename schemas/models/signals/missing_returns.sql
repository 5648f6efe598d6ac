-- grain: one row per authority and return period expected of it (any cadence), from its first return of that cadence up to the run period
-- unique: la_code, period
-- not_null: la_code, period, period_type, period_end, expected, received, state
-- Which returns arrived by their deadline, partly arrived or are missing. Weak or missing data can mask decline,
-- so a missing return is a signal in its own right. A return is expected at each indicator's own
-- cadence: an indicator's cadence is the period type most of its returns use (all authorities),
-- so an annual or quarterly indicator is not missing in the months between its periods. An
-- authority is expected to send a cadence's return from its first return of that cadence on;
-- published statistics are not returns and expect nothing.
with return_cadence as (
    select indicator, period_type from (
        select indicator, period_type, count(*) as n from core.indicator_values where source = 'return' group by all
    )
    qualify row_number() over (partition by indicator
                               order by n desc, case period_type when 'month' then 1 when 'quarter' then 2 else 3 end) = 1
),
expected as (
    select period_type, count(*) as expected from return_cadence group by all
),
last_end as (
    -- Outside the monthly cycle (imports rebuild the models) there is no run period: use the latest period returned.
    select coalesce(last_day(strptime(getvariable('run_period') || '-01', '%Y-%m-%d'))::date,
                    (select max(period_end) from core.indicator_values where source = 'return')) as last_end
),
firsts as (
    select v.la_code, v.period_type, min(v.period_start) as first_start
    from core.indicator_values v join return_cadence c using (indicator, period_type)
    where v.source = 'return'
    group by all
),
periods as (
    select f.la_code, f.period_type,
           case f.period_type when 'month' then strftime(g.s, '%Y-%m')
                              when 'quarter' then year(g.s) || '-Q' || (month(g.s) + 2) // 3
                              else (year(g.s) + 1)::varchar end as period
    from firsts f
    join core.authorities a using (la_code)
    cross join last_end l
    cross join generate_series(f.first_start, l.last_end,
                               case f.period_type when 'month' then interval 1 month
                                                  when 'quarter' then interval 3 month else interval 12 month end) as g(s)
),
got as (
    -- Received means known by the return's deadline (assessment.cutoff_days after the period), so
    -- that a return arriving later does not rewrite what the assessment of its month saw.
    select v.la_code, v.period, count(*) as received, count(v.value) as with_value
    from core.indicator_values v join return_cadence c using (indicator, period_type)
    where v.source = 'return'
      and v.known_at <= v.period_end + coalesce((select value::int from ref.settings where key = 'assessment.cutoff_days'), 28)
    group by all
)
select
    p.la_code,
    p.period,
    p.period_type,
    ref.period_end(p.period)                                                    as period_end,
    e.expected,
    coalesce(g.received, 0)                                                     as received,
    coalesce(g.with_value, 0)                                                   as with_value,
    case when g.received is null then 'missing'
         when g.received < e.expected then 'partial'
         else 'complete' end                                                    as state
from periods p
join expected e using (period_type)
left join got g using (la_code, period)
where ref.period_end(p.period) <= (select last_end from last_end)
