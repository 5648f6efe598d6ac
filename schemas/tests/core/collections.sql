-- Given/expected test of core.collections (schemas/tests/README.md): a slice of the demo
-- warehouse (las 951,975, indicators REREFERRAL_PCT,ASSESS_45WD_PCT, limit 40) and the exact rows the model makes of it.
create table ref.collections (region varchar, indicator varchar, cadence varchar, quarters varchar, due_days integer, line integer);
create table ref.regions (region_code varchar, region_name varchar, source_sha256 varchar);
insert into ref.regions values
  ('E12900001', 'North Fells', 'b88a9a967152f5c031f53c8c09879bcb70d63c2735cde5445181a87bd3908fb3'),
  ('E12900002', 'Midland Vales', 'b88a9a967152f5c031f53c8c09879bcb70d63c2735cde5445181a87bd3908fb3'),
  ('E12900003', 'South Coast', 'b88a9a967152f5c031f53c8c09879bcb70d63c2735cde5445181a87bd3908fb3');
create table core.authorities (la_code varchar, ons_code varchar, la_name varchar, region_code varchar, region_name varchar, opened_on date, closed_on date, synthetic boolean, population_0_17 bigint, population_year integer);
insert into core.authorities values
  ('951', 'E06900001', 'Ashby Moor', 'E12900001', 'North Fells', '2009-04-01', null, true, 71967, 2026),
  ('975', 'E06900025', 'Dunecliffe', 'E12900003', 'South Coast', '2009-04-01', null, true, 62086, 2026);
create table ref.settings (key varchar, value varchar);
insert into ref.settings values
  ('data.late_after_days', '28');
create table ref.indicators (code varchar, label varchar, unit varchar, polarity varchar, measure varchar, scale double, definition varchar, sort_order integer);
insert into ref.indicators values
  ('ASSESS_45WD_PCT', 'Assessments within 45 working days', '%', 'high', 'percent', 100.0, 'assessments completed within 45 working days', 4),
  ('REREFERRAL_PCT', 'Re-referrals within 12 months', '%', 'low', 'percent', 100.0, 'referrals within 12 months of a previous referral', 2);
create table core.indicator_values (la_code varchar, period varchar, period_type varchar, indicator varchar, numerator double, denominator double, value double, value_derived boolean, status varchar, comment varchar, source_file varchar, source_sheet varchar, source_row integer, received_at timestamp, version bigint, versions bigint, period_start date, period_end date, known_at date, source varchar);
insert into core.indicator_values values
  ('951', '2023-05', 'month', 'ASSESS_45WD_PCT', 253.0, 306.0, 82.7, false, null, null, '951-2023-05.csv', null, 5, '2026-11-29 12:33:06.984579', 1, 1, '2023-05-01', '2023-05-31', '2023-06-10', 'return'),
  ('951', '2023-05', 'month', 'REREFERRAL_PCT', 68.0, 360.0, 18.9, false, null, null, '951-2023-05.csv', null, 3, '2026-11-29 12:33:06.984579', 1, 1, '2023-05-01', '2023-05-31', '2023-06-10', 'return'),
  ('951', '2023-06', 'month', 'ASSESS_45WD_PCT', 222.0, 259.0, 85.7, false, null, null, '951-2023-06.csv', null, 5, '2026-11-29 12:33:07.13457', 1, 1, '2023-06-01', '2023-06-30', '2023-07-10', 'return'),
  ('951', '2023-06', 'month', 'REREFERRAL_PCT', 44.0, 305.0, 14.4, false, null, null, '951-2023-06.csv', null, 3, '2026-11-29 12:33:07.13457', 1, 1, '2023-06-01', '2023-06-30', '2023-07-10', 'return'),
  ('951', '2023-07', 'month', 'ASSESS_45WD_PCT', 216.0, 269.0, 80.3, false, null, null, '951-2023-07.csv', null, 5, '2026-11-29 12:33:07.223806', 1, 1, '2023-07-01', '2023-07-31', '2023-08-10', 'return'),
  ('951', '2023-07', 'month', 'REREFERRAL_PCT', 60.0, 317.0, 18.9, false, null, null, '951-2023-07.csv', null, 3, '2026-11-29 12:33:07.223806', 1, 1, '2023-07-01', '2023-07-31', '2023-08-10', 'return'),
  ('951', '2023-08', 'month', 'ASSESS_45WD_PCT', 219.0, 263.0, 83.3, false, null, null, '951-2023-08.csv', null, 5, '2026-11-29 12:33:07.328412', 1, 1, '2023-08-01', '2023-08-31', '2023-09-10', 'return'),
  ('951', '2023-08', 'month', 'REREFERRAL_PCT', 60.0, 309.0, 19.4, false, null, null, '951-2023-08.csv', null, 3, '2026-11-29 12:33:07.328412', 1, 1, '2023-08-01', '2023-08-31', '2023-09-10', 'return'),
  ('951', '2023-09', 'month', 'ASSESS_45WD_PCT', 238.0, 274.0, 86.9, false, null, null, '951-2023-09.csv', null, 5, '2026-11-29 12:33:07.414365', 1, 1, '2023-09-01', '2023-09-30', '2023-10-10', 'return'),
  ('951', '2023-09', 'month', 'REREFERRAL_PCT', 69.0, 322.0, 21.4, false, null, null, '951-2023-09.csv', null, 3, '2026-11-29 12:33:07.414365', 1, 1, '2023-09-01', '2023-09-30', '2023-10-10', 'return'),
  ('951', '2023-10', 'month', 'ASSESS_45WD_PCT', 210.0, 251.0, 83.7, false, null, null, '951-2023-10.csv', null, 5, '2026-11-29 12:33:07.483067', 1, 1, '2023-10-01', '2023-10-31', '2023-11-10', 'return'),
  ('951', '2023-10', 'month', 'REREFERRAL_PCT', 55.0, 295.0, 18.6, false, null, null, '951-2023-10.csv', null, 3, '2026-11-29 12:33:07.483067', 1, 1, '2023-10-01', '2023-10-31', '2023-11-10', 'return'),
  ('951', '2023-11', 'month', 'ASSESS_45WD_PCT', 208.0, 254.0, 81.9, false, null, null, '951-2023-11.csv', null, 5, '2026-11-29 12:33:07.560404', 1, 1, '2023-11-01', '2023-11-30', '2023-12-10', 'return'),
  ('951', '2023-11', 'month', 'REREFERRAL_PCT', 60.0, 299.0, 20.1, false, null, null, '951-2023-11.csv', null, 3, '2026-11-29 12:33:07.560404', 1, 1, '2023-11-01', '2023-11-30', '2023-12-10', 'return'),
  ('951', '2023-12', 'month', 'ASSESS_45WD_PCT', 194.0, 242.0, 80.2, false, null, null, '951-2023-12.csv', null, 5, '2026-11-29 12:33:07.621782', 1, 1, '2023-12-01', '2023-12-31', '2024-01-10', 'return'),
  ('951', '2023-12', 'month', 'REREFERRAL_PCT', 54.0, 285.0, 18.9, false, null, null, '951-2023-12.csv', null, 3, '2026-11-29 12:33:07.621782', 1, 1, '2023-12-01', '2023-12-31', '2024-01-10', 'return'),
  ('951', '2024-01', 'month', 'ASSESS_45WD_PCT', 209.0, 256.0, 81.6, false, null, null, '951-2024-01.csv', null, 5, '2026-11-29 12:33:07.68172', 1, 1, '2024-01-01', '2024-01-31', '2024-02-10', 'return'),
  ('951', '2024-01', 'month', 'REREFERRAL_PCT', 60.0, 301.0, 19.9, false, null, null, '951-2024-01.csv', null, 3, '2026-11-29 12:33:07.68172', 1, 1, '2024-01-01', '2024-01-31', '2024-02-10', 'return'),
  ('951', '2024-02', 'month', 'ASSESS_45WD_PCT', 207.0, 258.0, 80.2, false, null, null, '951-2024-02.csv', null, 5, '2026-11-29 12:33:07.750436', 1, 1, '2024-02-01', '2024-02-29', '2024-03-10', 'return'),
  ('951', '2024-02', 'month', 'REREFERRAL_PCT', 55.0, 304.0, 18.1, false, null, null, '951-2024-02.csv', null, 3, '2026-11-29 12:33:07.750436', 1, 1, '2024-02-01', '2024-02-29', '2024-03-10', 'return'),
  ('951', '2024-03', 'month', 'ASSESS_45WD_PCT', 233.0, 284.0, 82.0, false, null, null, '951-2024-03.csv', null, 5, '2026-11-29 12:33:07.811321', 1, 1, '2024-03-01', '2024-03-31', '2024-04-10', 'return'),
  ('951', '2024-03', 'month', 'REREFERRAL_PCT', 63.0, 334.0, 18.9, false, null, null, '951-2024-03.csv', null, 3, '2026-11-29 12:33:07.811321', 1, 1, '2024-03-01', '2024-03-31', '2024-04-10', 'return'),
  ('951', '2024-04', 'month', 'ASSESS_45WD_PCT', 227.0, 273.0, 83.2, false, null, null, '951-2024-04.csv', null, 5, '2026-11-29 12:33:07.874694', 1, 1, '2024-04-01', '2024-04-30', '2024-05-10', 'return'),
  ('951', '2024-04', 'month', 'REREFERRAL_PCT', 59.0, 321.0, 18.4, false, null, null, '951-2024-04.csv', null, 3, '2026-11-29 12:33:07.874694', 1, 1, '2024-04-01', '2024-04-30', '2024-05-10', 'return'),
  ('951', '2024-05', 'month', 'ASSESS_45WD_PCT', 238.0, 289.0, 82.4, false, null, null, '951-2024-05.csv', null, 5, '2026-11-29 12:33:07.937269', 1, 1, '2024-05-01', '2024-05-31', '2024-06-10', 'return'),
  ('951', '2024-05', 'month', 'REREFERRAL_PCT', 60.0, 340.0, 17.6, false, null, null, '951-2024-05.csv', null, 3, '2026-11-29 12:33:07.937269', 1, 1, '2024-05-01', '2024-05-31', '2024-06-10', 'return'),
  ('951', '2024-06', 'month', 'ASSESS_45WD_PCT', 238.0, 279.0, 85.3, false, null, null, '951-2024-06.csv', null, 5, '2026-11-29 12:33:07.994141', 1, 1, '2024-06-01', '2024-06-30', '2024-07-10', 'return'),
  ('951', '2024-06', 'month', 'REREFERRAL_PCT', 67.0, 328.0, 20.4, false, null, null, '951-2024-06.csv', null, 3, '2026-11-29 12:33:07.994141', 1, 1, '2024-06-01', '2024-06-30', '2024-07-10', 'return'),
  ('951', '2024-07', 'month', 'ASSESS_45WD_PCT', 209.0, 257.0, 81.3, false, null, null, '951-2024-07.csv', null, 5, '2026-11-29 12:33:08.048916', 1, 1, '2024-07-01', '2024-07-31', '2024-08-10', 'return'),
  ('951', '2024-07', 'month', 'REREFERRAL_PCT', 52.0, 302.0, 17.2, false, null, null, '951-2024-07.csv', null, 3, '2026-11-29 12:33:08.048916', 1, 1, '2024-07-01', '2024-07-31', '2024-08-10', 'return'),
  ('951', '2024-08', 'month', 'ASSESS_45WD_PCT', 202.0, 247.0, 81.8, false, null, null, '951-2024-08.csv', null, 5, '2026-11-29 12:33:08.094657', 1, 1, '2024-08-01', '2024-08-31', '2024-09-10', 'return'),
  ('951', '2024-08', 'month', 'REREFERRAL_PCT', 59.0, 291.0, 20.3, false, null, null, '951-2024-08.csv', null, 3, '2026-11-29 12:33:08.094657', 1, 1, '2024-08-01', '2024-08-31', '2024-09-10', 'return'),
  ('951', '2024-09', 'month', 'ASSESS_45WD_PCT', 223.0, 265.0, 84.2, false, null, null, '951-2024-09.csv', null, 5, '2026-11-29 12:33:08.158558', 1, 1, '2024-09-01', '2024-09-30', '2024-10-10', 'return'),
  ('951', '2024-09', 'month', 'REREFERRAL_PCT', 50.0, 312.0, 16.0, false, null, null, '951-2024-09.csv', null, 3, '2026-11-29 12:33:08.158558', 1, 1, '2024-09-01', '2024-09-30', '2024-10-10', 'return'),
  ('951', '2024-10', 'month', 'ASSESS_45WD_PCT', 199.0, 241.0, 82.6, false, null, null, '951-2024-10.csv', null, 5, '2026-11-29 12:33:08.223129', 1, 1, '2024-10-01', '2024-10-31', '2024-11-10', 'return'),
  ('951', '2024-10', 'month', 'REREFERRAL_PCT', 61.0, 284.0, 21.5, false, null, null, '951-2024-10.csv', null, 3, '2026-11-29 12:33:08.223129', 1, 1, '2024-10-01', '2024-10-31', '2024-11-10', 'return'),
  ('951', '2024-11', 'month', 'ASSESS_45WD_PCT', 203.0, 244.0, 83.2, false, null, null, '951-2024-11.csv', null, 5, '2026-11-29 12:33:08.278419', 1, 1, '2024-11-01', '2024-11-30', '2024-12-10', 'return'),
  ('951', '2024-11', 'month', 'REREFERRAL_PCT', 59.0, 287.0, 20.6, false, null, null, '951-2024-11.csv', null, 3, '2026-11-29 12:33:08.278419', 1, 1, '2024-11-01', '2024-11-30', '2024-12-10', 'return'),
  ('951', '2024-12', 'month', 'ASSESS_45WD_PCT', 193.0, 244.0, 79.1, false, null, null, '951-2024-12.csv', null, 5, '2026-11-29 12:33:08.336005', 1, 1, '2024-12-01', '2024-12-31', '2025-01-10', 'return'),
  ('951', '2024-12', 'month', 'REREFERRAL_PCT', 51.0, 287.0, 17.8, false, null, null, '951-2024-12.csv', null, 3, '2026-11-29 12:33:08.336005', 1, 1, '2024-12-01', '2024-12-31', '2025-01-10', 'return');
-- expect: la_code | indicator | cadence | quarters | due_days | configured
-- 951 | ASSESS_45WD_PCT | month | calendar | 28 | false
-- 951 | REREFERRAL_PCT | month | calendar | 28 | false
-- 975 | ASSESS_45WD_PCT | month | calendar | 28 | false
-- 975 | REREFERRAL_PCT | month | calendar | 28 | false
