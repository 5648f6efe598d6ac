-- grain: one row per authority, period and indicator far from its statistical neighbours
-- unique: la_code, period, indicator
-- not_null: la_code, period, indicator, rule_id, direction, strength, evidence
-- Distance from the neighbours' median in units of the neighbours' spread (median absolute
-- deviation x 1.4826, a robust standard deviation), for the same period at any cadence (month,
-- quarter, reporting year). Only neighbours' figures known by the day the authority's own figure
-- became known are used, so the gap is what could be seen then (no look-ahead). At
-- neighbours.gap_threshold or more, with at least neighbours.min_reporting neighbours
-- reporting, the gap is a signal; its meaning follows the indicator's polarity (neutral
-- indicators: a change worth a look).
with model as (
    select * from ref.neighbours where model_version = (select max(model_version) from ref.neighbours)
),
pairs as (
    select m.la_code, v.period, v.indicator, nv.value as neighbour_value
    from core.indicator_values v
    join model m on m.la_code = v.la_code
    join core.indicator_values nv on nv.la_code = m.neighbour_code and nv.period = v.period and nv.indicator = v.indicator
    where v.value is not null and nv.value is not null and nv.known_at <= v.known_at
),
centre as (
    select la_code, period, indicator, median(neighbour_value) as med, count(*) as reporting from pairs group by all
),
spread as (
    select p.la_code, p.period, p.indicator, c.med, c.reporting,
           median(abs(p.neighbour_value - c.med)) * 1.4826 as robust_sd
    from pairs p join centre c using (la_code, period, indicator)
    group by all
),
gaps as (
    select v.la_code, v.period, v.indicator, v.value, s.med, s.robust_sd, s.reporting, i.polarity, i.label, i.unit,
           (v.value - s.med) / s.robust_sd as z
    from core.indicator_values v
    join spread s using (la_code, period, indicator)
    join ref.indicators i on i.code = v.indicator
    where v.value is not null and s.robust_sd > 0
      and s.reporting >= (select value::int from ref.settings where key = 'neighbours.min_reporting')
)
select
    la_code, period, indicator,
    'NEIGHBOUR_GAP'                                                                     as rule_id,
    case when polarity = 'neutral' then 'neutral_change'
         when (polarity = 'low' and z > 0) or (polarity = 'high' and z < 0) then 'concern'
         else 'improvement' end                                                          as direction,
    round(abs(z) / (select value::double from ref.settings where key = 'neighbours.gap_threshold'), 2) as strength,
    label || ' ' || round(value, 1) || ' ' || unit || ' against a neighbours'' median of ' || round(med, 1)
      || ' (' || reporting || ' neighbours reporting): ' || round(abs(z), 1) || ' spreads '
      || case when z > 0 then 'above' else 'below' end || '.'                              as evidence,
    round(z, 2)                                                                            as z
from gaps
where abs(z) >= (select value::double from ref.settings where key = 'neighbours.gap_threshold')
