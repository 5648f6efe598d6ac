-- grain: one row per authority and month a monthly return is expected (core.expected_returns)
-- unique: la_code, period
-- not_null: la_code, period, expected, received, state
-- Which monthly returns arrived, partly arrived or are missing. Weak or missing data can
-- mask decline, so a missing return is a signal in its own right. Judged against what the
-- authority's region collects monthly (core.collections): a region collecting 4 indicators
-- gets "complete" for 4 of 4; figures for indicators it does not collect do not count.
with got as (
    select v.la_code, v.period, count(*) as received, count(v.value) as with_value
    from core.indicator_values v
    join core.collections c on c.la_code = v.la_code and c.indicator = v.indicator and c.cadence = 'month'
    where v.period_type = 'month'
    group by all
)
select
    e.la_code,
    e.period,
    e.expected,
    coalesce(g.received, 0)                                                     as received,
    coalesce(g.with_value, 0)                                                   as with_value,
    case when g.received is null then 'missing'
         when g.received < e.expected then 'partial'
         else 'complete' end                                                    as state
from core.expected_returns e
left join got g using (la_code, period)
