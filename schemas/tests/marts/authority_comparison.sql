-- Given/expected test of marts.authority_comparison (schemas/tests/README.md): a slice of the demo
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
create table core.area_benchmarks (area_code varchar, area_level varchar, period varchar, indicator varchar, value double, method varchar, numerator hugeint, denominator hugeint, authorities_reporting bigint);
insert into core.area_benchmarks values
  ('E12900001', 'Region', '2026-08', 'ASSESS_45WD_PCT', 78.49242113887752, 'pooled', 1916, 2441, 10),
  ('E12900001', 'Region', '2026-08', 'REREFERRAL_PCT', 21.71945701357466, 'pooled', 624, 2873, 10),
  ('E12900001', 'Region', '2026-09', 'ASSESS_45WD_PCT', 78.97100857492855, 'pooled', 1934, 2449, 10),
  ('E12900001', 'Region', '2026-09', 'REREFERRAL_PCT', 21.242624088858037, 'pooled', 612, 2881, 10),
  ('E12900001', 'Region', '2026-10', 'ASSESS_45WD_PCT', 77.22140402552775, 'pooled', 1573, 2037, 9),
  ('E12900001', 'Region', '2026-10', 'REREFERRAL_PCT', 22.27784730913642, 'pooled', 534, 2397, 9),
  ('E12900002', 'Region', '2026-08', 'ASSESS_45WD_PCT', 80.58620689655173, 'pooled', 2337, 2900, 10),
  ('E12900002', 'Region', '2026-08', 'REREFERRAL_PCT', 21.114369501466275, 'pooled', 720, 3410, 10),
  ('E12900002', 'Region', '2026-09', 'ASSESS_45WD_PCT', 80.50813815005955, 'pooled', 2028, 2519, 9),
  ('E12900002', 'Region', '2026-09', 'REREFERRAL_PCT', 22.402159244264507, 'pooled', 664, 2964, 9),
  ('E12900002', 'Region', '2026-10', 'ASSESS_45WD_PCT', 80.50918196994992, 'pooled', 1929, 2396, 9),
  ('E12900002', 'Region', '2026-10', 'REREFERRAL_PCT', 22.667612628591698, 'pooled', 639, 2819, 9),
  ('E12900003', 'Region', '2026-08', 'ASSESS_45WD_PCT', 82.44999999999999, 'mean of authority values', 1800, 2210, 10),
  ('E12900003', 'Region', '2026-08', 'REREFERRAL_PCT', 22.82, 'mean of authority values', 588, 2601, 10),
  ('E12900003', 'Region', '2026-09', 'ASSESS_45WD_PCT', 81.45, 'mean of authority values', 1755, 2179, 10),
  ('E12900003', 'Region', '2026-09', 'REREFERRAL_PCT', 23.1, 'mean of authority values', 606, 2565, 10),
  ('E12900003', 'Region', '2026-10', 'ASSESS_45WD_PCT', 81.13999999999999, 'mean of authority values', 1776, 2228, 10),
  ('E12900003', 'Region', '2026-10', 'REREFERRAL_PCT', 22.82, 'mean of authority values', 620, 2621, 10),
  ('E92000001', 'England', '2026-08', 'ASSESS_45WD_PCT', 81.26, 'mean of authority values', 6053, 7551, 30),
  ('E92000001', 'England', '2026-08', 'REREFERRAL_PCT', 21.939999999999998, 'mean of authority values', 1932, 8884, 30),
  ('E92000001', 'England', '2026-09', 'ASSESS_45WD_PCT', 81.20344827586207, 'mean of authority values', 5717, 7147, 29),
  ('E92000001', 'England', '2026-09', 'REREFERRAL_PCT', 22.144827586206898, 'mean of authority values', 1882, 8410, 29),
  ('E92000001', 'England', '2026-10', 'ASSESS_45WD_PCT', 80.91071428571429, 'mean of authority values', 5278, 6661, 28),
  ('E92000001', 'England', '2026-10', 'REREFERRAL_PCT', 22.349999999999998, 'mean of authority values', 1793, 7837, 28);
create table core.neighbour_benchmarks (la_code varchar, period varchar, indicator varchar, neighbours_median double, neighbours_mean double, neighbours_reporting bigint, model_version varchar);
insert into core.neighbour_benchmarks values
  ('957', '2026-08', 'ASSESS_45WD_PCT', 83.69999999999999, 82.02000000000001, 10, '2026'),
  ('957', '2026-08', 'REREFERRAL_PCT', 19.7, 20.56, 10, '2026'),
  ('957', '2026-09', 'ASSESS_45WD_PCT', 83.55, 82.16000000000001, 10, '2026'),
  ('957', '2026-09', 'REREFERRAL_PCT', 21.85, 22.169999999999998, 10, '2026'),
  ('957', '2026-10', 'ASSESS_45WD_PCT', 84.5, 82.25555555555555, 9, '2026'),
  ('957', '2026-10', 'REREFERRAL_PCT', 21.5, 22.566666666666666, 9, '2026'),
  ('975', '2026-08', 'ASSESS_45WD_PCT', 82.75, 82.52000000000001, 10, '2026'),
  ('975', '2026-08', 'REREFERRAL_PCT', 21.25, 21.740000000000002, 10, '2026'),
  ('975', '2026-09', 'ASSESS_45WD_PCT', 83.3, 83.12222222222222, 9, '2026'),
  ('975', '2026-09', 'REREFERRAL_PCT', 22.8, 22.08888888888889, 9, '2026'),
  ('975', '2026-10', 'ASSESS_45WD_PCT', 83.0, 83.56666666666666, 9, '2026'),
  ('975', '2026-10', 'REREFERRAL_PCT', 22.8, 22.77777777777778, 9, '2026');
-- expect: la_code | la_name | region_code | region_name | synthetic | period | indicator | indicator_label | unit | polarity | sort_order | value | numerator | denominator | status | england_value | region_value | neighbours_median | neighbours_reporting | previous_value | last_year_value
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-08 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 55.4 | 250 | 451 | null | 81.26 | 78.4924211 | 83.7 | 10 | null | null
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-08 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 25.6 | 136 | 531 | null | 21.94 | 21.719457 | 19.7 | 10 | null | null
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-09 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 54.1 | 225 | 416 | null | 81.2034483 | 78.9710086 | 83.55 | 10 | 55.4 | null
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-09 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 26.2 | 128 | 489 | null | 22.1448276 | 21.2426241 | 21.85 | 10 | 25.6 | null
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-10 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 53.2 | 235 | 442 | null | 80.9107143 | 77.221404 | 84.5 | 9 | 54.1 | null
-- 957 | Greyburn | E12900001 | North Fells | true | 2026-10 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 28.3 | 147 | 520 | null | 22.35 | 22.2778473 | 21.5 | 9 | 26.2 | null
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-08 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 58.3 | 158 | 271 | null | 81.26 | 82.45 | 82.75 | 10 | null | null
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-08 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 31.3 | 100 | 319 | null | 21.94 | 22.82 | 21.25 | 10 | null | null
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-09 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 58.8 | 163 | 277 | null | 81.2034483 | 81.45 | 83.3 | 9 | 58.3 | null
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-09 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 31.3 | 102 | 326 | null | 22.1448276 | 23.1 | 22.8 | 9 | 31.3 | null
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-10 | ASSESS_45WD_PCT | Assessments within 45 working days | % | high | 4 | 49.5 | 147 | 297 | null | 80.9107143 | 81.14 | 83 | 9 | 58.8 | null
-- 975 | Dunecliffe | E12900003 | South Coast | true | 2026-10 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 2 | 33.2 | 116 | 349 | null | 22.35 | 22.82 | 22.8 | 9 | 31.3 | null
