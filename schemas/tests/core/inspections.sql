-- Given/expected test of core.inspections (schemas/tests/README.md): a slice of the demo
-- warehouse (las 975,957, periods 2026-08..2026-10, indicators REREFERRAL_PCT,ASSESS_45WD_PCT, run_period 2026-10, limit 40) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table raw.inspections (file_sha256 varchar, row_number integer, la_code varchar, inspection_type varchar, inspection_date date, published_on date, overall_effectiveness varchar, received_at timestamp);
insert into raw.inspections values
  ('3fa0eaf8315282507c0c4cc3b8fd568cde3c86de7d35ab08e6bd76e14bc87035', 8, '957', 'ILACS standard inspection', '2023-11-10', '2023-12-25', 'Good', '2026-11-29 12:33:09.533478'),
  ('3fa0eaf8315282507c0c4cc3b8fd568cde3c86de7d35ab08e6bd76e14bc87035', 9, '957', 'ILACS standard inspection', '2025-12-12', '2026-01-21', 'Inadequate', '2026-11-29 12:33:09.533478'),
  ('3fa0eaf8315282507c0c4cc3b8fd568cde3c86de7d35ab08e6bd76e14bc87035', 28, '975', 'ILACS standard inspection', '2023-05-10', '2023-06-24', 'Good', '2026-11-29 12:33:09.533478');
-- expect: la_code | inspection_type | inspection_date | published_on | overall_effectiveness | received_at
-- 957 | ILACS standard inspection | 2023-11-10 | 2023-12-25 | Good | 2026-11-29 12:33:09.533478
-- 957 | ILACS standard inspection | 2025-12-12 | 2026-01-21 | Inadequate | 2026-11-29 12:33:09.533478
-- 975 | ILACS standard inspection | 2023-05-10 | 2023-06-24 | Good | 2026-11-29 12:33:09.533478
