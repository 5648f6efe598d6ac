-- Given/expected test of core.area_benchmarks (schemas/tests/README.md): a slice of the demo
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
create table core.authorities (la_code varchar, ons_code varchar, la_name varchar, region_code varchar, region_name varchar, opened_on date, closed_on date, synthetic boolean, population_0_17 bigint, population_year integer);
insert into core.authorities values
  ('957', 'E06900007', 'Greyburn', 'E12900001', 'North Fells', '2009-04-01', null, true, 95542, 2026),
  ('975', 'E06900025', 'Dunecliffe', 'E12900003', 'South Coast', '2009-04-01', null, true, 62086, 2026);
create table ref.indicators (code varchar, label varchar, unit varchar, polarity varchar, measure varchar, scale double, definition varchar, sort_order integer);
insert into ref.indicators values
  ('ASSESS_45WD_PCT', 'Assessments within 45 working days', '%', 'high', 'percent', 100.0, 'assessments completed within 45 working days', 4),
  ('REREFERRAL_PCT', 'Re-referrals within 12 months', '%', 'low', 'percent', 100.0, 'referrals within 12 months of a previous referral', 2);
create table ref.regions (region_code varchar, region_name varchar, source_sha256 varchar);
insert into ref.regions values
  ('E12900001', 'North Fells', 'b88a9a967152f5c031f53c8c09879bcb70d63c2735cde5445181a87bd3908fb3'),
  ('E12900002', 'Midland Vales', 'b88a9a967152f5c031f53c8c09879bcb70d63c2735cde5445181a87bd3908fb3'),
  ('E12900003', 'South Coast', 'b88a9a967152f5c031f53c8c09879bcb70d63c2735cde5445181a87bd3908fb3');
create table core.published_values (publication varchar, time_period varchar, period varchar, period_start date, period_end date, known_at date, geographic_level varchar, area_code varchar, area_ons_code varchar, area_name varchar, parent_area_code varchar, indicator varchar, numerator double, denominator double, published_value double, value_decimals integer, recomputed_value double, value double, status varchar, source_file varchar, source_row integer, received_at timestamp, version bigint, versions bigint);
-- expect: area_code | area_level | area_name | period | indicator | value | method | numerator | denominator | authorities_reporting
-- ALL | All loaded | All authorities loaded | 2026-08 | ASSESS_45WD_PCT | 56.5096953 | pooled | 408 | 722 | 2
-- ALL | All loaded | All authorities loaded | 2026-08 | REREFERRAL_PCT | 27.7647059 | pooled | 236 | 850 | 2
-- ALL | All loaded | All authorities loaded | 2026-09 | ASSESS_45WD_PCT | 55.988456 | pooled | 388 | 693 | 2
-- ALL | All loaded | All authorities loaded | 2026-09 | REREFERRAL_PCT | 28.2208589 | pooled | 230 | 815 | 2
-- ALL | All loaded | All authorities loaded | 2026-10 | ASSESS_45WD_PCT | 51.691475 | pooled | 382 | 739 | 2
-- ALL | All loaded | All authorities loaded | 2026-10 | REREFERRAL_PCT | 30.264672 | pooled | 263 | 869 | 2
-- E12900001 | Region | North Fells | 2026-08 | ASSESS_45WD_PCT | 55.4323725 | pooled | 250 | 451 | 1
-- E12900001 | Region | North Fells | 2026-08 | REREFERRAL_PCT | 25.6120527 | pooled | 136 | 531 | 1
-- E12900001 | Region | North Fells | 2026-09 | ASSESS_45WD_PCT | 54.0865385 | pooled | 225 | 416 | 1
-- E12900001 | Region | North Fells | 2026-09 | REREFERRAL_PCT | 26.1758691 | pooled | 128 | 489 | 1
-- E12900001 | Region | North Fells | 2026-10 | ASSESS_45WD_PCT | 53.1674208 | pooled | 235 | 442 | 1
-- E12900001 | Region | North Fells | 2026-10 | REREFERRAL_PCT | 28.2692308 | pooled | 147 | 520 | 1
-- E12900003 | Region | South Coast | 2026-08 | ASSESS_45WD_PCT | 58.302583 | pooled | 158 | 271 | 1
-- E12900003 | Region | South Coast | 2026-08 | REREFERRAL_PCT | 31.3479624 | pooled | 100 | 319 | 1
-- E12900003 | Region | South Coast | 2026-09 | ASSESS_45WD_PCT | 58.8447653 | pooled | 163 | 277 | 1
-- E12900003 | Region | South Coast | 2026-09 | REREFERRAL_PCT | 31.2883436 | pooled | 102 | 326 | 1
-- E12900003 | Region | South Coast | 2026-10 | ASSESS_45WD_PCT | 49.4949495 | pooled | 147 | 297 | 1
-- E12900003 | Region | South Coast | 2026-10 | REREFERRAL_PCT | 33.2378223 | pooled | 116 | 349 | 1
