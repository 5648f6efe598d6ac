-- Given/expected test of signals.soft_intelligence (schemas/tests/README.md): a slice of the demo
-- warehouse (las 957,959, periods 2026-09..2026-10, run_period 2026-10, limit 30) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table core.assessment_months (la_code varchar, period varchar, month_end date, known_by date);
insert into core.assessment_months values
  ('957', '2026-09', '2026-09-30', '2026-10-28'),
  ('957', '2026-10', '2026-10-31', '2026-11-28'),
  ('959', '2026-09', '2026-09-30', '2026-10-28'),
  ('959', '2026-10', '2026-10-31', '2026-11-28');
create table ref.settings (key varchar, value varchar);
insert into ref.settings values
  ('notes.category_weight.COMPLAINTS', '1.0'),
  ('notes.category_weight.DATA_QUALITY', '1.0'),
  ('notes.category_weight.FINANCE', '0.8'),
  ('notes.category_weight.INSPECTION', '1.5'),
  ('notes.category_weight.LEADERSHIP_CHANGE', '1.5'),
  ('notes.category_weight.OTHER', '0.8'),
  ('notes.category_weight.PARTNERSHIP', '1.0'),
  ('notes.category_weight.PRACTICE', '1.5'),
  ('notes.category_weight.WORKFORCE', '1.2'),
  ('notes.half_life_months', '6'),
  ('notes.window_months', '12');
create table core.notes (note_id varchar, la_code varchar, observed_on date, category varchar, signal varchar, severity integer, tlp varchar, source varchar, summary varchar, source_file varchar, source_row integer, received_at timestamp, versions bigint, first_received_at timestamp);
insert into core.notes values
  ('DEMO-0001', '957', '2025-03-14', 'WORKFORCE', 'concern', 2, 'GREEN', 'Regional workforce network', 'Several experienced front-door social workers in Greyburn have left in quick succession; agency cover rising.', 'notes-2026-10.csv', 2, '2026-11-29 12:33:09.571834', 1, '2026-11-29 12:33:09.571834'),
  ('DEMO-0002', '957', '2025-04-14', 'LEADERSHIP_CHANGE', 'concern', 3, 'AMBER', 'Regional DCS network', 'Greyburn''s director of children''s services left at short notice; interim arrangements not yet settled.', 'notes-2026-10.csv', 3, '2026-11-29 12:33:09.571834', 2, '2026-11-29 12:33:09.554546'),
  ('DEMO-0003', '957', '2025-06-14', 'PRACTICE', 'concern', 2, 'AMBER+STRICT', 'Sector-led improvement partner', 'Audit themes in Greyburn suggest thresholds at the front door are being applied inconsistently.', 'notes-2026-10.csv', 4, '2026-11-29 12:33:09.571834', 1, '2026-11-29 12:33:09.571834'),
  ('DEMO-0017', '959', '2025-12-14', 'FINANCE', 'concern', 1, 'GREEN', 'Regional finance leads', 'Ironbridge Fells reports placement budget pressure; no change to practice standards yet.', 'notes-2026-10.csv', 18, '2026-11-29 12:33:09.571834', 1, '2026-11-29 12:33:09.571834');
-- expect: la_code | period | indicator | rule_id | direction | strength | evidence | max_tlp | notes | net_weight
-- 959 | 2026-09 | null | NOTES_CONCERN | concern | 0.27 | 1 concern and 0 reassurance note(s) in the last 12 months, net weight 0.3: finance concern (severity 1, Dec 2025). | GREEN | 1 | 0.27
-- 959 | 2026-10 | null | NOTES_CONCERN | concern | 0.24 | 1 concern and 0 reassurance note(s) in the last 12 months, net weight 0.2: finance concern (severity 1, Dec 2025). | GREEN | 1 | 0.24
