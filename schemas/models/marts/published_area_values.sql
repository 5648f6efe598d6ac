-- grain: one row per published England or region figure (period, area, indicator)
-- unique: period, area_code, indicator
-- not_null: period, area_code, area_level, area_name, indicator, indicator_label, unit, source_file
-- England's and each region's figures as the DfE published them (published statistics,
-- geographic_level National and Regional), for a region against England over the years
-- without the authority rows. One vocabulary with the other marts: period is the year ('2024'),
-- region_code and region_name name the region (null on England's rows). known_at is the day
-- the figure became known (config/publication-dates.csv); england_value sits beside each
-- region's figure. Inner and Outer London (the workforce file's sub-regions) are regions here
-- as the DfE publishes them.
with p as (
    select v.*, i.label, i.unit, i.polarity, i.sort_order
    from core.published_values v
    join ref.indicators i on i.code = v.indicator
    where v.geographic_level in ('National', 'Regional')
)
select
    p.period,
    p.time_period,
    p.period_start,
    p.period_end,
    p.known_at,
    case p.geographic_level when 'National' then 'England' else 'Region' end  as area_level,
    p.area_code,
    case p.geographic_level when 'National' then 'England' else coalesce(r.region_name, p.area_name) end as area_name,
    case when p.geographic_level = 'Regional' then p.area_code end             as region_code,
    case when p.geographic_level = 'Regional' then coalesce(r.region_name, p.area_name) end as region_name,
    p.indicator,
    p.label                                                                    as indicator_label,
    p.unit,
    p.polarity,
    p.value,
    p.numerator,
    p.denominator,
    p.status,
    e.value                                                                    as england_value,
    p.publication,
    p.source_file,
    p.source_row,
    p.sort_order
from p
left join ref.regions r on r.region_code = p.area_code
left join p e on e.geographic_level = 'National' and e.period = p.period and e.indicator = p.indicator
