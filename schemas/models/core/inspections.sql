-- grain: one row per authority, inspection type and inspection date (latest version)
-- unique: la_code, inspection_type, inspection_date
-- not_null: la_code, inspection_type, inspection_date
-- Inspection outcomes in Ofsted's wording; overall_effectiveness is null for visits without a judgement.
select
    la_code, inspection_type, inspection_date, published_on, overall_effectiveness, received_at
from raw.inspections
qualify row_number() over (partition by la_code, inspection_type, inspection_date order by received_at desc, row_number desc, file_sha256) = 1
