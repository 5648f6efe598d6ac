-- grain: one row per authority and return period expected of it (a month, quarter or reporting year)
-- unique: la_code, period
-- not_null: la_code, period, period_type, period_end, expected, received, state
-- Which returns arrived by their deadline, partly arrived or are missing. Weak or missing data can
-- mask decline, so a missing return is a signal in its own right.
-- Monthly returns are judged against what the authority's region collects monthly
-- (core.collections, core.expected_returns: every authority of a region in scope, returned or not;
-- a region collecting 4 indicators gets "complete" for 4 of 4). For every cadence, received means
-- known by the return's deadline (assessment.cutoff_days after the period), so that a return
-- arriving later does not rewrite what the assessment of its month saw; lateness against the
-- region's due date is core.expected_returns' (timeliness, DATA_LATE_RETURN).
-- Quarterly and yearly returns are expected at each indicator's own cadence (the period type most
-- of its returns use), from the authority's first return of that cadence: an annual or quarterly
-- indicator is not missing in the months between its periods. Published statistics are not
-- returns and expect nothing.
with got_month as (
    select v.la_code, v.period, count(*) as received, count(v.value) as with_value
    from core.indicator_values v
    join core.collections c on c.la_code = v.la_code and c.indicator = v.indicator and c.cadence = 'month'
    where v.period_type = 'month' and v.source = 'return'
      and v.known_at <= v.period_end + coalesce((select value::int from ref.settings where key = 'assessment.cutoff_days'), 28)
    group by all
),
monthly as (
    select
        e.la_code,
        e.period,
        'month'                                                                     as period_type,
        last_day(strptime(e.period || '-01', '%Y-%m-%d'))::date                     as period_end,
        e.expected,
        coalesce(g.received, 0)                                                     as received,
        coalesce(g.with_value, 0)                                                   as with_value,
        case when g.received is null then 'missing'
             when g.received < e.expected then 'partial'
             else 'complete' end                                                    as state
    from core.expected_returns e
    left join got_month g using (la_code, period)
    where e.period_type = 'month'
),
return_cadence as (
    select indicator, period_type from (
        select indicator, period_type, count(*) as n from core.indicator_values where source = 'return' group by all
    )
    qualify row_number() over (partition by indicator
                               order by n desc, case period_type when 'month' then 1 when 'quarter' then 2 else 3 end) = 1
),
expected as (
    select period_type, count(*) as expected from return_cadence where period_type <> 'month' group by all
),
last_end as (
    -- Outside the monthly cycle (imports rebuild the models) there is no run period: use the latest period returned.
    select coalesce(last_day(strptime(getvariable('run_period') || '-01', '%Y-%m-%d'))::date,
                    (select max(period_end) from core.indicator_values where source = 'return')) as last_end
),
firsts as (
    select v.la_code, v.period_type, min(v.period_start) as first_start
    from core.indicator_values v join return_cadence c using (indicator, period_type)
    where v.source = 'return' and v.period_type <> 'month'
    group by all
),
periods as (
    select f.la_code, f.period_type,
           case f.period_type when 'quarter' then year(g.s) || '-Q' || (month(g.s) + 2) // 3
                              else (year(g.s) + 1)::varchar end as period
    from firsts f
    join core.authorities a using (la_code)
    cross join last_end l
    cross join generate_series(f.first_start, l.last_end,
                               case f.period_type when 'quarter' then interval 3 month else interval 12 month end) as g(s)
),
got as (
    -- Received means known by the return's deadline (assessment.cutoff_days after the period).
    select v.la_code, v.period, count(*) as received, count(v.value) as with_value
    from core.indicator_values v join return_cadence c using (indicator, period_type)
    where v.source = 'return' and v.period_type <> 'month'
      and v.known_at <= v.period_end + coalesce((select value::int from ref.settings where key = 'assessment.cutoff_days'), 28)
    group by all
),
other_cadences as (
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
)
select * from monthly
union all
select * from other_cadences
