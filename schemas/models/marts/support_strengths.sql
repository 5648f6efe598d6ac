-- grain: one row per authority and indicator with figures up to the run period
-- unique: la_code, indicator
-- not_null: la_code, indicator, periods_counted, mean_standing, min_standing, trend, strong
-- How well each authority has done on each indicator over its own last
-- support.stable_periods figures (at the indicator's own cadence), as at the run period:
-- the raw material for support suggestions and learning-group partners (docs/support.md).
--
-- standing: the authority's place among all authorities with a figure for the same period,
-- 0 = worst, 1 = best, by the indicator's polarity (percent_rank). For neutral (demand)
-- indicators, where neither direction is better, standing is closeness to the middle.
-- strong: at least support.min_periods figures, an average standing of at least
-- support.min_standing, never in the worse half, and not worsening (the later half of the
-- figures no more than support.max_decline below the earlier half). A stable, good record,
-- not one good month.
-- column la_code: the authority's DfE 3-digit code
-- column indicator: the catalogue indicator's code
-- column periods_counted: how many of the authority's figures were counted
-- column first_period: the first period counted
-- column latest_period: the latest period counted
-- column latest_value: its latest figure
-- column latest_all_median: all authorities' median in that latest period
-- column mean_value: its mean over the figures counted
-- column mean_standing: its average standing among all authorities (0 worst, 1 best by polarity; neutral: closeness to the middle)
-- column min_standing: its standing at worst
-- column trend: improving, steady or worsening (later half of the figures against the earlier half)
-- column strong: a stable good record: enough figures, average standing at least support.min_standing, never in the worse half, not worsening
with settings as (
    select
        max(case when key = 'support.stable_periods' then value::int end)     as stable_periods,
        max(case when key = 'support.min_periods' then value::int end)        as min_periods,
        max(case when key = 'support.min_standing' then value::double end)    as min_standing,
        max(case when key = 'support.max_decline' then value::double end)     as max_decline
    from ref.settings
),
ranked as (
    select v.la_code, v.indicator, v.period, v.period_type, v.value, i.polarity,
           percent_rank() over (partition by v.indicator, v.period order by v.value) as p,
           median(v.value) over (partition by v.indicator, v.period)             as all_median,
           count(*) over (partition by v.indicator, v.period)                    as reporting
    from core.indicator_values v
    join ref.indicators i on i.code = v.indicator
    where v.value is not null and v.period <= getvariable('run_period')
),
oriented as (
    select *,
           case polarity when 'high' then p when 'low' then 1 - p else 1 - 2 * abs(p - 0.5) end as standing,
           row_number() over (partition by la_code, indicator order by period desc) as recency
    from ranked
    where reporting >= 5
),
recent as (
    select o.* from oriented o, settings s where o.recency <= s.stable_periods
),
summary as (
    select la_code, indicator,
           count(*)                                                     as periods_counted,
           min(period)                                                  as first_period,
           max(period)                                                  as latest_period,
           arg_max(value, period)                                       as latest_value,
           arg_max(all_median, period)                                  as latest_all_median,
           round(avg(value::decimal(38, 12))::double, 4)                as mean_value,
           round(avg(standing), 4)                                      as mean_standing,
           round(min(standing), 4)                                      as min_standing
    from recent
    group by la_code, indicator
),
halves as (
    -- the later half of the figures counted (recency 1 is the latest) against the earlier half
    select r.la_code, r.indicator,
           avg(r.standing) filter (where r.recency * 2 <= c.n)     as later_half,
           avg(r.standing) filter (where r.recency * 2 > c.n)      as earlier_half
    from recent r
    join (select la_code, indicator, count(*) as n from recent group by all) c using (la_code, indicator)
    group by r.la_code, r.indicator
)
select
    s.la_code,
    s.indicator,
    s.periods_counted,
    s.first_period,
    s.latest_period,
    s.latest_value,
    s.latest_all_median,
    s.mean_value,
    s.mean_standing,
    s.min_standing,
    case when h.later_half - h.earlier_half < -st.max_decline then 'worsening'
         when h.later_half - h.earlier_half > st.max_decline then 'improving'
         else 'steady' end                                                                   as trend,
    s.periods_counted >= st.min_periods
        and s.mean_standing >= st.min_standing
        and s.min_standing >= 0.5
        and coalesce(h.later_half - h.earlier_half, 0) >= -st.max_decline                    as strong
from summary s
join halves h using (la_code, indicator)
cross join settings st
