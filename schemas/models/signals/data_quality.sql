-- grain: one row per authority, return period and data-quality rule (indicator set for jumps and resubmissions)
-- unique: la_code, period, rule_id, indicator
-- not_null: la_code, period, rule_id, direction, strength, evidence
-- Weak data can mask decline, so data problems raise concern, never lower it:
-- Each rule works at the return's own cadence (month, quarter or reporting year; signals.missing_returns).
--   DATA_MISSING_RETURN   no return for the period (strength: periods missing in the last data.missing_months_window)
--   DATA_PARTIAL_RETURN   some indicators missing (strength: share missing x 2)
--   DATA_LATE_RETURN      first saved after the region's due date (core.expected_returns: period end + due days,
--                         data.late_after_days where the region configures none; the sender's save time
--                         raw.files.file_modified_at, a best-effort hint, or the time received if earlier); a return
--                         first received more than data.backfill_after_days after its due date is history, not late
--                         (strength: days after the period ended / due days); known_on: the day it was first
--                         received, so it counts in the month it arrived. The same for quarterly and yearly returns,
--                         against the region's due days for that cadence
--   DATA_REJECTED_ROWS    rows of the month's return refused (strength: rows refused)
--   DATA_SUPPRESSION_RISE share of suppressed figures in the last 3 periods above the 12 before by 10+ points
--   DATA_RESUBMISSIONS    a figure resubmitted data.resubmissions_threshold times or more
--   DATA_IMPLAUSIBLE_JUMP a period-on-period change over data.jump_threshold robust spreads of the authority's own
--                         changes in the 24 periods before (only what was known at the time: the backtest relies on it)
with settings as (
    select (select value::int from ref.settings where key = 'data.missing_months_window') as window_months,
           (select value::int from ref.settings where key = 'data.resubmissions_threshold') as resubmissions,
           (select value::double from ref.settings where key = 'data.jump_threshold') as jump
),
returns as (
    select r.*, count(*) filter (where r.state = 'missing') over (partition by r.la_code, r.period_type order by r.period
                                  rows between (select window_months - 1 from settings) preceding and current row) as missing_recent
    from signals.missing_returns r
),
missing as (
    select la_code, period, null::varchar as indicator, 'DATA_MISSING_RETURN' as rule_id, 'concern' as direction,
           missing_recent::double as strength,
           'No return received for ' || ref.period_label(period) || '; '
             || missing_recent || ' of the last ' || (select window_months from settings) || ' '
             || case period_type when 'month' then 'months' when 'quarter' then 'quarters' else 'years' end || ' missing.' as evidence,
           null::date as known_on
    from returns where state = 'missing'
),
partial as (
    select la_code, period, null::varchar, 'DATA_PARTIAL_RETURN', 'concern',
           round(2.0 * (expected - received) / expected, 2),
           'Return incomplete: ' || received || ' of ' || expected || ' indicators received.', null::date
    from returns where state = 'partial'
),
late as (
    -- Late against the region's due date for the return's cadence (core.expected_returns: a month, or a
    -- quarter or reporting year once returned); history sent in a backfill is not late.
    select la_code, period, null::varchar, 'DATA_LATE_RETURN', 'concern',
           round(date_diff('day', ref.period_end(period), first_received_at::date) / greatest(due_days, 1)::double, 2),
           'Return for ' || ref.period_label(period) || ' first saved '
             || strftime(first_received_at, '%-d %B %Y') || ', '
             || date_diff('day', ref.period_end(period), first_received_at::date)
             || ' days after the ' || case period_type when 'month' then 'month' when 'quarter' then 'quarter' else 'year' end
             || ' ended (due ' || strftime(due_on, '%-d %B %Y') || ', ' || days_late || ' day'
             || case when days_late = 1 then '' else 's' end || ' late).',
           first_received_at::date
    from core.expected_returns
    where timeliness = 'late'
),
file_period as (
    -- A refused row's own period may be unreadable: attribute it to the period most of its file is about.
    select file_sha256, mode(period) as period, mode(la_code) as la_code from raw.return_values group by 1
),
rejected as (
    select fp.la_code, fp.period, null::varchar, 'DATA_REJECTED_ROWS', 'concern', count(distinct r.row_number)::double,
           count(distinct r.row_number) || ' row(s) of the return for ' || ref.period_label(fp.period)
             || ' refused (rules ' || string_agg(distinct r.rule_id, ', ' order by r.rule_id) || ').', null::date
    from raw.rejections r join file_period fp using (file_sha256)
    where r.row_number is not null
    group by fp.la_code, fp.period
    having count(distinct r.row_number) >= (select value::int from ref.settings where key = 'data.rejected_rows_threshold')
),
suppressed as (
    select la_code, period, period_type,
           avg(case when status is not null then 1.0 else 0.0 end) as share
    from core.indicator_values where source = 'return' group by all
),
suppression_trend as (
    select la_code, period, period_type, share,
           avg(share::decimal(38, 12)) over (partition by la_code, period_type order by period rows between 2 preceding and current row)::double as recent,
           avg(share::decimal(38, 12)) over (partition by la_code, period_type order by period rows between 14 preceding and 3 preceding)::double as before
    from suppressed
),
suppression as (
    select la_code, period, null::varchar, 'DATA_SUPPRESSION_RISE', 'concern', round((recent - before) * 10, 2),
           'Suppressed or unavailable figures: ' || round(recent * 100, 0) || '% of the last 3 '
             || case period_type when 'month' then 'months' when 'quarter' then 'quarters' else 'years' end || ' against '
             || round(before * 100, 0) || '% in the 12 ' || case period_type when 'month' then 'months' when 'quarter' then 'quarters' else 'years' end || ' before.',
           null::date
    from suppression_trend where before is not null and recent - before >= 0.10
),
resubmitted as (
    select la_code, period, indicator, 'DATA_RESUBMISSIONS', 'concern', (versions - 1)::double,
           indicator || ' for ' || period || ' was sent ' || versions || ' times.', null::date
    from core.indicator_values where source = 'return' and versions >= (select resubmissions from settings)
),
changes as (
    select la_code, period, period_type, indicator, value,
           value - lag(value) over (partition by la_code, indicator, period_type order by period) as change
    from core.indicator_values where source = 'return' and value is not null
),
spread as (
    select la_code, period, period_type, indicator, change,
           median(abs(change)) over (partition by la_code, indicator, period_type order by period rows between 24 preceding and 1 preceding) * 1.4826 as robust_sd,
           count(change) over (partition by la_code, indicator, period_type order by period rows between 24 preceding and 1 preceding) as history
    from changes where change is not null
),
jumps as (
    select la_code, period, indicator, 'DATA_IMPLAUSIBLE_JUMP', 'concern',
           round(abs(change) / robust_sd / (select jump from settings), 2),
           indicator || ' moved by ' || round(change, 1) || ' in one ' || period_type || ', ' || round(abs(change) / robust_sd, 1)
             || ' times its usual ' || period_type || '-on-' || period_type || ' movement.', null::date
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
