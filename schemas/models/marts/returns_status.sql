-- grain: one row per authority and month a monthly return is expected (every authority of a region in scope)
-- unique: la_code, period
-- not_null: la_code, la_name, period, state
-- Did each authority's monthly return arrive, in full, in part, or not at all, and when, against its due date?
-- expected counts the indicators the authority's region collects monthly (docs/collections.md); timeliness is
-- 'on time', 'late' or 'historical' (first received in a backfill, long after its due date).
select
    m.la_code,
    a.la_name,
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
