-- grain: one row per authority and month assessed
-- unique: la_code, period
-- not_null: la_code, period, month_end, known_by
-- The months the concern assessment covers for each authority: from the first month its first
-- known figure can count in, up to the run period (outside the monthly cycle: the latest month
-- any figure can count in). Each month is assessed as at known_by: the end of the month plus
-- assessment.cutoff_days, the return deadline, so that month M's own returns count in M
-- (docs/early-warning.md, "Honest about time").
with s as (
    select coalesce((select value::int from ref.settings where key = 'assessment.cutoff_days'), 28) as cutoff
),
first_known as (
    select la_code, min(known_at) as first_known from core.indicator_values group by la_code
),
last_month as (
    select coalesce(strptime(getvariable('run_period') || '-01', '%Y-%m-%d')::date,
                    date_trunc('month', greatest(max(period_end), max(known_at) - (select cutoff from s)))::date) as last_start
    from core.indicator_values
)
select
    a.la_code,
    strftime(g.m, '%Y-%m')                                 as period,
    last_day(g.m)::date                                    as month_end,
    (last_day(g.m) + (select cutoff from s))::date         as known_by
from core.authorities a
join first_known f using (la_code)
cross join last_month l
cross join generate_series(date_trunc('month', f.first_known - (select cutoff from s)), l.last_start, interval 1 month) as g(m)
