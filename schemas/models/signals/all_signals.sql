-- grain: one row per signal (authority, month, rule, indicator where relevant)
-- not_null: la_code, period, rule_id, direction, strength, evidence, family
-- Every early-warning signal in one shape, for the concern assessment and for explain.
-- max_tlp is set where the evidence comes from notes (reports withhold it above the audience's level).
select la_code, period, indicator, rule_id, direction, strength, evidence, 'review' as family, null::varchar as max_tlp from signals.review_cycle
union all
select la_code, period, indicator, rule_id, direction, strength, evidence, 'data', null from signals.data_quality
union all
select la_code, period, indicator, rule_id, direction, strength, evidence, 'notes', max_tlp from signals.soft_intelligence
union all
select la_code, period, indicator, rule_id, direction, strength, evidence, 'neighbours', null from signals.neighbour_gap
union all
-- Built in Java by StatisticalSignals just before the SQL signal models (not SQL models themselves).
select la_code, period, indicator, rule_id, direction, strength, evidence, 'spc', null from signals.spc
union all
select la_code, period, indicator, rule_id, direction, strength, evidence, 'funnel', null from signals.funnel
