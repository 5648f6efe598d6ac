-- Given/expected test of signals.missing_returns (schemas/tests/README.md): a slice of the demo
-- warehouse (las 975,957, periods 2026-08..2026-10, indicators REREFERRAL_PCT,ASSESS_45WD_PCT, run_period 2026-10, limit 40) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table core.authorities (la_code varchar, ons_code varchar, la_name varchar, region_code varchar, region_name varchar, opened_on date, closed_on date, synthetic boolean, population_0_17 bigint, population_year integer);
insert into core.authorities values
  ('957', 'E06900007', 'Greyburn', 'E12900001', 'North Fells', '2009-04-01', null, true, 95542, 2026),
  ('975', 'E06900025', 'Dunecliffe', 'E12900003', 'South Coast', '2009-04-01', null, true, 62086, 2026);
create table core.indicator_values (la_code varchar, period varchar, period_type varchar, indicator varchar, numerator bigint, denominator bigint, value double, value_derived boolean, status varchar, comment varchar, source_file varchar, source_sheet varchar, source_row integer, received_at timestamp, version bigint, versions bigint);
insert into core.indicator_values values
  ('957', '2026-08', 'month', 'ASSESS_45WD_PCT', 250, 451, 55.4, false, null, null, '957-2026-08.csv', null, 5, '2026-11-29 10:41:16.148648', 1, 1),
  ('957', '2026-08', 'month', 'REREFERRAL_PCT', 136, 531, 25.6, false, null, null, '957-2026-08.csv', null, 3, '2026-11-29 10:41:16.148648', 1, 1),
  ('957', '2026-09', 'month', 'ASSESS_45WD_PCT', 225, 416, 54.1, false, null, null, '957-2026-09.csv', null, 5, '2026-11-29 10:41:16.258236', 1, 1),
  ('957', '2026-09', 'month', 'REREFERRAL_PCT', 128, 489, 26.2, false, null, null, '957-2026-09.csv', null, 3, '2026-11-29 10:41:16.258236', 1, 1),
  ('957', '2026-10', 'month', 'ASSESS_45WD_PCT', 235, 442, 53.2, false, null, null, '957-2026-10.csv', null, 5, '2026-11-29 10:41:16.364433', 1, 1),
  ('957', '2026-10', 'month', 'REREFERRAL_PCT', 147, 520, 28.3, false, null, null, '957-2026-10.csv', null, 3, '2026-11-29 10:41:16.364433', 1, 1),
  ('975', '2026-08', 'month', 'ASSESS_45WD_PCT', 158, 271, 58.3, false, null, null, '975-2026-08.csv', null, 5, '2026-11-29 10:41:16.219535', 1, 1),
  ('975', '2026-08', 'month', 'REREFERRAL_PCT', 100, 319, 31.3, false, null, null, '975-2026-08.csv', null, 3, '2026-11-29 10:41:16.219535', 1, 1),
  ('975', '2026-09', 'month', 'ASSESS_45WD_PCT', 163, 277, 58.8, false, null, null, '975-2026-09.csv', null, 5, '2026-11-29 10:41:16.323863', 1, 1),
  ('975', '2026-09', 'month', 'REREFERRAL_PCT', 102, 326, 31.3, false, null, null, '975-2026-09.csv', null, 3, '2026-11-29 10:41:16.323863', 1, 1),
  ('975', '2026-10', 'month', 'ASSESS_45WD_PCT', 147, 297, 49.5, false, null, null, '975-2026-10.csv', null, 5, '2026-11-29 10:41:16.440523', 1, 1),
  ('975', '2026-10', 'month', 'REREFERRAL_PCT', 116, 349, 33.2, false, null, null, '975-2026-10.csv', null, 3, '2026-11-29 10:41:16.440523', 1, 1);
create table ref.indicators (code varchar, label varchar, unit varchar, polarity varchar, measure varchar, scale double, definition varchar, sort_order integer);
insert into ref.indicators values
  ('ASSESS_45WD_PCT', 'Assessments within 45 working days', '%', 'high', 'percent', 100.0, 'assessments completed within 45 working days', 4),
  ('REREFERRAL_PCT', 'Re-referrals within 12 months', '%', 'low', 'percent', 100.0, 'referrals within 12 months of a previous referral', 2);
-- expect: la_code | period | expected | received | with_value | state
-- 957 | 2026-08 | 2 | 2 | 2 | complete
-- 957 | 2026-09 | 2 | 2 | 2 | complete
-- 957 | 2026-10 | 2 | 2 | 2 | complete
-- 975 | 2026-08 | 2 | 2 | 2 | complete
-- 975 | 2026-09 | 2 | 2 | 2 | complete
-- 975 | 2026-10 | 2 | 2 | 2 | complete
