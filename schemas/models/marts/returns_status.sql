-- grain: one row per authority and return period (month, quarter or reporting year, at each indicator's cadence), from its first return up to the run period
-- unique: la_code, period
-- not_null: la_code, la_name, period, state
-- Did each authority's return arrive by its deadline, in full, in part, or not at all?
select
    m.la_code,
    a.la_name,
    a.region_name,
    m.period,
    m.state,
    m.expected,
    m.received,
    m.with_value,
    m.period_type,
    m.period_end
from signals.missing_returns m
join core.authorities a using (la_code)
