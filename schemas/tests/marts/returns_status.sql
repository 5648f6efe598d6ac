-- Given/expected test of marts.returns_status (schemas/tests/README.md): a slice of the demo
-- warehouse (las 975,957, periods 2026-08..2026-10, indicators REREFERRAL_PCT,ASSESS_45WD_PCT, run_period 2026-10, limit 40) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table signals.missing_returns (la_code varchar, period varchar, period_type varchar, period_end date, expected bigint, received bigint, with_value bigint, state varchar);
insert into signals.missing_returns values
  ('957', '2026-08', 'month', '2026-08-31', 18, 18, 18, 'complete'),
  ('957', '2026-09', 'month', '2026-09-30', 18, 18, 18, 'complete'),
  ('957', '2026-10', 'month', '2026-10-31', 18, 18, 18, 'complete'),
  ('975', '2026-08', 'month', '2026-08-31', 18, 18, 18, 'complete'),
  ('975', '2026-09', 'month', '2026-09-30', 18, 18, 18, 'complete'),
  ('975', '2026-10', 'month', '2026-10-31', 18, 18, 18, 'complete');
create table core.authorities (la_code varchar, ons_code varchar, la_name varchar, region_code varchar, region_name varchar, opened_on date, closed_on date, synthetic boolean, population_0_17 bigint, population_year integer);
insert into core.authorities values
  ('957', 'E06900007', 'Greyburn', 'E12900001', 'North Fells', '2009-04-01', null, true, 95542, 2026),
  ('975', 'E06900025', 'Dunecliffe', 'E12900003', 'South Coast', '2009-04-01', null, true, 62086, 2026);
create table core.expected_returns (la_code varchar, period varchar, expected bigint, due_days integer, due_on date, first_received_at timestamp, days_late bigint, timeliness varchar, period_type varchar);
insert into core.expected_returns values
  ('957', '2026-08', 18, 28, '2026-09-28', '2026-09-10 12:00:00.0', null, 'on time', 'month'),
  ('957', '2026-09', 18, 28, '2026-10-28', '2026-10-10 12:00:00.0', null, 'on time', 'month'),
  ('957', '2026-10', 18, 28, '2026-11-28', '2026-11-10 12:00:00.0', null, 'on time', 'month'),
  ('975', '2026-08', 18, 28, '2026-09-28', '2026-09-10 12:00:00.0', null, 'on time', 'month'),
  ('975', '2026-09', 18, 28, '2026-10-28', '2026-10-10 12:00:00.0', null, 'on time', 'month'),
  ('975', '2026-10', 18, 28, '2026-11-28', '2026-11-10 12:00:00.0', null, 'on time', 'month');
-- expect: la_code | la_name | region_code | region_name | period | state | expected | received | with_value | period_type | period_end | due_on | first_received_at | days_late | timeliness
-- 957 | Greyburn | E12900001 | North Fells | 2026-08 | complete | 18 | 18 | 18 | month | 2026-08-31 | 2026-09-28 | 2026-09-10 12:00:00.0 | null | on time
-- 957 | Greyburn | E12900001 | North Fells | 2026-09 | complete | 18 | 18 | 18 | month | 2026-09-30 | 2026-10-28 | 2026-10-10 12:00:00.0 | null | on time
-- 957 | Greyburn | E12900001 | North Fells | 2026-10 | complete | 18 | 18 | 18 | month | 2026-10-31 | 2026-11-28 | 2026-11-10 12:00:00.0 | null | on time
-- 975 | Dunecliffe | E12900003 | South Coast | 2026-08 | complete | 18 | 18 | 18 | month | 2026-08-31 | 2026-09-28 | 2026-09-10 12:00:00.0 | null | on time
-- 975 | Dunecliffe | E12900003 | South Coast | 2026-09 | complete | 18 | 18 | 18 | month | 2026-09-30 | 2026-10-28 | 2026-10-10 12:00:00.0 | null | on time
-- 975 | Dunecliffe | E12900003 | South Coast | 2026-10 | complete | 18 | 18 | 18 | month | 2026-10-31 | 2026-11-28 | 2026-11-10 12:00:00.0 | null | on time
