-- Given/expected test of signals.missing_returns (schemas/tests/README.md): a slice of the demo
-- warehouse (las 975,957, periods 2026-08..2026-10, indicators REREFERRAL_PCT,ASSESS_45WD_PCT, run_period 2026-10, limit 40) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table core.indicator_values (la_code varchar, period varchar, period_type varchar, indicator varchar, numerator double, denominator double, value double, value_derived boolean, status varchar, comment varchar, source_file varchar, source_sheet varchar, source_row integer, received_at timestamp, version bigint, versions bigint, period_start date, period_end date, known_at date, source varchar);
insert into core.indicator_values values
  ('957', '2026-08', 'month', 'ASSESS_45WD_PCT', 250.0, 451.0, 55.4, false, null, null, '957-2026-08.csv', null, 5, '2026-11-29 12:33:09.329748', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('957', '2026-08', 'month', 'REREFERRAL_PCT', 136.0, 531.0, 25.6, false, null, null, '957-2026-08.csv', null, 3, '2026-11-29 12:33:09.329748', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('957', '2026-09', 'month', 'ASSESS_45WD_PCT', 225.0, 416.0, 54.1, false, null, null, '957-2026-09.csv', null, 5, '2026-11-29 12:33:09.373583', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('957', '2026-09', 'month', 'REREFERRAL_PCT', 128.0, 489.0, 26.2, false, null, null, '957-2026-09.csv', null, 3, '2026-11-29 12:33:09.373583', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('957', '2026-10', 'month', 'ASSESS_45WD_PCT', 235.0, 442.0, 53.2, false, null, null, '957-2026-10.csv', null, 5, '2026-11-29 12:33:09.414018', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('957', '2026-10', 'month', 'REREFERRAL_PCT', 147.0, 520.0, 28.3, false, null, null, '957-2026-10.csv', null, 3, '2026-11-29 12:33:09.414018', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('975', '2026-08', 'month', 'ASSESS_45WD_PCT', 158.0, 271.0, 58.3, false, null, null, '975-2026-08.csv', null, 5, '2026-11-29 12:33:09.355935', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('975', '2026-08', 'month', 'REREFERRAL_PCT', 100.0, 319.0, 31.3, false, null, null, '975-2026-08.csv', null, 3, '2026-11-29 12:33:09.355935', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('975', '2026-09', 'month', 'ASSESS_45WD_PCT', 163.0, 277.0, 58.8, false, null, null, '975-2026-09.csv', null, 5, '2026-11-29 12:33:09.396814', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('975', '2026-09', 'month', 'REREFERRAL_PCT', 102.0, 326.0, 31.3, false, null, null, '975-2026-09.csv', null, 3, '2026-11-29 12:33:09.396814', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('975', '2026-10', 'month', 'ASSESS_45WD_PCT', 147.0, 297.0, 49.5, false, null, null, '975-2026-10.csv', null, 5, '2026-11-29 12:33:09.441238', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('975', '2026-10', 'month', 'REREFERRAL_PCT', 116.0, 349.0, 33.2, false, null, null, '975-2026-10.csv', null, 3, '2026-11-29 12:33:09.441238', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return');
create table core.collections (la_code varchar, indicator varchar, cadence varchar, quarters varchar, due_days integer, configured boolean);
insert into core.collections values
  ('957', 'ASSESS_45WD_PCT', 'month', 'calendar', 28, false),
  ('957', 'REREFERRAL_PCT', 'month', 'calendar', 28, false),
  ('975', 'ASSESS_45WD_PCT', 'month', 'calendar', 28, false),
  ('975', 'REREFERRAL_PCT', 'month', 'calendar', 28, false);
create table ref.settings (key varchar, value varchar);
insert into ref.settings values
  ('assessment.cutoff_days', '28');
create table core.expected_returns (la_code varchar, period varchar, expected bigint, due_days integer, due_on date, first_received_at timestamp, days_late bigint, timeliness varchar, period_type varchar);
insert into core.expected_returns values
  ('957', '2026-08', 18, 28, '2026-09-28', '2026-09-10 12:00:00.0', null, 'on time', 'month'),
  ('957', '2026-09', 18, 28, '2026-10-28', '2026-10-10 12:00:00.0', null, 'on time', 'month'),
  ('957', '2026-10', 18, 28, '2026-11-28', '2026-11-10 12:00:00.0', null, 'on time', 'month'),
  ('975', '2026-08', 18, 28, '2026-09-28', '2026-09-10 12:00:00.0', null, 'on time', 'month'),
  ('975', '2026-09', 18, 28, '2026-10-28', '2026-10-10 12:00:00.0', null, 'on time', 'month'),
  ('975', '2026-10', 18, 28, '2026-11-28', '2026-11-10 12:00:00.0', null, 'on time', 'month');
create table core.authorities (la_code varchar, ons_code varchar, la_name varchar, region_code varchar, region_name varchar, opened_on date, closed_on date, synthetic boolean, population_0_17 bigint, population_year integer);
insert into core.authorities values
  ('957', 'E06900007', 'Greyburn', 'E12900001', 'North Fells', '2009-04-01', null, true, 95542, 2026),
  ('975', 'E06900025', 'Dunecliffe', 'E12900003', 'South Coast', '2009-04-01', null, true, 62086, 2026);
-- expect: la_code | period | period_type | period_end | expected | received | with_value | state
-- 957 | 2026-08 | month | 2026-08-31 | 18 | 2 | 2 | partial
-- 957 | 2026-09 | month | 2026-09-30 | 18 | 2 | 2 | partial
-- 957 | 2026-10 | month | 2026-10-31 | 18 | 2 | 2 | partial
-- 975 | 2026-08 | month | 2026-08-31 | 18 | 2 | 2 | partial
-- 975 | 2026-09 | month | 2026-09-30 | 18 | 2 | 2 | partial
-- 975 | 2026-10 | month | 2026-10-31 | 18 | 2 | 2 | partial
