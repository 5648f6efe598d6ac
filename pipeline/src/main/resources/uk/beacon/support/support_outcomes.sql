-- grain: one row per trigger, commissioned authority and indicator behind the trigger's concern
-- unique: trigger_id, support_la_code, indicator
-- The outcome loop: for each trigger whose decision named the authority commissioned to support it
-- (beacon triggers apply, column support_la), the trigger's indicators at the decision and six and
-- twelve months on (the latest figure known in each of those months), and the concern level then,
-- so the sector body learns which support works. Later months not yet reached are null.
-- change_* is signed by polarity: positive = better. eased_* says it in words.
with commissioned as (
    select d.trigger_id, d.support_la as support_la_code,
           min(d.decided_on)                                                   as commissioned_on
    from raw.trigger_decisions d
    where d.support_la is not null
    group by all
),
points as (
    select c.*, t.la_code, ti.indicator, i.polarity, i.label, i.unit,
           strftime(c.commissioned_on, '%Y-%m')                                      as m0,
           strftime(c.commissioned_on + interval 6 month, '%Y-%m')                   as m6,
           strftime(c.commissioned_on + interval 12 month, '%Y-%m')                  as m12
    from commissioned c
    join marts.peer_review_triggers t using (trigger_id)
    join marts.trigger_indicators ti using (trigger_id)
    join ref.indicators i on i.code = ti.indicator
),
valued as (
    select p.*,
        (select arg_max(v.value, v.period) from core.indicator_values v
          where v.la_code = p.la_code and v.indicator = p.indicator and v.value is not null and v.period <= p.m0) as value_at_decision,
        case when p.m6 <= getvariable('run_period') then
        (select arg_max(v.value, v.period) from core.indicator_values v
          where v.la_code = p.la_code and v.indicator = p.indicator and v.value is not null and v.period <= p.m6) end as value_6m,
        case when p.m12 <= getvariable('run_period') then
        (select arg_max(v.value, v.period) from core.indicator_values v
          where v.la_code = p.la_code and v.indicator = p.indicator and v.value is not null and v.period <= p.m12) end as value_12m,
        (select level from marts.concern_assessment ca where ca.la_code = p.la_code and ca.period = p.m0) as level_at_decision,
        case when p.m6 <= getvariable('run_period') then
        (select level from marts.concern_assessment ca where ca.la_code = p.la_code and ca.period = p.m6) end as level_6m,
        case when p.m12 <= getvariable('run_period') then
        (select level from marts.concern_assessment ca where ca.la_code = p.la_code and ca.period = p.m12) end as level_12m
    from points p
),
signed as (
    select *,
           case polarity when 'low' then -1 when 'high' then 1 else 0 end as better_sign
    from valued
)
select
    trigger_id, la_code, support_la_code, commissioned_on, indicator, label, unit,
    round(value_at_decision, 4)                                               as value_at_decision,
    round(value_6m, 4)                                                        as value_6m,
    round(value_12m, 4)                                                       as value_12m,
    round((value_6m - value_at_decision) * better_sign, 4)                    as change_6m,
    round((value_12m - value_at_decision) * better_sign, 4)                   as change_12m,
    case when value_6m is null then null when better_sign = 0 then 'moved ' || round(value_6m - value_at_decision, 1)
         when (value_6m - value_at_decision) * better_sign > 0 then 'better'
         when (value_6m - value_at_decision) * better_sign < 0 then 'worse' else 'unchanged' end as eased_6m,
    case when value_12m is null then null when better_sign = 0 then 'moved ' || round(value_12m - value_at_decision, 1)
         when (value_12m - value_at_decision) * better_sign > 0 then 'better'
         when (value_12m - value_at_decision) * better_sign < 0 then 'worse' else 'unchanged' end as eased_12m,
    level_at_decision, level_6m, level_12m
from signed
order by trigger_id, support_la_code, indicator
