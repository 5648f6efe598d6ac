-- grain: one row per published figure version (indicator, year, level, area, version)
-- unique: indicator, time_period, geographic_level, area_code, version
-- not_null: indicator, time_period, geographic_level, area_code, version, publication
-- Every imported published figure, with versions: a later import of the same publication
-- year supersedes the earlier figure and both are kept. period is the year time_period ends in
-- (2024 for 2024 and for 202324); period_end and known_at come from ref.publication_dates
-- (config/publication-dates.csv: a line for the year wins over the publication's default '*').
with dated as (
    select p.*, case when regexp_full_match(trim(p.time_period), '(19|20)[0-9]{2}') then trim(p.time_period)::integer
                     when regexp_full_match(trim(p.time_period), '(19|20)[0-9]{4}') then left(trim(p.time_period), 4)::integer + 1
                end as end_year
    from raw.published_values p
)
select
    p.publication,
    p.time_period,
    p.end_year::varchar                                          as period,
    make_date(p.end_year + coalesce(rx.end_year_offset, rd.end_year_offset), coalesce(rx.end_month, rd.end_month), 1)
      + (least(coalesce(rx.end_day, rd.end_day),
               day(last_day(make_date(p.end_year + coalesce(rx.end_year_offset, rd.end_year_offset), coalesce(rx.end_month, rd.end_month), 1)))) - 1)::integer
                                                                 as period_end,
    make_date(p.end_year + coalesce(rx.published_year_offset, rd.published_year_offset), coalesce(rx.published_month, rd.published_month), 1)
      + (least(coalesce(rx.published_day, rd.published_day),
               day(last_day(make_date(p.end_year + coalesce(rx.published_year_offset, rd.published_year_offset),
                                      coalesce(rx.published_month, rd.published_month), 1)))) - 1)::integer
                                                                 as known_at,
    p.geographic_level,
    p.area_code,
    p.area_ons_code,
    p.area_name,
    p.parent_area_code,
    p.indicator,
    p.numerator,
    p.denominator,
    p.value                                                      as published_value,
    p.value_decimals,
    case when p.denominator > 0 then p.numerator / p.denominator * i.scale end as recomputed_value,
    p.status,
    f.original_name                                              as source_file,
    p.row_number                                                 as source_row,
    p.received_at,
    row_number() over (partition by p.indicator, p.time_period, p.geographic_level, p.area_code
                       order by p.received_at, f.original_name, p.row_number, p.file_sha256) as version
from dated p
left join ref.publication_dates rx on rx.publication = p.publication and rx.time_period = p.end_year::varchar
left join ref.publication_dates rd on rd.publication = p.publication and rd.time_period = '*'
join raw.files f on f.sha256 = p.file_sha256
join ref.indicators i on i.code = p.indicator
