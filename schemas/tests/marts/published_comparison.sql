-- Given/expected test of marts.published_comparison (schemas/tests/README.md): a slice of the demo
-- warehouse (areas 390,390,391,392,393,394,805,806,807,808,840,841,929,929,E12000001,E92000001, las 390,390,391,392,393,394,805,806,807,808,840,841,929,929, periods 2024..2024, indicators REREFERRAL_PCT, limit 40) and the exact rows the model makes of it.
create table ref.authorities (ons_code varchar, dfe_code varchar, la_name varchar, region_code varchar, opened_on date, closed_on date, status varchar, entity varchar, source_sha256 varchar);
insert into ref.authorities values
  ('E06000001', '805', 'Hartlepool', 'E12000001', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000002', '806', 'Middlesbrough', 'E12000001', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000003', '807', 'Redcar and Cleveland', 'E12000001', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000004', '808', 'Stockton-on-Tees', 'E12000001', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000005', '841', 'Darlington', 'E12000001', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000006', '876', 'Halton', 'E12000002', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000007', '877', 'Warrington', 'E12000002', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000008', '889', 'Blackburn with Darwen', 'E12000002', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000009', '890', 'Blackpool', 'E12000002', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000010', '810', 'Kingston upon Hull, City of', 'E12000003', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000011', '811', 'East Riding of Yorkshire', 'E12000003', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000012', '812', 'North East Lincolnshire', 'E12000003', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000013', '813', 'North Lincolnshire', 'E12000003', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000014', '816', 'York', 'E12000003', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000015', '831', 'Derby', 'E12000004', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000016', '856', 'Leicester', 'E12000004', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000017', '857', 'Rutland', 'E12000004', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000018', '892', 'Nottingham', 'E12000004', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000019', '884', 'Herefordshire, County of', 'E12000005', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000020', '894', 'Telford and Wrekin', 'E12000005', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000021', '861', 'Stoke-on-Trent', 'E12000005', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000022', '800', 'Bath and North East Somerset', 'E12000009', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000023', '801', 'Bristol, City of', 'E12000009', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000024', '802', 'North Somerset', 'E12000009', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000025', '803', 'South Gloucestershire', 'E12000009', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000026', '879', 'Plymouth', 'E12000009', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000027', '880', 'Torbay', 'E12000009', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000028', '837', 'Bournemouth', 'E12000009', '2009-01-01', '2019-03-31', 'terminated', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000029', '836', 'Poole', 'E12000009', '2009-01-01', '2019-03-31', 'terminated', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000030', '866', 'Swindon', 'E12000009', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000031', '874', 'Peterborough', 'E12000006', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000032', '821', 'Luton', 'E12000006', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000033', '882', 'Southend-on-Sea', 'E12000006', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000034', '883', 'Thurrock', 'E12000006', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000035', '887', 'Medway', 'E12000008', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000036', '867', 'Bracknell Forest', 'E12000008', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000037', '869', 'West Berkshire', 'E12000008', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000038', '870', 'Reading', 'E12000008', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000039', '871', 'Slough', 'E12000008', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea'),
  ('E06000040', '868', 'Windsor and Maidenhead', 'E12000008', '2009-01-01', null, 'live', 'Unitary Authorities', '8440ae06cc5ddef0df73520b35d09576397e365ee0f7b2397016ddd7303b6eea');
create table core.published_values (publication varchar, time_period varchar, period varchar, period_start date, period_end date, known_at date, geographic_level varchar, area_code varchar, area_ons_code varchar, area_name varchar, parent_area_code varchar, indicator varchar, numerator double, denominator double, published_value double, value_decimals integer, recomputed_value double, value double, status varchar, source_file varchar, source_row integer, received_at timestamp, version bigint, versions bigint);
insert into core.published_values values
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '390', 'E08000037', 'Gateshead', 'E12000001', 'REREFERRAL_PCT', 270.0, 1630.0, 16.6, 1, 16.56441717791411, 16.6, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 181, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '391', 'E08000021', 'Newcastle upon Tyne', 'E12000001', 'REREFERRAL_PCT', 700.0, 2992.0, 23.4, 1, 23.39572192513369, 23.4, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 184, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '392', 'E08000022', 'North Tyneside', 'E12000001', 'REREFERRAL_PCT', 581.0, 2305.0, 25.2, 1, 25.206073752711493, 25.2, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 185, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '393', 'E08000023', 'South Tyneside', 'E12000001', 'REREFERRAL_PCT', 466.0, 2041.0, 22.8, 1, 22.831945124938755, 22.8, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 188, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '394', 'E08000024', 'Sunderland', 'E12000001', 'REREFERRAL_PCT', 640.0, 3299.0, 19.4, 1, 19.399818126705064, 19.4, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 190, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '805', 'E06000001', 'Hartlepool', 'E12000001', 'REREFERRAL_PCT', 546.0, 2190.0, 24.9, 1, 24.93150684931507, 24.9, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 182, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '806', 'E06000002', 'Middlesbrough', 'E12000001', 'REREFERRAL_PCT', 709.0, 2797.0, 25.3, 1, 25.348587772613513, 25.3, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 183, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '807', 'E06000003', 'Redcar and Cleveland', 'E12000001', 'REREFERRAL_PCT', 232.0, 1556.0, 14.9, 1, 14.910025706940875, 14.9, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 187, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '808', 'E06000004', 'Stockton-on-Tees', 'E12000001', 'REREFERRAL_PCT', 1221.0, 4031.0, 30.3, 1, 30.290250558174147, 30.3, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 189, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '840', 'E06000047', 'County Durham', 'E12000001', 'REREFERRAL_PCT', 792.0, 4668.0, 17.0, 0, 16.966580976863753, 17.0, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 179, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '841', 'E06000005', 'Darlington', 'E12000001', 'REREFERRAL_PCT', 356.0, 1539.0, 23.1, 1, 23.131903833658217, 23.1, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 180, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Local authority', '929', 'E06000057', 'Northumberland', 'E12000001', 'REREFERRAL_PCT', 602.0, 3001.0, 20.1, 1, 20.059980006664446, 20.1, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 186, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'National', 'E92000001', 'E92000001', 'England', null, 'REREFERRAL_PCT', 139080.0, 621880.0, 22.4, 1, 22.364443300958385, 22.4, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 167, '2026-11-29 12:33:21.176219', 1, 1),
  ('c1_referrals', '2024', '2024', '2023-04-01', '2024-03-31', '2024-11-30', 'Regional', 'E12000001', 'E12000001', 'North East', null, 'REREFERRAL_PCT', 7120.0, 32050.0, 22.2, 1, 22.215288611544462, 22.2, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 168, '2026-11-29 12:33:21.176219', 1, 1);
create table ref.indicators (code varchar, label varchar, unit varchar, polarity varchar, measure varchar, scale double, definition varchar, sort_order integer);
insert into ref.indicators values
  ('REREFERRAL_PCT', 'Re-referrals within 12 months', '%', 'low', 'percent', 100.0, 'referrals within 12 months of a previous referral', 2);
create table ref.neighbours (model_version varchar, la_code varchar, rank integer, neighbour_code varchar, closeness varchar, source_sha256 varchar);
insert into ref.neighbours values
  ('2025', '390', 1, '841', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '390', 3, '393', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '390', 5, '808', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '390', 6, '840', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '390', 7, '807', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '390', 8, '394', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '391', 3, '806', 'Close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '392', 3, '808', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '392', 5, '841', 'Close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '392', 9, '390', 'Close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '393', 1, '394', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '393', 2, '807', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '393', 3, '390', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '393', 4, '805', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '393', 5, '840', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '393', 10, '841', 'Close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '394', 1, '807', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '394', 2, '393', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '394', 3, '805', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '394', 7, '390', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '394', 8, '840', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '805', 1, '807', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '805', 2, '394', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '805', 3, '393', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '805', 5, '806', 'Close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '805', 6, '390', 'Close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '805', 7, '840', 'Close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '806', 2, '805', 'Close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '806', 5, '391', 'Close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '806', 8, '393', 'Close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '807', 1, '394', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '807', 2, '393', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '807', 3, '805', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '807', 5, '390', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '807', 6, '840', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '808', 1, '841', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '808', 4, '390', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '808', 7, '840', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '840', 3, '390', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22'),
  ('2025', '840', 4, '807', 'Very close', '948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22');
create table ref.regions (region_code varchar, region_name varchar, source_sha256 varchar);
insert into ref.regions values
  ('E12000001', 'North East', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad'),
  ('E12000002', 'North West', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad'),
  ('E12000003', 'Yorkshire and The Humber', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad'),
  ('E12000004', 'East Midlands', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad'),
  ('E12000005', 'West Midlands', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad'),
  ('E12000006', 'East of England', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad'),
  ('E12000007', 'London', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad'),
  ('E12000008', 'South East', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad'),
  ('E12000009', 'South West', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad'),
  ('E13000001', 'Inner London', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad'),
  ('E13000002', 'Outer London', '04924d637fe32fcc9e9a340f89e1816cc07a0209f08e5ed8103a616c74bf47ad');
-- expect: la_code | la_name | region_code | region_name | period | indicator | indicator_label | unit | polarity | value | numerator | denominator | status | england_value | region_value | neighbours_median | neighbours_mean | neighbours_reporting | neighbour_model_version | previous_year_value | quartile_band | joint_return
-- 390 | Gateshead | null | null | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 16.6 | 270 | 1630 | null | 22.4 | null | 21.1 | 21.25 | 6 | 2025 | null | 1 | false
-- 391 | Newcastle upon Tyne | null | null | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 23.4 | 700 | 2992 | null | 22.4 | null | 25.3 | 25.3 | 1 | 2025 | null | 3 | false
-- 392 | North Tyneside | null | null | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 25.2 | 581 | 2305 | null | 22.4 | null | 23.1 | 23.3333333 | 3 | 2025 | null | 4 | false
-- 393 | South Tyneside | null | null | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 22.8 | 466 | 2041 | null | 22.4 | null | 18.2 | 19.3166667 | 6 | 2025 | null | 2 | false
-- 394 | Sunderland | null | null | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 19.4 | 640 | 3299 | null | 22.4 | null | 17 | 19.24 | 5 | 2025 | null | 2 | false
-- 805 | Hartlepool | E12000001 | North East | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 24.9 | 546 | 2190 | null | 22.4 | 22.2 | 18.2 | 19.3333333 | 6 | 2025 | null | 3 | false
-- 806 | Middlesbrough | E12000001 | North East | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 25.3 | 709 | 2797 | null | 22.4 | 22.2 | 23.4 | 23.7 | 3 | 2025 | null | 4 | false
-- 807 | Redcar and Cleveland | E12000001 | North East | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 14.9 | 232 | 1556 | null | 22.4 | 22.2 | 19.4 | 20.14 | 5 | 2025 | null | 1 | false
-- 808 | Stockton-on-Tees | E12000001 | North East | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 30.3 | 1221 | 4031 | null | 22.4 | 22.2 | 17 | 18.9 | 3 | 2025 | null | 4 | false
-- 840 | County Durham | null | null | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 17 | 792 | 4668 | null | 22.4 | null | 15.75 | 15.75 | 2 | 2025 | null | 1 | false
-- 841 | Darlington | E12000001 | North East | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 23.1 | 356 | 1539 | null | 22.4 | 22.2 | null | null | 0 | null | null | 3 | false
-- 929 | Northumberland | null | null | 2024 | REREFERRAL_PCT | Re-referrals within 12 months | % | low | 20.1 | 602 | 3001 | null | 22.4 | null | null | null | 0 | null | null | 2 | false
