-- grain: one row per authority and month of the concern assessment, and per peer-review trigger open that month (one row when none is)
-- unique: la_code, period, trigger_id
-- not_null: la_code, la_name, period, level, level_rank, score
-- The concerns as the regional pack and the peer-review triage show them: each authority's
-- concern assessment with the trigger open that month (opened by then, not closed before it),
-- whether its peer review is overdue, its most recent completed review by the month's end and
-- the most restricted note level behind its evidence (notes_max_tlp; the reports withhold the
-- evidence lines resting on notes above the reader's level). level_rank orders the levels,
-- most serious first. Read by render/RegionalPackQueries (the region's concerns) and
-- render/TriageQueries (the triggered authorities). It reads the trigger tables, so it is built
-- by the triggers step, after them.
-- column la_code: the authority's DfE 3-digit code
-- column la_name: the authority's name
-- column region_code: the authority's region (ONS code, E12...)
-- column region_name: the authority's region
-- column period: the month of the assessment (YYYY-MM)
-- column trigger_id: the peer-review trigger open that month (null when none is)
-- column opened_period: the month that trigger opened
-- column status: the trigger's status: open, accepted, declined or completed
-- column level: the concern level: none, watch, concern or serious concern
-- column level_rank: orders the levels, most serious first
-- column score: the concern score (marts.concern_assessment)
-- column months_since: months since the last completed peer review
-- column last_completed: when the last peer review was completed
-- column review_overdue: true when the peer review is overdue
-- column evidence: the assessment's evidence lines, heaviest first
-- column notes_max_tlp: the most restricted note level behind the evidence (the reports withhold evidence resting on notes above the reader's level)
-- column last_review: the most recent completed review by the month's end
select ca.la_code, a.la_name, a.region_code, a.region_name, ca.period,
       t.trigger_id, t.opened_period, t.status,
       ca.level,
       case ca.level when 'serious concern' then 0 when 'concern' then 1 when 'watch' then 2 else 3 end as level_rank,
       ca.score,
       rc.months_since, rc.last_completed, rc.la_code is not null as review_overdue,
       ca.evidence, s.max_tlp as notes_max_tlp,
       (select max(r.completed_on) from core.peer_reviews r where r.la_code = ca.la_code
          and r.completed_on <= last_day(strptime(ca.period || '-01', '%Y-%m-%d'))) as last_review
from marts.concern_assessment ca
join core.authorities a using (la_code)
left join marts.peer_review_triggers t on t.la_code = ca.la_code
     and t.opened_period <= ca.period and (t.closed_period is null or t.closed_period >= ca.period)
left join signals.review_cycle rc on rc.la_code = ca.la_code and rc.period = ca.period
left join signals.soft_intelligence s on s.la_code = ca.la_code and s.period = ca.period
