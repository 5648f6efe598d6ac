-- Given/expected test of marts.authority_comparison (schemas/tests/README.md): a slice of the demo
-- warehouse (las 975,957, periods 2026-08..2026-10, indicators REREFERRAL_PCT,ASSESS_45WD_PCT, run_period 2026-10, limit 40) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table core.authorities (la_code varchar, ons_code varchar, la_name varchar, region_code varchar, region_name varchar, opened_on date, closed_on date, synthetic boolean, population_0_17 bigint, population_year integer);
insert into core.authorities values
  ('957', 'E06900007', 'Greyburn', 'E12900001', 'North Fells', '2009-04-01', null, true, 95542, 2026),
  ('975', 'E06900025', 'Dunecliffe', 'E12900003', 'South Coast', '2009-04-01', null, true, 62086, 2026);
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
create table ref.indicators (code varchar, label varchar, unit varchar, polarity varchar, measure varchar, scale double, definition varchar, sort_order integer);
insert into ref.indicators values
  ('ASSESS_45WD_PCT', 'Assessments within 45 working days', '%', 'high', 'percent', 100.0, 'assessments completed within 45 working days', 4),
  ('REREFERRAL_PCT', 'Re-referrals within 12 months', '%', 'low', 'percent', 100.0, 'referrals within 12 months of a previous referral', 2);
create table core.area_benchmarks (area_code varchar, area_level varchar, area_name varchar, period varchar, indicator varchar, value double, method varchar, numerator double, denominator double, authorities_reporting bigint);
insert into core.area_benchmarks values
  ('ALL', 'All loaded', 'All authorities loaded', '2026-08', 'ASSESS_45WD_PCT', 81.26, 'mean of authority values', 6053.0, 7551.0, 30),
  ('ALL', 'All loaded', 'All authorities loaded', '2026-08', 'REREFERRAL_PCT', 21.94, 'mean of authority values', 1932.0, 8884.0, 30),
  ('ALL', 'All loaded', 'All authorities loaded', '2026-09', 'ASSESS_45WD_PCT', 81.20344827586207, 'mean of authority values', 5717.0, 7147.0, 29),
  ('ALL', 'All loaded', 'All authorities loaded', '2026-09', 'REREFERRAL_PCT', 22.144827586206898, 'mean of authority values', 1882.0, 8410.0, 29),
  ('ALL', 'All loaded', 'All authorities loaded', '2026-10', 'ASSESS_45WD_PCT', 80.91071428571429, 'mean of authority values', 5278.0, 6661.0, 28),
  ('ALL', 'All loaded', 'All authorities loaded', '2026-10', 'REREFERRAL_PCT', 22.35, 'mean of authority values', 1793.0, 7837.0, 28),
  ('E12900001', 'Region', 'North Fells', '2026-08', 'ASSESS_45WD_PCT', 78.49242113887752, 'pooled', 1916.0, 2441.0, 10),
  ('E12900001', 'Region', 'North Fells', '2026-08', 'REREFERRAL_PCT', 21.71945701357466, 'pooled', 624.0, 2873.0, 10),
  ('E12900001', 'Region', 'North Fells', '2026-09', 'ASSESS_45WD_PCT', 78.97100857492855, 'pooled', 1934.0, 2449.0, 10),
  ('E12900001', 'Region', 'North Fells', '2026-09', 'REREFERRAL_PCT', 21.242624088858037, 'pooled', 612.0, 2881.0, 10),
  ('E12900001', 'Region', 'North Fells', '2026-10', 'ASSESS_45WD_PCT', 77.22140402552775, 'pooled', 1573.0, 2037.0, 9),
  ('E12900001', 'Region', 'North Fells', '2026-10', 'REREFERRAL_PCT', 22.27784730913642, 'pooled', 534.0, 2397.0, 9),
  ('E12900002', 'Region', 'Midland Vales', '2026-08', 'ASSESS_45WD_PCT', 80.58620689655173, 'pooled', 2337.0, 2900.0, 10),
  ('E12900002', 'Region', 'Midland Vales', '2026-08', 'REREFERRAL_PCT', 21.114369501466275, 'pooled', 720.0, 3410.0, 10),
  ('E12900002', 'Region', 'Midland Vales', '2026-09', 'ASSESS_45WD_PCT', 80.50813815005955, 'pooled', 2028.0, 2519.0, 9),
  ('E12900002', 'Region', 'Midland Vales', '2026-09', 'REREFERRAL_PCT', 22.402159244264507, 'pooled', 664.0, 2964.0, 9),
  ('E12900002', 'Region', 'Midland Vales', '2026-10', 'ASSESS_45WD_PCT', 80.50918196994992, 'pooled', 1929.0, 2396.0, 9),
  ('E12900002', 'Region', 'Midland Vales', '2026-10', 'REREFERRAL_PCT', 22.667612628591698, 'pooled', 639.0, 2819.0, 9),
  ('E12900003', 'Region', 'South Coast', '2026-08', 'ASSESS_45WD_PCT', 82.45, 'mean of authority values', 1800.0, 2210.0, 10),
  ('E12900003', 'Region', 'South Coast', '2026-08', 'REREFERRAL_PCT', 22.82, 'mean of authority values', 588.0, 2601.0, 10),
  ('E12900003', 'Region', 'South Coast', '2026-09', 'ASSESS_45WD_PCT', 81.45, 'mean of authority values', 1755.0, 2179.0, 10),
  ('E12900003', 'Region', 'South Coast', '2026-09', 'REREFERRAL_PCT', 23.1, 'mean of authority values', 606.0, 2565.0, 10),
  ('E12900003', 'Region', 'South Coast', '2026-10', 'ASSESS_45WD_PCT', 81.14, 'mean of authority values', 1776.0, 2228.0, 10),
  ('E12900003', 'Region', 'South Coast', '2026-10', 'REREFERRAL_PCT', 22.82, 'mean of authority values', 620.0, 2621.0, 10);
create table core.neighbour_benchmarks (la_code varchar, period varchar, indicator varchar, neighbours_median double, neighbours_mean double, neighbours_reporting bigint, model_version varchar);
insert into core.neighbour_benchmarks values
  ('957', '2026-08', 'ASSESS_45WD_PCT', 83.69999999999999, 82.02, 10, '2026'),
  ('957', '2026-08', 'REREFERRAL_PCT', 19.7, 20.56, 10, '2026'),
  ('957', '2026-09', 'ASSESS_45WD_PCT', 83.55, 82.16, 10, '2026'),
  ('957', '2026-09', 'REREFERRAL_PCT', 21.85, 22.17, 10, '2026'),
  ('957', '2026-10', 'ASSESS_45WD_PCT', 84.5, 82.25555555555556, 9, '2026'),
  ('957', '2026-10', 'REREFERRAL_PCT', 21.5, 22.566666666666666, 9, '2026'),
  ('975', '2026-08', 'ASSESS_45WD_PCT', 82.75, 82.52, 10, '2026'),
  ('975', '2026-08', 'REREFERRAL_PCT', 21.25, 21.74, 10, '2026'),
  ('975', '2026-09', 'ASSESS_45WD_PCT', 83.3, 83.12222222222222, 9, '2026'),
  ('975', '2026-09', 'REREFERRAL_PCT', 22.8, 22.08888888888889, 9, '2026'),
  ('975', '2026-10', 'ASSESS_45WD_PCT', 83.0, 83.56666666666666, 9, '2026'),
  ('975', '2026-10', 'REREFERRAL_PCT', 22.8, 22.77777777777778, 9, '2026');
-- expect: la_code | la_name | region_code | region_name | synthetic | period | indicator | indicator_label | unit | polarity | sort_order | value | numerator | denominator | status | england_value | comparator_value | comparator_name | all_loaded_value | loaded_authorities_reporting | region_value | neighbours_median | neighbours_reporting | previous_value | last_year_value | period_type | period_start | period_end
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-08 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 55.4 | 250 | 451 | null | null | 81.26 | All authorities loaded | 81.26 | 30 | 78.4924211 | 83.7 | 10 | null | null | month | 2026-08-01 | 2026-08-31
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-08 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 25.6 | 136 | 531 | null | null | 21.94 | All authorities loaded | 21.94 | 30 | 21.719457 | 19.7 | 10 | null | null | month | 2026-08-01 | 2026-08-31
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-09 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 54.1 | 225 | 416 | null | null | 81.2034483 | All authorities loaded | 81.2034483 | 29 | 78.9710086 | 83.55 | 10 | 55.4 | null | month | 2026-09-01 | 2026-09-30
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-09 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 26.2 | 128 | 489 | null | null | 22.1448276 | All authorities loaded | 22.1448276 | 29 | 21.2426241 | 21.85 | 10 | 25.6 | null | month | 2026-09-01 | 2026-09-30
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-10 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 53.2 | 235 | 442 | null | null | 80.9107143 | All authorities loaded | 80.9107143 | 28 | 77.221404 | 84.5 | 9 | 54.1 | null | month | 2026-10-01 | 2026-10-31
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-10 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 28.3 | 147 | 520 | null | null | 22.35 | All authorities loaded | 22.35 | 28 | 22.2778473 | 21.5 | 9 | 26.2 | null | month | 2026-10-01 | 2026-10-31
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-08 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 58.3 | 158 | 271 | null | null | 81.26 | All authorities loaded | 81.26 | 30 | 82.45 | 82.75 | 10 | null | null | month | 2026-08-01 | 2026-08-31
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-08 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 31.3 | 100 | 319 | null | null | 21.94 | All authorities loaded | 21.94 | 30 | 22.82 | 21.25 | 10 | null | null | month | 2026-08-01 | 2026-08-31
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-09 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 58.8 | 163 | 277 | null | null | 81.2034483 | All authorities loaded | 81.2034483 | 29 | 81.45 | 83.3 | 9 | 58.3 | null | month | 2026-09-01 | 2026-09-30
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-09 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 31.3 | 102 | 326 | null | null | 22.1448276 | All authorities loaded | 22.1448276 | 29 | 23.1 | 22.8 | 9 | 31.3 | null | month | 2026-09-01 | 2026-09-30
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-10 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 49.5 | 147 | 297 | null | null | 80.9107143 | All authorities loaded | 80.9107143 | 28 | 81.14 | 83 | 9 | 58.8 | null | month | 2026-10-01 | 2026-10-31
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-10 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 33.2 | 116 | 349 | null | null | 22.35 | All authorities loaded | 22.35 | 28 | 22.82 | 22.8 | 9 | 31.3 | null | month | 2026-10-01 | 2026-10-31
