-- grain: one row per authority and month, from its first return up to the run period
-- unique: la_code, period
-- not_null: la_code, la_name, period, state
-- Did each authority's monthly return arrive, in full, in part, or not at all?
-- column la_code: the authority's DfE 3-digit code
-- column la_name: the authority's name
-- column region_code: the authority's region (ONS code, E12...)
-- column region_name: the authority's region
-- column period: the month (YYYY-MM)
-- column state: complete, partial (some indicators missing) or missing
-- column expected: how many indicators were expected
-- column received: how many indicators were received
-- column with_value: how many were received with a value (not suppressed)
select
    m.la_code,
    a.la_name,
    a.region_code,
    a.region_name,
    m.period,
    m.state,
    m.expected,
    m.received,
    m.with_value
from signals.missing_returns m
join core.authorities a using (la_code)
