-- Given/expected test of core.peer_reviews (schemas/tests/README.md): a slice of the demo
-- warehouse (las 975,957, periods 2026-08..2026-10, indicators REREFERRAL_PCT,ASSESS_45WD_PCT, run_period 2026-10, limit 40) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table raw.peer_reviews (file_sha256 varchar, row_number integer, la_code varchar, review_type varchar, started_on date, completed_on date, lead_organisation varchar, summary varchar, received_at timestamp);
insert into raw.peer_reviews values
  ('20a9608dab3ebe5c16976ea5c60718ad06c80ff393ab2d339e703e181e9b07ce', 14, '957', 'Peer challenge', '2025-07-03', '2025-08-20', 'LGA', 'Annual peer challenge of the front door.', '2026-11-29 12:33:09.60783'),
  ('20a9608dab3ebe5c16976ea5c60718ad06c80ff393ab2d339e703e181e9b07ce', 15, '957', 'Peer review', '2023-05-05', '2023-06-22', 'ADCS region', 'Full peer review.', '2026-11-29 12:33:09.60783'),
  ('20a9608dab3ebe5c16976ea5c60718ad06c80ff393ab2d339e703e181e9b07ce', 50, '975', 'Peer challenge', '2025-12-03', '2026-01-20', 'LGA', 'Annual peer challenge of the front door.', '2026-11-29 12:33:09.60783'),
  ('20a9608dab3ebe5c16976ea5c60718ad06c80ff393ab2d339e703e181e9b07ce', 51, '975', 'Peer review', '2023-10-05', '2023-11-22', 'ADCS region', 'Full peer review.', '2026-11-29 12:33:09.60783');
-- expect: la_code | review_type | started_on | completed_on | lead_organisation | summary | received_at
-- 957 | Peer challenge | 2025-07-03 | 2025-08-20 | LGA | Annual peer challenge of the front door. | 2026-11-29 12:33:09.60783
-- 957 | Peer review | 2023-05-05 | 2023-06-22 | ADCS region | Full peer review. | 2026-11-29 12:33:09.60783
-- 975 | Peer challenge | 2025-12-03 | 2026-01-20 | LGA | Annual peer challenge of the front door. | 2026-11-29 12:33:09.60783
-- 975 | Peer review | 2023-10-05 | 2023-11-22 | ADCS region | Full peer review. | 2026-11-29 12:33:09.60783
