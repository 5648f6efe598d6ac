-- grain: one row per authority, month and data-quality rule (indicator set for jumps and resubmissions)
-- unique: la_code, period, rule_id, indicator
-- not_null: la_code, period, rule_id, direction, strength, evidence
-- Weak data can mask decline, so data problems raise concern, never lower it:
--   DATA_MISSING_RETURN   no return for the month (strength: months missing in the last data.missing_months_window)
--   DATA_PARTIAL_RETURN   some indicators missing (strength: share missing x 2)
--   DATA_LATE_RETURN      first saved after the region's due date (core.expected_returns: month end + due days,
--                         data.late_after_days where the region configures none; the sender's save time
--                         raw.files.file_modified_at, a best-effort hint, or the time received if earlier); a return
--                         first received more than data.backfill_after_days after its due date is history, not late
--                         (strength: days after the month ended / due days)
--   DATA_REJECTED_ROWS    rows of the month's return refused (strength: rows refused)
--   DATA_SUPPRESSION_RISE share of suppressed figures in the last 3 months above the 12 before by 10+ points
--   DATA_RESUBMISSIONS    a figure resubmitted data.resubmissions_threshold times or more
--   DATA_IMPLAUSIBLE_JUMP a month-on-month change over data.jump_threshold robust spreads of the authority's own
--                         changes in the 24 months before (only what was known at the time: the backtest relies on it)
with settings as (
    select (select value::int from ref.settings where key = 'data.missing_months_window') as window_months,
           (select value::int from ref.settings where key = 'data.resubmissions_threshold') as resubmissions,
           (select value::double from ref.settings where key = 'data.jump_threshold') as jump
),
returns as (
    select r.*, count(*) filter (where r.state = 'missing') over (partition by r.la_code order by r.period
                                  rows between (select window_months - 1 from settings) preceding and current row) as missing_recent
    from signals.missing_returns r
),
missing as (
    select la_code, period, null::varchar as indicator, 'DATA_MISSING_RETURN' as rule_id, 'concern' as direction,
           missing_recent::double as strength,
           'No return received for ' || strftime(strptime(period || '-01', '%Y-%m-%d'), '%B %Y') || '; '
             || missing_recent || ' of the last ' || (select window_months from settings) || ' months missing.' as evidence
    from returns where state = 'missing'
),
partial as (
    select la_code, period, null::varchar, 'DATA_PARTIAL_RETURN', 'concern',
           round(2.0 * (expected - received) / expected, 2),
           'Return incomplete: ' || received || ' of ' || expected || ' indicators received.'
    from returns where state = 'partial'
),
late as (
    -- Late against the region's due date (core.expected_returns); history sent in a backfill is not late.
    select la_code, period, null::varchar, 'DATA_LATE_RETURN', 'concern',
           round(date_diff('day', (strptime(period || '-01', '%Y-%m-%d') + interval 1 month - interval 1 day)::date,
                           first_received_at::date) / greatest(due_days, 1)::double, 2),
           'Return for ' || strftime(strptime(period || '-01', '%Y-%m-%d'), '%B %Y') || ' first saved '
             || strftime(first_received_at, '%-d %B %Y') || ', '
             || date_diff('day', (strptime(period || '-01', '%Y-%m-%d') + interval 1 month - interval 1 day)::date, first_received_at::date)
             || ' days after the month ended (due ' || strftime(due_on, '%-d %B %Y') || ', ' || days_late || ' day'
             || case when days_late = 1 then '' else 's' end || ' late).'
    from core.expected_returns
    where timeliness = 'late'
),
file_period as (
    -- A refused row's own period may be unreadable: attribute it to the period most of its file is about.
    select file_sha256, mode(period) as period, mode(la_code) as la_code from raw.return_values where period_type = 'month' group by 1
),
rejected as (
    select fp.la_code, fp.period, null::varchar, 'DATA_REJECTED_ROWS', 'concern', count(distinct r.row_number)::double,
           count(distinct r.row_number) || ' row(s) of the return for ' || strftime(strptime(fp.period || '-01', '%Y-%m-%d'), '%B %Y')
             || ' refused (rules ' || string_agg(distinct r.rule_id, ', ' order by r.rule_id) || ').'
    from raw.rejections r join file_period fp using (file_sha256)
    where r.row_number is not null
    group by fp.la_code, fp.period
    having count(distinct r.row_number) >= (select value::int from ref.settings where key = 'data.rejected_rows_threshold')
),
suppressed as (
    select la_code, period,
           avg(case when status is not null then 1.0 else 0.0 end) as share
    from core.indicator_values where period_type = 'month' group by all
),
suppression_trend as (
    select la_code, period, share,
           avg(share::decimal(38, 12)) over (partition by la_code order by period rows between 2 preceding and current row)::double as recent,
           avg(share::decimal(38, 12)) over (partition by la_code order by period rows between 14 preceding and 3 preceding)::double as before
    from suppressed
),
suppression as (
    select la_code, period, null::varchar, 'DATA_SUPPRESSION_RISE', 'concern', round((recent - before) * 10, 2),
           'Suppressed or unavailable figures: ' || round(recent * 100, 0) || '% of the last 3 months against '
             || round(before * 100, 0) || '% in the 12 months before.'
    from suppression_trend where before is not null and recent - before >= 0.10
),
resubmitted as (
    select la_code, period, indicator, 'DATA_RESUBMISSIONS', 'concern', (versions - 1)::double,
           indicator || ' for ' || period || ' was sent ' || versions || ' times.'
    from core.indicator_values where versions >= (select resubmissions from settings)
),
changes as (
    select la_code, period, indicator, value,
           value - lag(value) over (partition by la_code, indicator order by period) as change
    from core.indicator_values where period_type = 'month' and value is not null
),
spread as (
    select la_code, period, indicator, change,
           median(abs(change)) over (partition by la_code, indicator order by period rows between 24 preceding and 1 preceding) * 1.4826 as robust_sd,
           count(change) over (partition by la_code, indicator order by period rows between 24 preceding and 1 preceding) as history
    from changes where change is not null
),
jumps as (
    select la_code, period, indicator, 'DATA_IMPLAUSIBLE_JUMP', 'concern',
           round(abs(change) / robust_sd / (select jump from settings), 2),
           indicator || ' moved by ' || round(change, 1) || ' in one month, ' || round(abs(change) / robust_sd, 1)
             || ' times its usual month-on-month movement.'
    from spread
    where history >= 6 and robust_sd > 0 and abs(change) / robust_sd > (select jump from settings)
)
select * from missing
union all select * from partial
union all select * from late
union all select * from rejected
union all select * from suppression
union all select * from resubmitted
union all select * from jumps
