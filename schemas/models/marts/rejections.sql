-- grain: one row per problem found in a received file (a refused row or a refused file)
-- not_null: file_name, rule_id, message, received_at
-- What was refused and why, for the senders' rejection reports and for data leads.
-- column received_at: when Beacon received the file
-- column file_name: the file's name as received
-- column file_sha256: the file's SHA-256: its name in the archive (WORK/archive) or the quarantine
-- column la_code: the authority the file or row is about (DfE code), where it could be recognised
-- column sheet: the XLSX sheet, for workbooks
-- column line: the line in the file (1-based, the header is line 1); null for a problem with the whole file
-- column column_name: the column at fault, where one is
-- column rule_id: the validation rule (docs/validation-rules.md)
-- column severity: error (refused) or warning (accepted, but worth a look)
-- column message: what is wrong and how to fix it
-- column offending_value: what was sent
-- column file_refused: true when the whole file was refused (it is then in the quarantine)
-- column file_kind: what the file was: returns, reference, published, notes, peer_reviews, inspections, intelligence (a soft-intelligence file whose kind could not be told) or trigger_decisions
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
    f.kind                                    as file_kind
from raw.rejections r
join raw.files f on f.sha256 = r.file_sha256
left join (select distinct file_sha256, la_code from raw.return_values) f_la on f_la.file_sha256 = r.file_sha256
