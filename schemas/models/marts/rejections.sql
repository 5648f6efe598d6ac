-- grain: one row per problem found in a received file (a refused row or a refused file)
-- not_null: file_name, rule_id, message, received_at
-- What was refused and why, for the senders' rejection reports and for data leads.
select
    r.received_at,
    r.file_name,
    r.file_sha256,
    coalesce(r.la_code, f_la.la_code)         as la_code,
    r.sheet,
    r.row_number                              as line,
    r.column_name,
    r.rule_id,
    r.severity,
    r.message,
    r.offending_value,
    f.outcome = 'rejected'                    as file_refused,
    f.kind                                    as file_kind   -- returns | notes | peer_reviews | inspections | intelligence | reference
from raw.rejections r
join raw.files f on f.sha256 = r.file_sha256
left join (select distinct file_sha256, la_code from raw.return_values) f_la on f_la.file_sha256 = r.file_sha256
