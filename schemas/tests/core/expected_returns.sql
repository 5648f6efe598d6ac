-- Given/expected test of core.expected_returns (schemas/tests/README.md): a slice of the demo
-- warehouse (las 951,975, periods 2026-08..2026-10, indicators REREFERRAL_PCT,ASSESS_45WD_PCT, run_period 2026-10, limit 40) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table core.collections (la_code varchar, indicator varchar, cadence varchar, quarters varchar, due_days integer, configured boolean);
insert into core.collections values
  ('951', 'ASSESS_45WD_PCT', 'month', 'calendar', 28, false),
  ('951', 'REREFERRAL_PCT', 'month', 'calendar', 28, false),
  ('975', 'ASSESS_45WD_PCT', 'month', 'calendar', 28, false),
  ('975', 'REREFERRAL_PCT', 'month', 'calendar', 28, false),
  ('975', 'SW_VACANCY_PCT', 'quarter', 'calendar', 42, true);
create table core.indicator_values (la_code varchar, period varchar, period_type varchar, indicator varchar, numerator double, denominator double, value double, value_derived boolean, status varchar, comment varchar, source_file varchar, source_sheet varchar, source_row integer, received_at timestamp, version bigint, versions bigint, period_start date, period_end date, known_at date, source varchar);
insert into core.indicator_values values
  ('951', '2026-08', 'month', 'ASSESS_45WD_PCT', 202.0, 248.0, 81.5, false, null, null, '951-2026-08.csv', null, 5, '2026-11-29 12:33:09.3211', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('951', '2026-08', 'month', 'REREFERRAL_PCT', 61.0, 292.0, 20.9, false, null, null, '951-2026-08.csv', null, 3, '2026-11-29 12:33:09.3211', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('951', '2026-09', 'month', 'ASSESS_45WD_PCT', 193.0, 233.0, 82.8, false, null, null, '951-2026-09.csv', null, 5, '2026-11-29 12:33:09.365028', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('951', '2026-09', 'month', 'REREFERRAL_PCT', 55.0, 274.0, 20.1, false, null, null, '951-2026-09.csv', null, 3, '2026-11-29 12:33:09.365028', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('951', '2026-10', 'month', 'ASSESS_45WD_PCT', 223.0, 256.0, 87.1, false, null, null, '951-2026-10.csv', null, 5, '2026-11-29 12:33:09.405493', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('951', '2026-10', 'month', 'REREFERRAL_PCT', 58.0, 301.0, 19.3, false, null, null, '951-2026-10.csv', null, 3, '2026-11-29 12:33:09.405493', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('975', '2026-08', 'month', 'ASSESS_45WD_PCT', 158.0, 271.0, 58.3, false, null, null, '975-2026-08.csv', null, 5, '2026-11-29 12:33:09.355935', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('975', '2026-08', 'month', 'REREFERRAL_PCT', 100.0, 319.0, 31.3, false, null, null, '975-2026-08.csv', null, 3, '2026-11-29 12:33:09.355935', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('975', '2026-09', 'month', 'ASSESS_45WD_PCT', 163.0, 277.0, 58.8, false, null, null, '975-2026-09.csv', null, 5, '2026-11-29 12:33:09.396814', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('975', '2026-09', 'month', 'REREFERRAL_PCT', 102.0, 326.0, 31.3, false, null, null, '975-2026-09.csv', null, 3, '2026-11-29 12:33:09.396814', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('975', '2026-10', 'month', 'ASSESS_45WD_PCT', 147.0, 297.0, 49.5, false, null, null, '975-2026-10.csv', null, 5, '2026-11-29 12:33:09.441238', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('975', '2026-10', 'month', 'REREFERRAL_PCT', 116.0, 349.0, 33.2, false, null, null, '975-2026-10.csv', null, 3, '2026-11-29 12:33:09.441238', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('975', '2026-Q2', 'quarter', 'SW_VACANCY_PCT', null, null, 12.0, false, null, null, '975-2026-Q2.csv', null, 2, '2026-11-29 12:33:09.3211', 1, 1, '2026-04-01', '2026-06-30', '2026-08-05', 'return'),
  ('951', '2026-Q2', 'quarter', 'SW_VACANCY_PCT', null, null, 15.0, false, null, null, '951-2026-Q2.csv', null, 2, '2026-11-29 12:33:09.3211', 1, 1, '2026-04-01', '2026-06-30', '2026-09-20', 'return'),
  ('951', '2025', 'year', 'CIN_RATE', null, null, 350.0, false, null, null, '951-2025.csv', null, 2, '2026-11-29 12:33:09.3211', 1, 1, '2024-04-01', '2025-03-31', '2026-09-20', 'return');
create table core.authorities (la_code varchar, ons_code varchar, la_name varchar, region_code varchar, region_name varchar, opened_on date, closed_on date, synthetic boolean, population_0_17 bigint, population_year integer);
insert into core.authorities values
  ('951', 'E06900001', 'Ashby Moor', 'E12900001', 'North Fells', '2009-04-01', null, true, 71967, 2026),
  ('975', 'E06900025', 'Dunecliffe', 'E12900003', 'South Coast', '2009-04-01', null, true, 62086, 2026);
create table ref.authorities (ons_code varchar, dfe_code varchar, la_name varchar, region_code varchar, opened_on date, closed_on date, status varchar, entity varchar, source_sha256 varchar);
insert into ref.authorities values
  ('E06900001', '951', 'Ashby Moor', 'E12900001', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900002', '952', 'Blackwater', 'E12900001', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900003', '953', 'Carrick Fell', 'E12900001', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900004', '954', 'Dunmere', 'E12900001', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900005', '955', 'Eskdale Vale', 'E12900001', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900006', '956', 'Fellhaven', 'E12900001', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900007', '957', 'Greyburn', 'E12900001', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900008', '958', 'Harrowgate Moor', 'E12900001', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900009', '959', 'Ironbridge Fells', 'E12900001', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900010', '960', 'Kelderby', 'E12900001', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900011', '961', 'Larchfield', 'E12900002', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900012', '962', 'Marlbrook', 'E12900002', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900013', '963', 'Netherton Vale', 'E12900002', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900014', '964', 'Oakhampstead', 'E12900002', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900015', '965', 'Pennywell', 'E12900002', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900016', '966', 'Quarrington', 'E12900002', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900017', '967', 'Redmarsh', 'E12900002', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900018', '968', 'Stoneleigh', 'E12900002', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900019', '969', 'Thornbury Vale', 'E12900002', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900020', '970', 'Upton Marsh', 'E12900002', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900021', '971', 'Westerleigh', 'E12900003', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900022', '972', 'Saltcombe', 'E12900003', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900023', '973', 'Brightsea', 'E12900003', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900024', '974', 'Chalkhaven', 'E12900003', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900025', '975', 'Dunecliffe', 'E12900003', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900026', '976', 'Ebbsfleet Bay', 'E12900003', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900027', '977', 'Foxhollow', 'E12900003', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900028', '978', 'Gullhaven', 'E12900003', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900029', '979', 'Harbourne', 'E12900003', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee'),
  ('E06900030', '980', 'Kingsbay', 'E12900003', '2009-04-01', null, 'live', 'Synthetic demonstration authority', '99eb9989dbbc35e50f58e9d40608c8fe504d9076dee87634946abdfb0636b0ee');
create table raw.return_values (file_sha256 varchar, sheet varchar, row_number integer, la_code varchar, la_code_given varchar, period varchar, period_type varchar, indicator varchar, numerator bigint, denominator bigint, value double, status varchar, comment varchar, received_at timestamp);
insert into raw.return_values values
  ('67a9ab2956e488b6a42614622e03b73111f8ecf96534ff1829f8b5cb862d6cd8', null, 3, '975', '975', '2026-09', 'month', 'REREFERRAL_PCT', 102, 326, 31.3, null, null, '2026-11-29 12:33:09.396814'),
  ('67a9ab2956e488b6a42614622e03b73111f8ecf96534ff1829f8b5cb862d6cd8', null, 5, '975', '975', '2026-09', 'month', 'ASSESS_45WD_PCT', 163, 277, 58.8, null, null, '2026-11-29 12:33:09.396814'),
  ('865abad865c2b34c70316aec22f8bbaf66b1d9619e7bc7b6c3331d61fed59e92', null, 3, '951', '951', '2026-08', 'month', 'REREFERRAL_PCT', 61, 292, 20.9, null, null, '2026-11-29 12:33:09.3211'),
  ('865abad865c2b34c70316aec22f8bbaf66b1d9619e7bc7b6c3331d61fed59e92', null, 5, '951', '951', '2026-08', 'month', 'ASSESS_45WD_PCT', 202, 248, 81.5, null, null, '2026-11-29 12:33:09.3211'),
  ('9664e1945266dcef44c94ff14c9cb3c37b3e4a9d36f06ea4ad90802c720fd9cc', null, 3, '951', '951', '2026-10', 'month', 'REREFERRAL_PCT', 58, 301, 19.3, null, null, '2026-11-29 12:33:09.405493'),
  ('9664e1945266dcef44c94ff14c9cb3c37b3e4a9d36f06ea4ad90802c720fd9cc', null, 5, '951', '951', '2026-10', 'month', 'ASSESS_45WD_PCT', 223, 256, 87.1, null, null, '2026-11-29 12:33:09.405493'),
  ('974a864f3142d014a7bc7a792f4a9fd16c18f9ea23b1c71d5c011798e2652246', null, 3, '951', '951', '2026-09', 'month', 'REREFERRAL_PCT', 55, 274, 20.1, null, null, '2026-11-29 12:33:09.365028'),
  ('974a864f3142d014a7bc7a792f4a9fd16c18f9ea23b1c71d5c011798e2652246', null, 5, '951', '951', '2026-09', 'month', 'ASSESS_45WD_PCT', 193, 233, 82.8, null, null, '2026-11-29 12:33:09.365028'),
  ('c850b0d1789dbe6ac63358f24314e599fcd4f77a4fc483db5a97df15d01d6a5a', null, 3, '975', '975', '2026-10', 'month', 'REREFERRAL_PCT', 116, 349, 33.2, null, null, '2026-11-29 12:33:09.441238'),
  ('c850b0d1789dbe6ac63358f24314e599fcd4f77a4fc483db5a97df15d01d6a5a', null, 5, '975', '975', '2026-10', 'month', 'ASSESS_45WD_PCT', 147, 297, 49.5, null, null, '2026-11-29 12:33:09.441238'),
  ('e341716ad76f53dd65844a68c44a7b670f283d0ae11fbfa6bd2e850544a6f272', null, 3, '975', '975', '2026-08', 'month', 'REREFERRAL_PCT', 100, 319, 31.3, null, null, '2026-11-29 12:33:09.355935'),
  ('e341716ad76f53dd65844a68c44a7b670f283d0ae11fbfa6bd2e850544a6f272', null, 5, '975', '975', '2026-08', 'month', 'ASSESS_45WD_PCT', 158, 271, 58.3, null, null, '2026-11-29 12:33:09.355935'),
  ('q975', null, 2, '975', '975', '2026-Q2', 'quarter', 'SW_VACANCY_PCT', null, null, 12.0, null, null, '2026-08-06 09:00:00'),
  ('q951', null, 2, '951', '951', '2026-Q2', 'quarter', 'SW_VACANCY_PCT', null, null, 15.0, null, null, '2026-09-21 09:00:00'),
  ('y951', null, 2, '951', '951', '2025', 'year', 'CIN_RATE', null, null, 350.0, null, null, '2026-09-21 09:00:00');
create table raw.files (sha256 varchar, original_name varchar, kind varchar, archived_path varchar, size_bytes bigint, container varchar, layout varchar, encoding varchar, outcome varchar, rows_received integer, rows_accepted integer, rows_rejected integer, file_modified_at timestamp, received_at timestamp, job_execution_id bigint);
insert into raw.files values
  ('4260b42054acde6d3cbbd91a0c68357757695244a1078287a054d20986c84cb3', 'notes-2026-10.csv', 'notes', 'var/work/archive/42/4260b42054acde6d3cbbd91a0c68357757695244a1078287a054d20986c84cb3.csv', 6928, 'csv', 'notes', null, 'loaded', 39, 37, 2, '2026-11-05 12:00:00.0', '2026-11-29 12:33:09.571834', 1),
  ('67a9ab2956e488b6a42614622e03b73111f8ecf96534ff1829f8b5cb862d6cd8', '975-2026-09.csv', 'returns', 'var/work/archive/67/67a9ab2956e488b6a42614622e03b73111f8ecf96534ff1829f8b5cb862d6cd8.csv', 783, 'csv', 'long', 'UTF-8', 'loaded', 18, 18, 0, '2026-10-10 12:00:00.0', '2026-11-29 12:33:09.396814', 1),
  ('865abad865c2b34c70316aec22f8bbaf66b1d9619e7bc7b6c3331d61fed59e92', '951-2026-08.csv', 'returns', 'var/work/archive/86/865abad865c2b34c70316aec22f8bbaf66b1d9619e7bc7b6c3331d61fed59e92.csv', 783, 'csv', 'long', 'UTF-8', 'loaded', 18, 18, 0, '2026-09-10 12:00:00.0', '2026-11-29 12:33:09.3211', 1),
  ('9664e1945266dcef44c94ff14c9cb3c37b3e4a9d36f06ea4ad90802c720fd9cc', '951-2026-10.csv', 'returns', 'var/work/archive/96/9664e1945266dcef44c94ff14c9cb3c37b3e4a9d36f06ea4ad90802c720fd9cc.csv', 782, 'csv', 'long', 'UTF-8', 'loaded', 18, 18, 0, '2026-11-10 12:00:00.0', '2026-11-29 12:33:09.405493', 1),
  ('974a864f3142d014a7bc7a792f4a9fd16c18f9ea23b1c71d5c011798e2652246', '951-2026-09.csv', 'returns', 'var/work/archive/97/974a864f3142d014a7bc7a792f4a9fd16c18f9ea23b1c71d5c011798e2652246.csv', 782, 'csv', 'long', 'UTF-8', 'loaded', 18, 18, 0, '2026-10-10 12:00:00.0', '2026-11-29 12:33:09.365028', 1),
  ('c850b0d1789dbe6ac63358f24314e599fcd4f77a4fc483db5a97df15d01d6a5a', '975-2026-10.csv', 'returns', 'var/work/archive/c8/c850b0d1789dbe6ac63358f24314e599fcd4f77a4fc483db5a97df15d01d6a5a.csv', 783, 'csv', 'long', 'UTF-8', 'loaded', 18, 18, 0, '2026-11-10 12:00:00.0', '2026-11-29 12:33:09.441238', 1),
  ('dfbebe1ca127e5fcf9e29850fb881700138eda5905d4f4f6e1deb3c5f8738f35', 'notes-2026-10-update.csv', 'notes', 'var/work/archive/df/dfbebe1ca127e5fcf9e29850fb881700138eda5905d4f4f6e1deb3c5f8738f35.csv', 432, 'csv', 'notes', null, 'loaded', 2, 2, 0, '2026-11-15 12:00:00.0', '2026-11-29 12:33:09.554546', 1),
  ('e341716ad76f53dd65844a68c44a7b670f283d0ae11fbfa6bd2e850544a6f272', '975-2026-08.csv', 'returns', 'var/work/archive/e3/e341716ad76f53dd65844a68c44a7b670f283d0ae11fbfa6bd2e850544a6f272.csv', 784, 'csv', 'long', 'UTF-8', 'loaded', 18, 18, 0, '2026-09-10 12:00:00.0', '2026-11-29 12:33:09.355935', 1),
  ('q975', '975-2026-Q2.csv', 'returns', 'archive/q975.csv', 100, 'csv', 'long', 'UTF-8', 'loaded', 1, 1, 0, '2026-08-05 12:00:00', '2026-08-06 09:00:00', 1),
  ('q951', '951-2026-Q2.csv', 'returns', 'archive/q951.csv', 100, 'csv', 'long', 'UTF-8', 'loaded', 1, 1, 0, '2026-09-20 12:00:00', '2026-09-21 09:00:00', 1),
  ('y951', '951-2025.csv', 'returns', 'archive/y951.csv', 100, 'csv', 'long', 'UTF-8', 'loaded', 1, 1, 0, '2026-09-20 12:00:00', '2026-09-21 09:00:00', 1);
create table ref.settings (key varchar, value varchar);
insert into ref.settings values
  ('data.backfill_after_days', '180'),
  ('data.late_after_days', '28');
-- expect: la_code | period | expected | due_days | due_on | first_received_at | days_late | timeliness | period_type
-- 951 | 2025 | 1 | 28 | 2025-04-28 | 2026-09-20 12:00:00.0 | 510 | historical | year
-- 951 | 2026-08 | 2 | 28 | 2026-09-28 | 2026-09-10 12:00:00.0 | null | on time | month
-- 951 | 2026-09 | 2 | 28 | 2026-10-28 | 2026-10-10 12:00:00.0 | null | on time | month
-- 951 | 2026-10 | 2 | 28 | 2026-11-28 | 2026-11-10 12:00:00.0 | null | on time | month
-- 951 | 2026-Q2 | 1 | 28 | 2026-07-28 | 2026-09-20 12:00:00.0 | 54 | late | quarter
-- 975 | 2026-08 | 2 | 28 | 2026-09-28 | 2026-09-10 12:00:00.0 | null | on time | month
-- 975 | 2026-09 | 2 | 28 | 2026-10-28 | 2026-10-10 12:00:00.0 | null | on time | month
-- 975 | 2026-10 | 2 | 28 | 2026-11-28 | 2026-11-10 12:00:00.0 | null | on time | month
-- 975 | 2026-Q2 | 1 | 42 | 2026-08-11 | 2026-08-05 12:00:00.0 | null | on time | quarter
