-- grain: one row per trigger and indicator behind its concern
-- unique: trigger_id, indicator
-- The indicators behind a trigger's concern: the authority's concern signals on indicators in
-- the month the trigger opened, heaviest first as the assessment weighs them (rule weight x
-- strength, capped; at most 3), so suggestions and outcomes are about exactly the concern that
-- opened it.
with w as (
    select key, value::double as v from ref.settings where key like 'assessment.%'
),
s as (
    select t.trigger_id, t.la_code, a.indicator,
           max(coalesce((select v from w where key = 'assessment.weight.' || a.rule_id), 0.5)
               * least(a.strength, (select v from w where key = 'assessment.strength_cap'))) as strength,
           count(*) as signals
    from marts.peer_review_triggers t
    join signals.all_signals a on a.la_code = t.la_code and a.period = t.opened_period
    where a.direction = 'concern' and a.indicator is not null
    group by t.trigger_id, t.la_code, a.indicator
)
select trigger_id, la_code, indicator, round(strength, 4) as strength, signals,
       row_number() over (partition by trigger_id order by strength desc, signals desc, indicator) as rank
from s
qualify rank <= 3
