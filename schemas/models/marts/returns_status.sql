-- grain: one row per authority and return period expected of it (a month, quarter or reporting year; signals.missing_returns)
-- unique: la_code, period
-- not_null: la_code, la_name, period, state
-- Did each authority's return arrive by its deadline, in full, in part, or not at all, and when?
-- Monthly: expected counts the indicators the authority's region collects monthly (docs/collections.md);
-- timeliness is 'on time', 'late' or 'historical' (first received in a backfill, long after its due date).
-- Quarterly and yearly returns: expected at each indicator's own cadence; once received, due the region's
-- due days for that cadence after the period (data.late_after_days where it configures none), like months.
-- column la_code: the authority's DfE 3-digit code
-- column la_name: the authority's name
-- column region_code: the authority's region (ONS code, E12...)
-- column region_name: the authority's region
-- column period: the return period: YYYY-MM (month), YYYY-Qn (quarter) or YYYY (reporting year)
-- column state: complete, partial (some indicators missing) or missing
-- column expected: how many indicators were expected: monthly, those the authority's region collects monthly (docs/collections.md); otherwise those of that cadence
-- column received: how many indicators were received
-- column with_value: how many were received with a value (not suppressed)
-- column period_type: the return's cadence: month, quarter or year
-- column period_end: the last day the period covers
-- column due_on: the period's last day + the region's due days for its cadence (for a quarterly or yearly return: once received)
-- column first_received_at: when the first of its figures reached Beacon (the sender's save time, or the time received if earlier)
-- column days_late: days after due_on, when first received after it
-- column timeliness: on time, late, or historical (received more than data.backfill_after_days after due_on: a backfill, not late); empty while missing
select
    m.la_code,
    a.la_name,
    a.region_code,
    a.region_name,
    m.period,
    m.state,
    m.expected,
    m.received,
    m.with_value,
    m.period_type,
    m.period_end,
    e.due_on,
    e.first_received_at,
    e.days_late,
    e.timeliness
from signals.missing_returns m
join core.authorities a using (la_code)
left join core.expected_returns e using (la_code, period)
