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
-- column period: the reporting year, e.g. 2024 (the year to 31 March, or for the workforce census to 30 September)
-- column publication_period: the period as the publication writes it (its time_period, e.g. 202324)
-- column period_start: the first day the figure covers
-- column period_end: the last day the figure covers
-- column known_at: the day the figure became known (config/publication-dates.csv)
-- column area_level: England or Region
-- column area_code: the area's code (E92000001 for England, the region's ONS code E12...)
-- column area_name: England, or the region's name
-- column region_code: the region's ONS code (null on England's rows)
-- column region_name: the region's name (null on England's rows)
-- column indicator: the catalogue indicator's code
-- column indicator_label: the indicator's name
-- column unit: the indicator's unit
-- column polarity: high (higher is better), low (lower is better) or neutral
-- column value: the published figure (null when suppressed, never zero)
-- column numerator: the published numerator, where published
-- column denominator: the published denominator, where published
-- column status: the suppression marker where suppressed
-- column england_value: England's published figure for the same year and indicator
-- column publication: the publication (config/publications.csv) the figure came from
-- column source_file: the file the figure came from
-- column source_row: the line in that file
-- column sort_order: the indicator's place in the reports
with p as (
    select v.*, i.label, i.unit, i.polarity, i.sort_order
    from core.published_values v
    join ref.indicators i on i.code = v.indicator
    where v.geographic_level in ('National', 'Regional')
)
select
    p.period,
    p.time_period                                                              as publication_period,
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
