-- grain: one row per authority and month a monthly return is expected (every authority of a region in scope)
-- unique: la_code, period
-- not_null: la_code, la_name, period, state
-- Did each authority's monthly return arrive, in full, in part, or not at all, and when, against its due date?
-- expected counts the indicators the authority's region collects monthly (docs/collections.md); timeliness is
-- 'on time', 'late' or 'historical' (first received in a backfill, long after its due date).
-- column la_code: the authority's DfE 3-digit code
-- column la_name: the authority's name
-- column region_code: the authority's region (ONS code, E12...)
-- column region_name: the authority's region
-- column period: the month (YYYY-MM)
-- column state: complete, partial (some indicators missing) or missing
-- column expected: how many indicators the authority's region collects monthly (docs/collections.md)
-- column received: how many indicators were received
-- column with_value: how many were received with a value (not suppressed)
-- column due_on: the month's last day + the region's due days
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
    e.due_on,
    e.first_received_at,
    e.days_late,
    e.timeliness
from signals.missing_returns m
join core.authorities a using (la_code)
left join core.expected_returns e using (la_code, period)
