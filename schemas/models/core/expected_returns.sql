-- grain: one row per authority and return period: every month a monthly return is expected (up to the run
-- period), and every quarter or reporting year the authority returned figures for
-- unique: la_code, period
-- not_null: la_code, period, period_type, expected, due_on
-- The returns each authority is expected to send, and how each arrived (docs/collections.md).
-- Monthly: every authority of a region in scope is counted, returned or not: a region is in scope once any of
-- its authorities has sent a return (or it has a collection configured). An authority is expected from its
-- first monthly return (never having sent one: from its region's first) to the run period, in the months
-- it operates (ref.authorities dates), when its region collects anything monthly.
-- Quarterly and yearly: each period the authority returned figures for at that cadence (a quarterly or
-- yearly return never sent has no date to be late against: signals.missing_returns counts it missing).
--   expected           monthly: indicators its region collects monthly (core.collections); quarterly or
--                      yearly: those its region collects at that cadence, or where the region configures
--                      none, the indicators any return carries at that cadence
--   due_on             the period's last day + the region's due days for that cadence (data.late_after_days
--                      where the region configures none)
--   first_received_at  the first time any of its figures for the period reached Beacon: the sender's save time
--                      (raw.files.file_modified_at) or, if earlier or unknown, the time it was received
--   days_late          days after due_on, when first received after it
--   timeliness         'on time', 'late', or 'historical' when first received more than
--                      data.backfill_after_days after due_on (a backfill of history, not a late return);
--                      null while nothing has arrived
with monthly as (
    select la_code, count(*) as expected, max(due_days) as due_days
    from core.collections where cadence = 'month' group by la_code
),
first_return as (
    select la_code, min(period) as first_period from core.indicator_values where period_type = 'month' group by la_code
),
region_first as (
    select a.region_code, min(f.first_period) as first_period
    from core.authorities a join first_return f using (la_code)
    where a.region_code is not null group by a.region_code
),
configured_regions as (
    select distinct a.region_code from core.collections c join core.authorities a using (la_code) where c.configured
),
last_month as (
    -- Outside the monthly cycle (imports rebuild the models) there is no run period: use the latest month returned.
    select coalesce(getvariable('run_period'), (select max(period) from core.indicator_values where period_type = 'month')) as period
),
scope as (
    select a.la_code, coalesce(f.first_period, rf.first_period,
                               case when a.region_code in (select region_code from configured_regions)
                                    then (select period from last_month) end) as first_period
    from core.authorities a
    left join first_return f using (la_code)
    left join region_first rf on rf.region_code = a.region_code
),
months as (
    select s.la_code, strftime(g.m, '%Y-%m') as period, last_day(g.m) as month_end
    from scope s
    cross join generate_series(strptime(s.first_period || '-01', '%Y-%m-%d'),
                               strptime((select period from last_month) || '-01', '%Y-%m-%d'),
                               interval 1 month) as g(m)
    where s.first_period is not null
      and exists (select 1 from ref.authorities r where r.dfe_code = s.la_code
                  and (r.opened_on is null or r.opened_on <= last_day(g.m))
                  and (r.closed_on is null or r.closed_on >= g.m::date))
),
receipts as (
    select v.la_code, v.period, min(least(coalesce(f.file_modified_at, f.received_at), f.received_at)) as first_received_at
    from raw.return_values v join raw.files f on f.sha256 = v.file_sha256
    where v.period_type = 'month'
    group by v.la_code, v.period
),
expected as (
    select m.la_code, m.period, 'month' as period_type, e.expected, e.due_days,
           (m.month_end + e.due_days * interval 1 day)::date as due_on, r.first_received_at
    from months m
    join monthly e using (la_code)
    left join receipts r using (la_code, period)
),
other_receipts as (
    select v.la_code, v.period, any_value(v.period_type) as period_type,
           min(least(coalesce(f.file_modified_at, f.received_at), f.received_at)) as first_received_at
    from raw.return_values v join raw.files f on f.sha256 = v.file_sha256
    where v.period_type in ('quarter', 'year') and ref.period_end(v.period) is not null
    group by v.la_code, v.period
),
configured_cadence as (
    select la_code, cadence, count(*) as expected, max(due_days) as due_days
    from core.collections where cadence in ('quarter', 'year') group by all
),
returned_at_cadence as (
    select period_type, count(distinct indicator) as expected
    from core.indicator_values where source = 'return' and period_type in ('quarter', 'year') group by all
),
other_expected as (
    select r.la_code, r.period, r.period_type,
           coalesce(c.expected, n.expected, 0) as expected,
           coalesce(c.due_days, (select value::int from ref.settings where key = 'data.late_after_days')) as due_days,
           r.first_received_at
    from other_receipts r
    left join configured_cadence c on c.la_code = r.la_code and c.cadence = r.period_type
    left join returned_at_cadence n on n.period_type = r.period_type
),
every_cadence as (
    select la_code, period, period_type, expected, due_days, due_on, first_received_at from expected
    union all
    select la_code, period, period_type, expected, due_days, (ref.period_end(period) + due_days * interval 1 day)::date,
           first_received_at
    from other_expected
)
select
    la_code, period, expected, due_days, due_on, first_received_at,
    case when first_received_at::date > due_on then date_diff('day', due_on, first_received_at::date) end as days_late,
    case when first_received_at is null then null
         when first_received_at::date <= due_on then 'on time'
         when date_diff('day', due_on, first_received_at::date)
              > (select value::int from ref.settings where key = 'data.backfill_after_days') then 'historical'
         else 'late' end                                                   as timeliness,
    period_type
from every_cadence
