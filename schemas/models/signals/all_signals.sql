-- grain: one row per signal (authority, period, rule, indicator where relevant)
-- not_null: la_code, period, rule_id, direction, strength, evidence, family, period_type, period_end
-- Every early-warning signal in one shape, for the concern assessment and for explain.
-- max_tlp is set where the evidence comes from notes (reports withhold it above the audience's level).
-- period is the signal's own period at its own cadence: a month, a quarter (YYYY-Qn) or a
-- reporting year (YYYY). A signal with an indicator is about that figure, and counts in each
-- month whose latest known figure it is (marts.concern_assessment); a signal without one
-- (notes, review cycle, a return missing, late or refused) counts in the month its period ends,
-- or, where known_on is set (a late return: the day it arrived), in the first month assessed after it.
with s as (
    select la_code, period, indicator, rule_id, direction, strength, evidence, 'review' as family, null::varchar as max_tlp,
           null::date as known_on from signals.review_cycle
    union all
    select la_code, period, indicator, rule_id, direction, strength, evidence, 'data', null, known_on from signals.data_quality
    union all
    select la_code, period, indicator, rule_id, direction, strength, evidence, 'notes', max_tlp, null from signals.soft_intelligence
    union all
    select la_code, period, indicator, rule_id, direction, strength, evidence, 'neighbours', null, null from signals.neighbour_gap
    union all
    -- Built in Java by StatisticalSignals just before the SQL signal models (not SQL models themselves).
    select la_code, period, indicator, rule_id, direction, strength, evidence, 'spc', null, null from signals.spc
    union all
    select la_code, period, indicator, rule_id, direction, strength, evidence, 'funnel', null, null from signals.funnel
)
select
    s.*,
    case when regexp_full_match(s.period, '[0-9]{4}-[0-9]{2}') then 'month'
         when regexp_full_match(s.period, '[0-9]{4}-Q[1-4]') then 'quarter' else 'year' end as period_type,
    ref.period_end(s.period)                                                              as period_end
from s
