-- Given/expected test of core.indicator_values (schemas/tests/README.md): a slice of the demo
-- warehouse (las 975,957, periods 2026-08..2026-10, indicators REREFERRAL_PCT,ASSESS_45WD_PCT, run_period 2026-10, limit 40) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table staging.stg_return_values (la_code varchar, period varchar, period_type varchar, indicator varchar, numerator bigint, denominator bigint, value double, value_derived boolean, status varchar, comment varchar, file_sha256 varchar, source_file varchar, source_sheet varchar, source_row integer, received_at timestamp, version bigint, versions bigint);
insert into staging.stg_return_values values
  ('957', '2026-08', 'month', 'ASSESS_45WD_PCT', 250, 451, 55.4, false, null, null, '47f9d3005850572b6896af0ceafc3b449e2c17e05f90a938038266fa0fdae35c', '957-2026-08.csv', null, 5, '2026-11-29 10:41:16.148648', 1, 1),
  ('957', '2026-08', 'month', 'REREFERRAL_PCT', 136, 531, 25.6, false, null, null, '47f9d3005850572b6896af0ceafc3b449e2c17e05f90a938038266fa0fdae35c', '957-2026-08.csv', null, 3, '2026-11-29 10:41:16.148648', 1, 1),
  ('957', '2026-09', 'month', 'ASSESS_45WD_PCT', 225, 416, 54.1, false, null, null, '1f34d4591d6949e9705b2024327c47fe178f2f2806ec7f39026e6f208234db00', '957-2026-09.csv', null, 5, '2026-11-29 10:41:16.258236', 1, 1),
  ('957', '2026-09', 'month', 'REREFERRAL_PCT', 128, 489, 26.2, false, null, null, '1f34d4591d6949e9705b2024327c47fe178f2f2806ec7f39026e6f208234db00', '957-2026-09.csv', null, 3, '2026-11-29 10:41:16.258236', 1, 1),
  ('957', '2026-10', 'month', 'ASSESS_45WD_PCT', 235, 442, 53.2, false, null, null, 'fac2c0ffdd95a684028bf340335819de1f9e4cdc7ce10965ad93a8d68ab8743d', '957-2026-10.csv', null, 5, '2026-11-29 10:41:16.364433', 1, 1),
  ('957', '2026-10', 'month', 'REREFERRAL_PCT', 147, 520, 28.3, false, null, null, 'fac2c0ffdd95a684028bf340335819de1f9e4cdc7ce10965ad93a8d68ab8743d', '957-2026-10.csv', null, 3, '2026-11-29 10:41:16.364433', 1, 1),
  ('975', '2026-08', 'month', 'ASSESS_45WD_PCT', 158, 271, 58.3, false, null, null, 'e341716ad76f53dd65844a68c44a7b670f283d0ae11fbfa6bd2e850544a6f272', '975-2026-08.csv', null, 5, '2026-11-29 10:41:16.219535', 1, 1),
  ('975', '2026-08', 'month', 'REREFERRAL_PCT', 100, 319, 31.3, false, null, null, 'e341716ad76f53dd65844a68c44a7b670f283d0ae11fbfa6bd2e850544a6f272', '975-2026-08.csv', null, 3, '2026-11-29 10:41:16.219535', 1, 1),
  ('975', '2026-09', 'month', 'ASSESS_45WD_PCT', 163, 277, 58.8, false, null, null, '67a9ab2956e488b6a42614622e03b73111f8ecf96534ff1829f8b5cb862d6cd8', '975-2026-09.csv', null, 5, '2026-11-29 10:41:16.323863', 1, 1),
  ('975', '2026-09', 'month', 'REREFERRAL_PCT', 102, 326, 31.3, false, null, null, '67a9ab2956e488b6a42614622e03b73111f8ecf96534ff1829f8b5cb862d6cd8', '975-2026-09.csv', null, 3, '2026-11-29 10:41:16.323863', 1, 1),
  ('975', '2026-10', 'month', 'ASSESS_45WD_PCT', 147, 297, 49.5, false, null, null, 'c850b0d1789dbe6ac63358f24314e599fcd4f77a4fc483db5a97df15d01d6a5a', '975-2026-10.csv', null, 5, '2026-11-29 10:41:16.440523', 1, 1),
  ('975', '2026-10', 'month', 'REREFERRAL_PCT', 116, 349, 33.2, false, null, null, 'c850b0d1789dbe6ac63358f24314e599fcd4f77a4fc483db5a97df15d01d6a5a', '975-2026-10.csv', null, 3, '2026-11-29 10:41:16.440523', 1, 1);
-- expect: la_code | period | period_type | indicator | numerator | denominator | value | value_derived | status | comment | source_file | source_sheet | source_row | received_at | version | versions
-- 957 | 2026-08 | month | ASSESS_45WD_PCT | 250 | 451 | 55.4 | false | null | null | 957-2026-08.csv | null | 5 | 2026-11-29 10:41:16.148648 | 1 | 1
-- 957 | 2026-08 | month | REREFERRAL_PCT | 136 | 531 | 25.6 | false | null | null | 957-2026-08.csv | null | 3 | 2026-11-29 10:41:16.148648 | 1 | 1
-- 957 | 2026-09 | month | ASSESS_45WD_PCT | 225 | 416 | 54.1 | false | null | null | 957-2026-09.csv | null | 5 | 2026-11-29 10:41:16.258236 | 1 | 1
-- 957 | 2026-09 | month | REREFERRAL_PCT | 128 | 489 | 26.2 | false | null | null | 957-2026-09.csv | null | 3 | 2026-11-29 10:41:16.258236 | 1 | 1
-- 957 | 2026-10 | month | ASSESS_45WD_PCT | 235 | 442 | 53.2 | false | null | null | 957-2026-10.csv | null | 5 | 2026-11-29 10:41:16.364433 | 1 | 1
-- 957 | 2026-10 | month | REREFERRAL_PCT | 147 | 520 | 28.3 | false | null | null | 957-2026-10.csv | null | 3 | 2026-11-29 10:41:16.364433 | 1 | 1
-- 975 | 2026-08 | month | ASSESS_45WD_PCT | 158 | 271 | 58.3 | false | null | null | 975-2026-08.csv | null | 5 | 2026-11-29 10:41:16.219535 | 1 | 1
-- 975 | 2026-08 | month | REREFERRAL_PCT | 100 | 319 | 31.3 | false | null | null | 975-2026-08.csv | null | 3 | 2026-11-29 10:41:16.219535 | 1 | 1
-- 975 | 2026-09 | month | ASSESS_45WD_PCT | 163 | 277 | 58.8 | false | null | null | 975-2026-09.csv | null | 5 | 2026-11-29 10:41:16.323863 | 1 | 1
-- 975 | 2026-09 | month | REREFERRAL_PCT | 102 | 326 | 31.3 | false | null | null | 975-2026-09.csv | null | 3 | 2026-11-29 10:41:16.323863 | 1 | 1
-- 975 | 2026-10 | month | ASSESS_45WD_PCT | 147 | 297 | 49.5 | false | null | null | 975-2026-10.csv | null | 5 | 2026-11-29 10:41:16.440523 | 1 | 1
-- 975 | 2026-10 | month | REREFERRAL_PCT | 116 | 349 | 33.2 | false | null | null | 975-2026-10.csv | null | 3 | 2026-11-29 10:41:16.440523 | 1 | 1
