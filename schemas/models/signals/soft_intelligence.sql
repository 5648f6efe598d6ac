-- grain: one row per authority and month with soft intelligence in the window
-- unique: la_code, period
-- not_null: la_code, period, rule_id, direction, strength, evidence, max_tlp
-- Notes observed in the notes.window_months before each month's end, weighted by
-- severity x category weight x recency (halving every notes.half_life_months); concern
-- notes add, reassurance notes subtract. The net weight is the signal (NOTES_CONCERN when
-- positive, NOTES_REASSURANCE when negative). max_tlp is the most restricted level of the
-- notes behind it: an output whose audience may not see that level must not show this
-- evidence. The evidence never quotes a note.
with months as (
    select la_code, period, (strptime(period || '-01', '%Y-%m-%d') + interval 1 month - interval 1 day)::date as period_end
    from signals.missing_returns
),
weighted as (
    select m.la_code, m.period, n.note_id, n.category, n.signal, n.severity, n.tlp, n.observed_on,
           (case when n.signal = 'concern' then 1 else -1 end) * n.severity
             * coalesce((select value::double from ref.settings where key = 'notes.category_weight.' || n.category), 1.0)
             * pow(0.5, date_diff('day', n.observed_on, m.period_end) / 30.44
                        / (select value::double from ref.settings where key = 'notes.half_life_months')) as weight
    from months m
    join core.notes n on n.la_code = m.la_code and n.observed_on <= m.period_end
     and n.observed_on > m.period_end - to_months((select value::int from ref.settings where key = 'notes.window_months'))
),
tlp_rank as (
    select * from (values ('CLEAR', 0), ('GREEN', 1), ('AMBER', 2), ('AMBER+STRICT', 3), ('RED', 4)) t(tlp, rank)
)
select
    w.la_code,
    w.period,
    null::varchar                                                     as indicator,
    case when sum(w.weight::decimal(38, 12)) >= 0 then 'NOTES_CONCERN' else 'NOTES_REASSURANCE' end as rule_id,
    case when sum(w.weight::decimal(38, 12)) >= 0 then 'concern' else 'reassurance' end as direction,
    round(abs(sum(w.weight::decimal(38, 12))), 2)::double             as strength,
    count(*) filter (where w.signal = 'concern') || ' concern and ' || count(*) filter (where w.signal = 'reassurance')
      || ' reassurance note(s) in the last 12 months, net weight ' || round(sum(w.weight::decimal(38, 12)), 1) || ': '
      || string_agg(lower(replace(w.category, '_', ' ')) || ' ' || w.signal || ' (severity ' || w.severity || ', '
                    || strftime(w.observed_on, '%b %Y') || ')', '; ' order by w.observed_on desc, w.category, w.signal, w.severity) || '.' as evidence,
    arg_max(w.tlp, r.rank)                                             as max_tlp,
    count(*)                                                           as notes,
    round(sum(w.weight::decimal(38, 12)), 2)::double                  as net_weight
from weighted w join tlp_rank r on r.tlp = w.tlp
group by w.la_code, w.period
having abs(sum(w.weight::decimal(38, 12))) > 0.05
