-- Given/expected test of core.authorities (schemas/tests/README.md): a slice of the demo
-- warehouse (las 951,952,975, limit 30) and the exact rows the model makes of it.
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
create table ref.regions (region_code varchar, region_name varchar, source_sha256 varchar);
insert into ref.regions values
  ('E12900001', 'North Fells', 'b88a9a967152f5c031f53c8c09879bcb70d63c2735cde5445181a87bd3908fb3'),
  ('E12900002', 'Midland Vales', 'b88a9a967152f5c031f53c8c09879bcb70d63c2735cde5445181a87bd3908fb3'),
  ('E12900003', 'South Coast', 'b88a9a967152f5c031f53c8c09879bcb70d63c2735cde5445181a87bd3908fb3');
create table ref.population (year integer, geographic_level varchar, area_code varchar, population bigint, source_sha256 varchar);
insert into ref.population values
  (2022, 'Local authority', '951', 70816, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '952', 53644, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '953', 87768, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '954', 24794, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '955', 106973, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '956', 37453, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '957', 94013, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '958', 31213, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '959', 41859, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '960', 109069, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '961', 49060, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '962', 100886, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '963', 99238, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '964', 57919, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '965', 91771, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '966', 49451, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '967', 91227, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '968', 101046, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '969', 70957, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '970', 54440, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '971', 86963, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '972', 24619, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '973', 32315, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '974', 88139, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '975', 61093, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '976', 64363, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '977', 56466, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '978', 58922, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '979', 28993, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563'),
  (2022, 'Local authority', '980', 103645, 'b60b424ebb6699381a243b4efd8275fe08bbbab4fb54e8c7076b826dba15b563');
-- expect: la_code | ons_code | la_name | region_code | region_name | opened_on | closed_on | synthetic | population_0_17 | population_year
-- 951 | E06900001 | Ashby Moor | E12900001 | North Fells | 2009-04-01 | null | true | 70816 | 2022
-- 952 | E06900002 | Blackwater | E12900001 | North Fells | 2009-04-01 | null | true | 53644 | 2022
-- 953 | E06900003 | Carrick Fell | E12900001 | North Fells | 2009-04-01 | null | true | 87768 | 2022
-- 954 | E06900004 | Dunmere | E12900001 | North Fells | 2009-04-01 | null | true | 24794 | 2022
-- 955 | E06900005 | Eskdale Vale | E12900001 | North Fells | 2009-04-01 | null | true | 106973 | 2022
-- 956 | E06900006 | Fellhaven | E12900001 | North Fells | 2009-04-01 | null | true | 37453 | 2022
-- 957 | E06900007 | Greyburn | E12900001 | North Fells | 2009-04-01 | null | true | 94013 | 2022
-- 958 | E06900008 | Harrowgate Moor | E12900001 | North Fells | 2009-04-01 | null | true | 31213 | 2022
-- 959 | E06900009 | Ironbridge Fells | E12900001 | North Fells | 2009-04-01 | null | true | 41859 | 2022
-- 960 | E06900010 | Kelderby | E12900001 | North Fells | 2009-04-01 | null | true | 109069 | 2022
-- 961 | E06900011 | Larchfield | E12900002 | Midland Vales | 2009-04-01 | null | true | 49060 | 2022
-- 962 | E06900012 | Marlbrook | E12900002 | Midland Vales | 2009-04-01 | null | true | 100886 | 2022
-- 963 | E06900013 | Netherton Vale | E12900002 | Midland Vales | 2009-04-01 | null | true | 99238 | 2022
-- 964 | E06900014 | Oakhampstead | E12900002 | Midland Vales | 2009-04-01 | null | true | 57919 | 2022
-- 965 | E06900015 | Pennywell | E12900002 | Midland Vales | 2009-04-01 | null | true | 91771 | 2022
-- 966 | E06900016 | Quarrington | E12900002 | Midland Vales | 2009-04-01 | null | true | 49451 | 2022
-- 967 | E06900017 | Redmarsh | E12900002 | Midland Vales | 2009-04-01 | null | true | 91227 | 2022
-- 968 | E06900018 | Stoneleigh | E12900002 | Midland Vales | 2009-04-01 | null | true | 101046 | 2022
-- 969 | E06900019 | Thornbury Vale | E12900002 | Midland Vales | 2009-04-01 | null | true | 70957 | 2022
-- 970 | E06900020 | Upton Marsh | E12900002 | Midland Vales | 2009-04-01 | null | true | 54440 | 2022
-- 971 | E06900021 | Westerleigh | E12900003 | South Coast | 2009-04-01 | null | true | 86963 | 2022
-- 972 | E06900022 | Saltcombe | E12900003 | South Coast | 2009-04-01 | null | true | 24619 | 2022
-- 973 | E06900023 | Brightsea | E12900003 | South Coast | 2009-04-01 | null | true | 32315 | 2022
-- 974 | E06900024 | Chalkhaven | E12900003 | South Coast | 2009-04-01 | null | true | 88139 | 2022
-- 975 | E06900025 | Dunecliffe | E12900003 | South Coast | 2009-04-01 | null | true | 61093 | 2022
-- 976 | E06900026 | Ebbsfleet Bay | E12900003 | South Coast | 2009-04-01 | null | true | 64363 | 2022
-- 977 | E06900027 | Foxhollow | E12900003 | South Coast | 2009-04-01 | null | true | 56466 | 2022
-- 978 | E06900028 | Gullhaven | E12900003 | South Coast | 2009-04-01 | null | true | 58922 | 2022
-- 979 | E06900029 | Harbourne | E12900003 | South Coast | 2009-04-01 | null | true | 28993 | 2022
-- 980 | E06900030 | Kingsbay | E12900003 | South Coast | 2009-04-01 | null | true | 103645 | 2022
