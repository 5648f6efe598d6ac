-- grain: one row per authority and month whose last completed peer review is overdue
-- unique: la_code, period
-- not_null: la_code, period, rule_id, direction, strength, evidence
-- Months since the last completed peer review, as at the end of each month. Over
-- review.overdue_months (24) with no review under way is a signal of its own; strength is
-- the months since divided by the threshold (1.0 = just overdue).
with months as (
    select la_code, period, month_end as period_end from core.assessment_months
),
reviews as (
    select m.la_code, m.period, m.period_end,
           (select max(r.completed_on) from core.peer_reviews r where r.la_code = m.la_code and r.completed_on <= m.period_end) as last_completed,
           (select count(*) from core.peer_reviews r where r.la_code = m.la_code and r.started_on <= m.period_end
                   and (r.completed_on is null or r.completed_on > m.period_end)) as under_way
    from months m
),
measured as (
    select *, date_diff('month', last_completed, period_end) as months_since,
           (select value::double from ref.settings where key = 'review.overdue_months') as overdue
    from reviews
)
select
    la_code,
    period,
    null::varchar                                           as indicator,
    'REVIEW_OVERDUE'                                        as rule_id,
    'concern'                                               as direction,
    round(coalesce(months_since, 2 * overdue) / overdue, 2) as strength,
    case when last_completed is null then 'No completed peer review on record.'
         else 'Last completed peer review ' || strftime(last_completed, '%-d %B %Y') || ', ' || months_since
              || ' months before the end of the period (overdue after ' || overdue::int || ').' end as evidence,
    last_completed,
    months_since
from measured
where under_way = 0 and (last_completed is null or months_since > overdue)
