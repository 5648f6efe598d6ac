-- What each delivered file said (manifest.json's contentSha256), beside its bytes' SHA-256: an
-- encrypted PDF or XLSX differs byte for byte at every run of the cycle (new salt and key), and
-- a plain PDF or XLSX by its creation time, so a re-run of a delivered period would otherwise send
-- every recipient the same month again. Null for attempts recorded before this column existed
-- (then the bytes decide, as before).
alter table raw.delivery_attempts add column content_sha256 varchar;
