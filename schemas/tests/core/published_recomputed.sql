-- Given/expected test of core.published_recomputed (schemas/tests/README.md): a slice of the demo
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
create table core.published_values (publication varchar, time_period varchar, geographic_level varchar, area_code varchar, area_ons_code varchar, area_name varchar, parent_area_code varchar, indicator varchar, numerator double, denominator double, published_value double, value_decimals integer, recomputed_value double, value double, status varchar, source_file varchar, source_row integer, received_at timestamp, version bigint);
insert into core.published_values values
  ('c1_referrals', '2024', 'Local authority', '390', 'E08000037', 'Gateshead', 'E12000001', 'REREFERRAL_PCT', 270.0, 1630.0, 16.6, 1, 16.56441717791411, 16.6, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 181, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '391', 'E08000021', 'Newcastle upon Tyne', 'E12000001', 'REREFERRAL_PCT', 700.0, 2992.0, 23.4, 1, 23.39572192513369, 23.4, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 184, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '392', 'E08000022', 'North Tyneside', 'E12000001', 'REREFERRAL_PCT', 581.0, 2305.0, 25.2, 1, 25.206073752711493, 25.2, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 185, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '393', 'E08000023', 'South Tyneside', 'E12000001', 'REREFERRAL_PCT', 466.0, 2041.0, 22.8, 1, 22.831945124938755, 22.8, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 188, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '394', 'E08000024', 'Sunderland', 'E12000001', 'REREFERRAL_PCT', 640.0, 3299.0, 19.4, 1, 19.399818126705064, 19.4, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 190, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '805', 'E06000001', 'Hartlepool', 'E12000001', 'REREFERRAL_PCT', 546.0, 2190.0, 24.9, 1, 24.93150684931507, 24.9, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 182, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '806', 'E06000002', 'Middlesbrough', 'E12000001', 'REREFERRAL_PCT', 709.0, 2797.0, 25.3, 1, 25.348587772613513, 25.3, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 183, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '807', 'E06000003', 'Redcar and Cleveland', 'E12000001', 'REREFERRAL_PCT', 232.0, 1556.0, 14.9, 1, 14.910025706940875, 14.9, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 187, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '808', 'E06000004', 'Stockton-on-Tees', 'E12000001', 'REREFERRAL_PCT', 1221.0, 4031.0, 30.3, 1, 30.290250558174147, 30.3, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 189, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '840', 'E06000047', 'County Durham', 'E12000001', 'REREFERRAL_PCT', 792.0, 4668.0, 17.0, 0, 16.966580976863753, 17.0, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 179, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '841', 'E06000005', 'Darlington', 'E12000001', 'REREFERRAL_PCT', 356.0, 1539.0, 23.1, 1, 23.131903833658217, 23.1, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 180, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Local authority', '929', 'E06000057', 'Northumberland', 'E12000001', 'REREFERRAL_PCT', 602.0, 3001.0, 20.1, 1, 20.059980006664446, 20.1, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 186, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'National', 'E92000001', 'E92000001', 'England', null, 'REREFERRAL_PCT', 139080.0, 621880.0, 22.4, 1, 22.364443300958385, 22.4, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 167, '2026-11-29 11:04:42.759589', 1),
  ('c1_referrals', '2024', 'Regional', 'E12000001', 'E12000001', 'North East', null, 'REREFERRAL_PCT', 7120.0, 32050.0, 22.2, 1, 22.215288611544462, 22.2, null, 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 168, '2026-11-29 11:04:42.759589', 1);
create table ref.indicators (code varchar, label varchar, unit varchar, polarity varchar, measure varchar, scale double, definition varchar, sort_order integer);
insert into ref.indicators values
  ('REREFERRAL_PCT', 'Re-referrals within 12 months', '%', 'low', 'percent', 100.0, 'referrals within 12 months of a previous referral', 2);
-- expect: area_code | area_level | time_period | indicator | recomputed_value | denominator_sum | scale | inputs_fractional | authority_rows | authority_rows_without_numbers | authorities_without_numbers
-- E12000001 | Regional | 2024 | REREFERRAL_PCT | 22.2003807 | 32049 | 100 | false | 12 | 0 | null
-- E92000001 | National | 2024 | REREFERRAL_PCT | 22.2003807 | 32049 | 100 | false | 12 | 0 | null
