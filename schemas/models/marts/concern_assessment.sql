-- grain: one row per authority and month
-- unique: la_code, period
-- not_null: la_code, period, score, level
-- One concern assessment per authority and month: each signal contributes its rule's weight
-- x its strength (capped), concern and data signals add, reassurance subtracts, improvements
-- do not count, neutral changes count at a reduced factor. SPC, funnel and neighbour-gap
-- findings about the same indicator are correlated evidence of one thing, so an indicator
-- counts once, at its strongest; signals without an indicator (notes, data, review cycle)
-- each count. The level follows the score (config/early-warning.properties: assessment.*).
-- evidence lists every contribution, heaviest first, marking the ones not counted; 
-- evidence_max_tlp is the most restricted note level behind it.
-- Determinism (docs/early-warning.md): the score is summed in DECIMAL, so the order rows arrive
-- in cannot move it; of two equally strong signals about one indicator the one counted is
-- the first by rule id, then by evidence text.
-- column la_code: the authority's DfE 3-digit code
-- column la_name: the authority's name
-- column region_code: the authority's region (ONS code, E12...)
-- column region_name: the authority's region
-- column period: the month (YYYY-MM)
-- column score: the weighted sum of the month's signals (an indicator counted once, at its strongest)
-- column concern_signals: how many signals pushed the score up
-- column reassurance_signals: how many signals pushed it down
-- column evidence: one line per signal, heaviest first: [contribution] RULE INDICATOR: what was seen, with figures
-- column evidence_max_tlp: the most restricted TLP level of the notes behind the evidence (null: no notes)
-- column level: none, watch, concern or serious concern (thresholds in config/early-warning.properties)
with s as (
    select key, value::double as v from ref.settings where key like 'assessment.%'
),
contributions as (
    select a.*,
           coalesce((select v from s where key = 'assessment.weight.' || a.rule_id), 0.5)
             * least(a.strength, (select v from s where key = 'assessment.strength_cap'))
             * case a.direction when 'concern' then 1 when 'reassurance' then -1
                                when 'neutral_change' then (select v from s where key = 'assessment.neutral_factor') else 0 end
             as contribution
    from signals.all_signals a
),
ranked as (
    -- Per indicator, only the strongest contribution counts.
    select *, case when indicator is null then true
                   else row_number() over (partition by la_code, period, indicator order by contribution desc, rule_id, evidence) = 1 end as counted
    from contributions
),
months as (
    select la_code, period from signals.missing_returns
),
scored as (
    select m.la_code, m.period,
           round(greatest(coalesce(sum(c.contribution::decimal(38, 12)) filter (where c.counted), 0), 0), 2)::double as score,
           count(c.rule_id) filter (where c.contribution > 0)                                          as concern_signals,
           count(c.rule_id) filter (where c.contribution < 0)                                          as reassurance_signals,
           string_agg(case when c.contribution <> 0 then
                      '[' || round(c.contribution, 2) || case when c.counted then '' else ', not counted: same indicator' end || '] '
                      || c.rule_id || coalesce(' ' || c.indicator, '') || ': ' || c.evidence end,
                      chr(10) order by c.counted desc, abs(c.contribution) desc, c.rule_id, c.indicator, c.evidence) as evidence,
           max(c.max_tlp)                                                                               as evidence_max_tlp
    from months m left join ranked c on c.la_code = m.la_code and c.period = m.period
    group by m.la_code, m.period
)
select
    s2.la_code,
    a.la_name,
    a.region_code,
    a.region_name,
    s2.period,
    s2.score,
    s2.concern_signals,
    s2.reassurance_signals,
    s2.evidence,
    s2.evidence_max_tlp,
    case when score >= (select v from s where key = 'assessment.level.serious') then 'serious concern'
         when score >= (select v from s where key = 'assessment.level.concern') then 'concern'
         when score >= (select v from s where key = 'assessment.level.watch') then 'watch'
         else 'none' end as level
from scored s2
left join core.authorities a on a.la_code = s2.la_code
