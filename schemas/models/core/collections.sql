-- grain: one row per authority and indicator its region collects
-- unique: la_code, indicator
-- not_null: la_code, indicator, cadence, quarters, due_days, configured
-- What each authority is asked to return (config/collections.csv, docs/collections.md): the indicators
-- its region collects, at which cadence (month, quarter, year), whether its quarters are calendar or
-- financial, and how many days after a period ends its return is due. An authority whose region has no
-- configuration (or no region) is asked for every catalogue indicator monthly, due data.late_after_days
-- after the month ends: Beacon's behaviour before collections were configurable.
with configured as (
    select g.region_code, c.indicator, c.cadence, c.quarters, c.due_days
    from ref.collections c
    join ref.regions g on upper(g.region_code) = upper(trim(c.region)) or lower(g.region_name) = lower(trim(c.region))
)
select a.la_code, c.indicator, c.cadence, c.quarters, c.due_days, true as configured
from core.authorities a
join configured c on c.region_code = a.region_code
union all
select a.la_code, i.code, 'month', 'calendar', (select value::int from ref.settings where key = 'data.late_after_days'), false
from core.authorities a
cross join ref.indicators i
where a.region_code is null or a.region_code not in (select region_code from configured)
