-- Given/expected test of signals.review_cycle (schemas/tests/README.md): a slice of the demo
-- warehouse (las 951,972,975, periods 2026-09..2026-10, run_period 2026-10, limit 30) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table core.assessment_months (la_code varchar, period varchar, month_end date, known_by date);
insert into core.assessment_months values
  ('951', '2026-09', '2026-09-30', '2026-10-28'),
  ('951', '2026-10', '2026-10-31', '2026-11-28'),
  ('972', '2026-09', '2026-09-30', '2026-10-28'),
  ('972', '2026-10', '2026-10-31', '2026-11-28'),
  ('975', '2026-09', '2026-09-30', '2026-10-28'),
  ('975', '2026-10', '2026-10-31', '2026-11-28');
create table core.peer_reviews (la_code varchar, review_type varchar, started_on date, completed_on date, lead_organisation varchar, summary varchar, received_at timestamp);
insert into core.peer_reviews values
  ('951', 'Peer challenge', '2024-04-03', '2024-05-20', 'LGA', 'Annual peer challenge of the front door.', '2026-11-29 12:33:09.60783'),
  ('951', 'Peer review', '2022-02-05', '2022-03-22', 'ADCS region', 'Full peer review.', '2026-11-29 12:33:09.60783'),
  ('972', 'Peer challenge', '2024-03-03', '2024-04-20', 'LGA', 'Annual peer challenge of the front door.', '2026-11-29 12:33:09.60783'),
  ('972', 'Peer review', '2022-01-05', '2022-02-22', 'ADCS region', 'Full peer review.', '2026-11-29 12:33:09.60783'),
  ('975', 'Peer challenge', '2025-12-03', '2026-01-20', 'LGA', 'Annual peer challenge of the front door.', '2026-11-29 12:33:09.60783'),
  ('975', 'Peer review', '2023-10-05', '2023-11-22', 'ADCS region', 'Full peer review.', '2026-11-29 12:33:09.60783');
create table ref.settings (key varchar, value varchar);
insert into ref.settings values
  ('review.overdue_months', '24');
-- expect: la_code | period | indicator | rule_id | direction | strength | evidence | last_completed | months_since
-- 951 | 2026-09 | null | REVIEW_OVERDUE | concern | 1.17 | Last completed peer review 20 May 2024, 28 months before the end of the period (overdue after 24). | 2024-05-20 | 28
-- 951 | 2026-10 | null | REVIEW_OVERDUE | concern | 1.21 | Last completed peer review 20 May 2024, 29 months before the end of the period (overdue after 24). | 2024-05-20 | 29
-- 972 | 2026-09 | null | REVIEW_OVERDUE | concern | 1.21 | Last completed peer review 20 April 2024, 29 months before the end of the period (overdue after 24). | 2024-04-20 | 29
-- 972 | 2026-10 | null | REVIEW_OVERDUE | concern | 1.25 | Last completed peer review 20 April 2024, 30 months before the end of the period (overdue after 24). | 2024-04-20 | 30
