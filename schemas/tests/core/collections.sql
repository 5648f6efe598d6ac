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
-- expect: la_code | indicator | cadence | quarters | due_days | configured
-- 951 | ASSESS_45WD_PCT | month | calendar | 28 | false
-- 951 | REREFERRAL_PCT | month | calendar | 28 | false
-- 975 | ASSESS_45WD_PCT | month | calendar | 28 | false
-- 975 | REREFERRAL_PCT | month | calendar | 28 | false
