-- grain: one row per authority with a DfE code
-- unique: la_code
-- not_null: la_code, la_name
-- The authorities Beacon reports on, with region and latest child population.
-- synthetic marks the fictional demo authorities, so every output built from them says so.
select
    a.dfe_code                                                  as la_code,
    a.ons_code,
    a.la_name,
    a.region_code,
    r.region_name,
    a.opened_on,
    a.closed_on,
    coalesce(a.entity ilike '%synthetic%', false)              as synthetic,
    p.population                                                as population_0_17,
    p.year                                                      as population_year
from ref.authorities a
left join ref.regions r on r.region_code = a.region_code
left join (
    select area_code, population, year
    from ref.population
    where geographic_level = 'Local authority'
    qualify row_number() over (partition by area_code order by year desc) = 1
) p on p.area_code = a.dfe_code
where a.dfe_code is not null
qualify row_number() over (partition by a.dfe_code order by a.closed_on nulls first, a.opened_on desc, a.ons_code) = 1
