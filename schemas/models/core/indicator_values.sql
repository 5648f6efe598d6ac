-- grain: one row per authority, period and indicator
-- unique: la_code, period, indicator
-- not_null: la_code, period, period_type, indicator, version
-- The latest version of every figure: what reports use. Earlier versions stay in staging.
select
    la_code, period, period_type, indicator, numerator, denominator, value, value_derived,
    status, comment, source_file, source_sheet, source_row, received_at, version, versions
from staging.stg_return_values
qualify version = max(version) over (partition by la_code, period, indicator)
