-- grain: one row per authority, period and indicator
-- unique: la_code, period, indicator
-- not_null: la_code, period, period_type, indicator, version, period_start, period_end, known_at, source
-- The latest version of every figure: what reports and signals use. Earlier versions stay in staging.
-- period_start and period_end bound the period (for a snapshot, period_end is its date);
-- known_at is when the figure first became known (its first version's known_at, see
-- staging.stg_return_values); source is 'return' (published statistics add 'published').
select
    la_code, period, period_type, indicator, numerator, denominator, value, value_derived,
    status, comment, source_file, source_sheet, source_row, received_at, version, versions,
    period_start, period_end,
    min(known_at) over (partition by la_code, period, indicator) as known_at,
    'return'                                                     as source
from staging.stg_return_values
qualify version = max(version) over (partition by la_code, period, indicator)
