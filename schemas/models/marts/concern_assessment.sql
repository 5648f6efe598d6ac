-- grain: one row per authority and month
-- unique: la_code, period
-- not_null: la_code, period, score, level
-- One concern assessment per authority and month, each month as of itself: it uses only what
-- was known by the month's known_by date (core.assessment_months: the month's end plus
-- assessment.cutoff_days). Each month, every indicator contributes the signals of its latest
-- known figure, whatever its cadence (month, quarter, reporting year), unless that figure is
-- older than assessment.max_age_months.<cadence> months (counted from its period's end); a
-- figure from an earlier month shows its period and age in the evidence. Signals without an
-- indicator (notes, data, review cycle) count in the month their period ends.
-- Each signal contributes its rule's weight x its strength (capped), concern and data
-- signals add, reassurance subtracts, improvements do not count, neutral changes count at a
-- reduced factor. SPC, funnel and neighbour-gap findings about the same indicator are
-- correlated evidence of one thing, so an indicator counts once, at its strongest. The level
-- follows the score (config/early-warning.properties: assessment.*).
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
months as (
    select la_code, period, month_end, known_by from core.assessment_months
),
figure_state as (
    -- Per authority and indicator, at each date a figure became known: the figure with the latest
    -- period known by then (a figure for an earlier period published later does not displace it).
    select la_code, indicator, known_at,
           arg_max(period, strftime(period_end, '%Y%m%d') || strftime(period_start, '%Y%m%d'))
             over (partition by la_code, indicator order by known_at range between unbounded preceding and current row) as latest_period
    from core.indicator_values
    qualify row_number() over (partition by la_code, indicator, known_at order by period) = 1
),
month_indicators as (
    select m.*, i.indicator
    from months m join (select distinct la_code, indicator from core.indicator_values) i using (la_code)
),
latest as (
    -- Each month's latest known figure per indicator, and its age in months.
    select mi.la_code, mi.period, mi.indicator, iv.period as figure_period, iv.period_type,
           date_diff('month', iv.period_end, mi.month_end) as age_months
    from month_indicators mi
    asof join figure_state f on f.la_code = mi.la_code and f.indicator = mi.indicator and mi.known_by >= f.known_at
    join core.indicator_values iv on iv.la_code = f.la_code and iv.indicator = f.indicator and iv.period = f.latest_period
    where iv.period_end <= mi.month_end
      and date_diff('month', iv.period_end, mi.month_end)
          <= coalesce((select x.v from s x where x.key = 'assessment.max_age_months.' || iv.period_type), 0)
),
placed as (
    -- Signals about a figure, in every month whose latest known figure it is ...
    select l.period as month, l.age_months, a.*
    from latest l
    join signals.all_signals a on a.la_code = l.la_code and a.indicator = l.indicator and a.period = l.figure_period
    union all
    -- ... and signals without an indicator, in the month their period ends (or, for a finding known
    -- later, such as a late return, the first month assessed after it became known).
    select strftime(coalesce(greatest(a.known_on - (select v from s where key = 'assessment.cutoff_days')::int, a.period_end), a.period_end), '%Y-%m'),
           null, a.*
    from signals.all_signals a
    where a.indicator is null
),
contributions as (
    select a.*,
           coalesce((select v from s where key = 'assessment.weight.' || a.rule_id), 0.5)
             * least(a.strength, (select v from s where key = 'assessment.strength_cap'))
             * case a.direction when 'concern' then 1 when 'reassurance' then -1
                                when 'neutral_change' then (select v from s where key = 'assessment.neutral_factor') else 0 end
             as contribution
    from placed a
),
ranked as (
    -- Per indicator, only the strongest contribution counts.
    select *, case when indicator is null then true
                   else row_number() over (partition by la_code, month, indicator order by contribution desc, rule_id, evidence) = 1 end as counted
    from contributions
),
scored as (
    select m.la_code, m.period,
           -- Summed as decimals: a sum of doubles depends on the order DuckDB adds them in.
           round(greatest(coalesce(sum(c.contribution::decimal(38, 12)) filter (where c.counted), 0), 0), 2)::double as score,
           count(c.rule_id) filter (where c.contribution > 0)                                          as concern_signals,
           count(c.rule_id) filter (where c.contribution < 0)                                          as reassurance_signals,
           string_agg(case when c.contribution <> 0 then
                      '[' || round(c.contribution, 2) || case when c.counted then '' else ', not counted: same indicator' end || '] '
                      || c.rule_id || coalesce(' ' || c.indicator, '')
                      || case when c.age_months is not null and c.period <> m.period
                              then ' (' || ref.period_label(c.period) || ', ' || c.age_months || ' month' || case when c.age_months = 1 then '' else 's' end || ' old)'
                              else '' end
                      || ': ' || c.evidence end,
                      chr(10) order by c.counted desc, abs(c.contribution) desc, c.rule_id, c.indicator, c.evidence) as evidence,
           max(c.max_tlp)                                                                               as evidence_max_tlp
    from months m left join ranked c on c.la_code = m.la_code and c.month = m.period
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
