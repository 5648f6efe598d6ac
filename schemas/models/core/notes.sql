-- grain: one row per note (note_id), its latest version
-- unique: note_id
-- not_null: note_id, la_code, observed_on, category, signal, severity, tlp, source
-- Soft-intelligence notes. A repeated note_id updates the note; earlier versions stay in
-- raw.notes (versions counts them). summary is sensitive: outputs show it only to audiences
-- allowed the note's TLP level (docs/audiences.md).
select
    n.note_id,
    n.la_code,
    n.observed_on,
    n.category,
    n.signal,
    n.severity,
    n.tlp,
    n.source,
    n.summary,
    f.original_name                                  as source_file,
    n.row_number                                     as source_row,
    n.received_at,
    count(*) over (partition by n.note_id)           as versions,
    min(n.received_at) over (partition by n.note_id) as first_received_at
from raw.notes n
join raw.files f on f.sha256 = n.file_sha256
qualify row_number() over (partition by n.note_id
                           order by n.received_at desc, f.file_modified_at desc nulls last, f.original_name desc, n.row_number desc, n.file_sha256) = 1
