-- Given/expected test of signals.missing_returns (schemas/tests/README.md): a slice of the demo
-- warehouse (las 975,957, periods 2026-08..2026-10, indicators REREFERRAL_PCT,ASSESS_45WD_PCT, run_period 2026-10, limit 40) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table core.indicator_values (la_code varchar, period varchar, period_type varchar, indicator varchar, numerator bigint, denominator bigint, value double, value_derived boolean, status varchar, comment varchar, source_file varchar, source_sheet varchar, source_row integer, received_at timestamp, version bigint, versions bigint);
insert into core.indicator_values values
  ('957', '2026-08', 'month', 'ASSESS_45WD_PCT', 250, 451, 55.4, false, null, null, '957-2026-08.csv', null, 5, '2026-11-29 12:09:29.494571', 1, 1),
  ('957', '2026-08', 'month', 'REREFERRAL_PCT', 136, 531, 25.6, false, null, null, '957-2026-08.csv', null, 3, '2026-11-29 12:09:29.494571', 1, 1),
  ('957', '2026-09', 'month', 'ASSESS_45WD_PCT', 225, 416, 54.1, false, null, null, '957-2026-09.csv', null, 5, '2026-11-29 12:09:29.578125', 1, 1),
  ('957', '2026-09', 'month', 'REREFERRAL_PCT', 128, 489, 26.2, false, null, null, '957-2026-09.csv', null, 3, '2026-11-29 12:09:29.578125', 1, 1),
  ('957', '2026-10', 'month', 'ASSESS_45WD_PCT', 235, 442, 53.2, false, null, null, '957-2026-10.csv', null, 5, '2026-11-29 12:09:29.662225', 1, 1),
  ('957', '2026-10', 'month', 'REREFERRAL_PCT', 147, 520, 28.3, false, null, null, '957-2026-10.csv', null, 3, '2026-11-29 12:09:29.662225', 1, 1),
  ('975', '2026-08', 'month', 'ASSESS_45WD_PCT', 158, 271, 58.3, false, null, null, '975-2026-08.csv', null, 5, '2026-11-29 12:09:29.542874', 1, 1),
  ('975', '2026-08', 'month', 'REREFERRAL_PCT', 100, 319, 31.3, false, null, null, '975-2026-08.csv', null, 3, '2026-11-29 12:09:29.542874', 1, 1),
  ('975', '2026-09', 'month', 'ASSESS_45WD_PCT', 163, 277, 58.8, false, null, null, '975-2026-09.csv', null, 5, '2026-11-29 12:09:29.620573', 1, 1),
  ('975', '2026-09', 'month', 'REREFERRAL_PCT', 102, 326, 31.3, false, null, null, '975-2026-09.csv', null, 3, '2026-11-29 12:09:29.620573', 1, 1),
  ('975', '2026-10', 'month', 'ASSESS_45WD_PCT', 147, 297, 49.5, false, null, null, '975-2026-10.csv', null, 5, '2026-11-29 12:09:29.720919', 1, 1),
  ('975', '2026-10', 'month', 'REREFERRAL_PCT', 116, 349, 33.2, false, null, null, '975-2026-10.csv', null, 3, '2026-11-29 12:09:29.720919', 1, 1);
create table core.collections (la_code varchar, indicator varchar, cadence varchar, quarters varchar, due_days integer, configured boolean);
insert into core.collections values
  ('957', 'ASSESS_45WD_PCT', 'month', 'calendar', 28, false),
  ('957', 'REREFERRAL_PCT', 'month', 'calendar', 28, false),
  ('975', 'ASSESS_45WD_PCT', 'month', 'calendar', 28, false),
  ('975', 'REREFERRAL_PCT', 'month', 'calendar', 28, false);
create table core.expected_returns (la_code varchar, period varchar, expected bigint, due_days integer, due_on date, first_received_at timestamp, days_late bigint, timeliness varchar);
insert into core.expected_returns values
  ('957', '2026-08', 18, 28, '2026-09-28', '2026-09-10 12:00:00.0', null, 'on time'),
  ('957', '2026-09', 18, 28, '2026-10-28', '2026-10-10 12:00:00.0', null, 'on time'),
  ('957', '2026-10', 18, 28, '2026-11-28', '2026-11-10 12:00:00.0', null, 'on time'),
  ('975', '2026-08', 18, 28, '2026-09-28', '2026-09-10 12:00:00.0', null, 'on time'),
  ('975', '2026-09', 18, 28, '2026-10-28', '2026-10-10 12:00:00.0', null, 'on time'),
  ('975', '2026-10', 18, 28, '2026-11-28', '2026-11-10 12:00:00.0', null, 'on time');
-- expect: la_code | period | expected | received | with_value | state
-- 957 | 2026-08 | 18 | 2 | 2 | partial
-- 957 | 2026-09 | 18 | 2 | 2 | partial
-- 957 | 2026-10 | 18 | 2 | 2 | partial
-- 975 | 2026-08 | 18 | 2 | 2 | partial
-- 975 | 2026-09 | 18 | 2 | 2 | partial
-- 975 | 2026-10 | 18 | 2 | 2 | partial
