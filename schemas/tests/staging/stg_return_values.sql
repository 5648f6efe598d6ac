-- Given/expected test of staging.stg_return_values (schemas/tests/README.md): a slice of the demo
-- warehouse (las 962, periods 2026-09..2026-10, indicators SW_VACANCY_PCT,REREFERRAL_PCT, limit 20) and the exact rows the model makes of it.
create table ref.settings (key varchar, value varchar);
insert into ref.settings values
  ('data.late_after_days', '28'),
  ('returns.backfill_after_days', '60');
create table raw.return_values (file_sha256 varchar, sheet varchar, row_number integer, la_code varchar, la_code_given varchar, period varchar, period_type varchar, indicator varchar, numerator bigint, denominator bigint, value double, status varchar, comment varchar, received_at timestamp);
insert into raw.return_values values
  ('816e4c7606590f379ba47a76d4bd5bca1750146ac05ad3da7c7d4d4b15acb469', null, 3, '962', '962', '2026-10', 'month', 'REREFERRAL_PCT', 67, 378, 17.7, null, null, '2026-11-29 12:33:09.422925'),
  ('816e4c7606590f379ba47a76d4bd5bca1750146ac05ad3da7c7d4d4b15acb469', null, 14, '962', '962', '2026-10', 'month', 'SW_VACANCY_PCT', null, null, 10.2, null, null, '2026-11-29 12:33:09.422925'),
  ('ad290e8aa31470896d0a94626e1e3fe7d58665a487e29192789daabb0770f8b9', null, 3, '962', '962', '2026-09', 'month', 'REREFERRAL_PCT', 59, 381, 15.5, null, null, '2026-11-29 12:33:09.380686'),
  ('ad290e8aa31470896d0a94626e1e3fe7d58665a487e29192789daabb0770f8b9', null, 14, '962', '962', '2026-09', 'month', 'SW_VACANCY_PCT', null, null, 10.2, null, null, '2026-11-29 12:33:09.380686'),
  ('eaa38cb76e1362fb7ec02ce25bd947b2fc93417402b83204541a604336d5ef40', null, 2, '962', '962', '2026-10', 'month', 'SW_VACANCY_PCT', null, null, 19.5, null, 'corrected: October vacancies re-counted after HR audit', '2026-11-29 12:33:09.421553');
create table raw.files (sha256 varchar, original_name varchar, kind varchar, archived_path varchar, size_bytes bigint, container varchar, layout varchar, encoding varchar, outcome varchar, rows_received integer, rows_accepted integer, rows_rejected integer, file_modified_at timestamp, received_at timestamp, job_execution_id bigint);
insert into raw.files values
  ('4260b42054acde6d3cbbd91a0c68357757695244a1078287a054d20986c84cb3', 'notes-2026-10.csv', 'notes', 'var/work/archive/42/4260b42054acde6d3cbbd91a0c68357757695244a1078287a054d20986c84cb3.csv', 6928, 'csv', 'notes', null, 'loaded', 39, 37, 2, '2026-11-05 12:00:00.0', '2026-11-29 12:33:09.571834', 1),
  ('816e4c7606590f379ba47a76d4bd5bca1750146ac05ad3da7c7d4d4b15acb469', '962-2026-10.csv', 'returns', 'var/work/archive/81/816e4c7606590f379ba47a76d4bd5bca1750146ac05ad3da7c7d4d4b15acb469.csv', 785, 'csv', 'long', 'UTF-8', 'loaded', 18, 18, 0, '2026-11-10 12:00:00.0', '2026-11-29 12:33:09.422925', 1),
  ('ad290e8aa31470896d0a94626e1e3fe7d58665a487e29192789daabb0770f8b9', '962-2026-09.csv', 'returns', 'var/work/archive/ad/ad290e8aa31470896d0a94626e1e3fe7d58665a487e29192789daabb0770f8b9.csv', 785, 'csv', 'long', 'UTF-8', 'loaded', 18, 18, 0, '2026-10-10 12:00:00.0', '2026-11-29 12:33:09.380686', 1),
  ('eaa38cb76e1362fb7ec02ce25bd947b2fc93417402b83204541a604336d5ef40', '962-2026-10-resubmission.csv', 'returns', 'var/work/archive/ea/eaa38cb76e1362fb7ec02ce25bd947b2fc93417402b83204541a604336d5ef40.csv', 158, 'csv', 'long', 'UTF-8', 'loaded', 1, 1, 0, '2026-11-24 12:00:00.0', '2026-11-29 12:33:09.421553', 1);
create table ref.indicators (code varchar, label varchar, unit varchar, polarity varchar, measure varchar, scale double, definition varchar, sort_order integer);
insert into ref.indicators values
  ('REREFERRAL_PCT', 'Re-referrals within 12 months', '%', 'low', 'percent', 100.0, 'referrals within 12 months of a previous referral', 2),
  ('SW_VACANCY_PCT', 'Social worker vacancy rate', '% FTE', 'low', 'percent', 100.0, 'children and family social worker vacancy rate', 15);
-- expect: la_code | period | period_type | indicator | numerator | denominator | value | value_derived | status | comment | file_sha256 | source_file | source_sheet | source_row | received_at | period_start | period_end | version | versions | known_at
-- 962 | 2026-09 | month | REREFERRAL_PCT | 59 | 381 | 15.5 | false | null | null | ad290e8aa31470896d0a94626e1e3fe7d58665a487e29192789daabb0770f8b9 | 962-2026-09.csv | null | 3 | 2026-11-29 12:33:09.380686 | 2026-09-01 | 2026-09-30 | 1 | 1 | 2026-10-10
-- 962 | 2026-09 | month | SW_VACANCY_PCT | null | null | 10.2 | false | null | null | ad290e8aa31470896d0a94626e1e3fe7d58665a487e29192789daabb0770f8b9 | 962-2026-09.csv | null | 14 | 2026-11-29 12:33:09.380686 | 2026-09-01 | 2026-09-30 | 1 | 1 | 2026-10-10
-- 962 | 2026-10 | month | REREFERRAL_PCT | 67 | 378 | 17.7 | false | null | null | 816e4c7606590f379ba47a76d4bd5bca1750146ac05ad3da7c7d4d4b15acb469 | 962-2026-10.csv | null | 3 | 2026-11-29 12:33:09.422925 | 2026-10-01 | 2026-10-31 | 1 | 1 | 2026-11-10
-- 962 | 2026-10 | month | SW_VACANCY_PCT | null | null | 10.2 | false | null | null | 816e4c7606590f379ba47a76d4bd5bca1750146ac05ad3da7c7d4d4b15acb469 | 962-2026-10.csv | null | 14 | 2026-11-29 12:33:09.422925 | 2026-10-01 | 2026-10-31 | 1 | 2 | 2026-11-10
-- 962 | 2026-10 | month | SW_VACANCY_PCT | null | null | 19.5 | false | null | corrected: October vacancies re-counted after HR audit | eaa38cb76e1362fb7ec02ce25bd947b2fc93417402b83204541a604336d5ef40 | 962-2026-10-resubmission.csv | null | 2 | 2026-11-29 12:33:09.421553 | 2026-10-01 | 2026-10-31 | 2 | 2 | 2026-11-24
