-- Given/expected test of marts.support_strengths (schemas/tests/README.md): a slice of the demo
-- warehouse (las 951,952,953,954,955,956, periods 2026-01..2026-10, indicators REREFERRAL_PCT, run_period 2026-10, limit 60) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table ref.settings (key varchar, value varchar);
insert into ref.settings values
  ('support.max_decline', '0.15'),
  ('support.min_periods', '4'),
  ('support.min_standing', '0.6'),
  ('support.stable_periods', '6');
create table core.indicator_values (la_code varchar, period varchar, period_type varchar, indicator varchar, numerator double, denominator double, value double, value_derived boolean, status varchar, comment varchar, source_file varchar, source_sheet varchar, source_row integer, received_at timestamp, version bigint, versions bigint, period_start date, period_end date, known_at date, source varchar);
insert into core.indicator_values values
  ('951', '2026-01', 'month', 'REREFERRAL_PCT', 64.0, 338.0, 18.9, false, null, null, '951-2026-01.csv', null, 3, '2026-11-29 12:33:09.014055', 1, 1, '2026-01-01', '2026-01-31', '2026-02-10', 'return'),
  ('951', '2026-02', 'month', 'REREFERRAL_PCT', 69.0, 333.0, 20.7, false, null, null, '951-2026-02.csv', null, 3, '2026-11-29 12:33:09.059836', 1, 1, '2026-02-01', '2026-02-28', '2026-03-10', 'return'),
  ('951', '2026-03', 'month', 'REREFERRAL_PCT', 59.0, 308.0, 19.2, false, null, null, '951-2026-03.csv', null, 3, '2026-11-29 12:33:09.102431', 1, 1, '2026-03-01', '2026-03-31', '2026-04-10', 'return'),
  ('951', '2026-04', 'month', 'REREFERRAL_PCT', 65.0, 325.0, 20.0, false, null, null, '951-2026-04.csv', null, 3, '2026-11-29 12:33:09.145833', 1, 1, '2026-04-01', '2026-04-30', '2026-05-10', 'return'),
  ('951', '2026-05', 'month', 'REREFERRAL_PCT', 69.0, 339.0, 20.4, false, null, null, '951-2026-05.csv', null, 3, '2026-11-29 12:33:09.188874', 1, 1, '2026-05-01', '2026-05-31', '2026-06-10', 'return'),
  ('951', '2026-06', 'month', 'REREFERRAL_PCT', 47.0, 312.0, 15.1, false, null, null, '951-2026-06.csv', null, 3, '2026-11-29 12:33:09.232109', 1, 1, '2026-06-01', '2026-06-30', '2026-07-10', 'return'),
  ('951', '2026-07', 'month', 'REREFERRAL_PCT', 65.0, 339.0, 19.2, false, null, null, '951-2026-07.csv', null, 3, '2026-11-29 12:33:09.27679', 1, 1, '2026-07-01', '2026-07-31', '2026-08-10', 'return'),
  ('951', '2026-08', 'month', 'REREFERRAL_PCT', 61.0, 292.0, 20.9, false, null, null, '951-2026-08.csv', null, 3, '2026-11-29 12:33:09.3211', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('951', '2026-09', 'month', 'REREFERRAL_PCT', 55.0, 274.0, 20.1, false, null, null, '951-2026-09.csv', null, 3, '2026-11-29 12:33:09.365028', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('951', '2026-10', 'month', 'REREFERRAL_PCT', 58.0, 301.0, 19.3, false, null, null, '951-2026-10.csv', null, 3, '2026-11-29 12:33:09.405493', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('952', '2026-01', 'month', 'REREFERRAL_PCT', 63.0, 231.0, 27.3, false, null, null, '952-2026-01.csv', null, 3, '2026-11-29 12:33:09.015694', 1, 1, '2026-01-01', '2026-01-31', '2026-02-10', 'return'),
  ('952', '2026-02', 'month', 'REREFERRAL_PCT', 44.0, 226.0, 19.5, false, null, null, '952-2026-02.csv', null, 3, '2026-11-29 12:33:09.061331', 1, 1, '2026-02-01', '2026-02-28', '2026-03-10', 'return'),
  ('952', '2026-03', 'month', 'REREFERRAL_PCT', 55.0, 223.0, 24.7, false, null, null, '952-2026-03.csv', null, 3, '2026-11-29 12:33:09.103976', 1, 1, '2026-03-01', '2026-03-31', '2026-04-10', 'return'),
  ('952', '2026-04', 'month', 'REREFERRAL_PCT', 58.0, 242.0, 24.0, false, null, null, '952-2026-04.csv', null, 3, '2026-11-29 12:33:09.147293', 1, 1, '2026-04-01', '2026-04-30', '2026-05-10', 'return'),
  ('952', '2026-05', 'month', 'REREFERRAL_PCT', 44.0, 229.0, 19.2, false, null, null, '952-2026-05.csv', null, 3, '2026-11-29 12:33:09.19031', 1, 1, '2026-05-01', '2026-05-31', '2026-06-10', 'return'),
  ('952', '2026-06', 'month', 'REREFERRAL_PCT', 44.0, 226.0, 19.5, false, null, null, '952-2026-06.csv', null, 3, '2026-11-29 12:33:09.233342', 1, 1, '2026-06-01', '2026-06-30', '2026-07-10', 'return'),
  ('952', '2026-07', 'month', 'REREFERRAL_PCT', 54.0, 229.0, 23.6, false, null, null, '952-2026-07.csv', null, 3, '2026-11-29 12:33:09.278311', 1, 1, '2026-07-01', '2026-07-31', '2026-08-10', 'return'),
  ('952', '2026-08', 'month', 'REREFERRAL_PCT', 47.0, 188.0, 25.0, false, null, null, '952-2026-08.csv', null, 3, '2026-11-29 12:33:09.322607', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('952', '2026-09', 'month', 'REREFERRAL_PCT', 34.0, 212.0, 16.0, false, null, null, '952-2026-09.csv', null, 3, '2026-11-29 12:33:09.366421', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('952', '2026-10', 'month', 'REREFERRAL_PCT', 32.0, 191.0, 16.8, false, null, null, '952-2026-10.csv', null, 3, '2026-11-29 12:33:09.406916', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('953', '2026-01', 'month', 'REREFERRAL_PCT', 84.0, 417.0, 20.1, false, null, null, '953-2026-01.csv', null, 3, '2026-11-29 12:33:09.017124', 1, 1, '2026-01-01', '2026-01-31', '2026-02-10', 'return'),
  ('953', '2026-02', 'month', 'REREFERRAL_PCT', 87.0, 407.0, 21.4, false, null, null, '953-2026-02.csv', null, 3, '2026-11-29 12:33:09.062785', 1, 1, '2026-02-01', '2026-02-28', '2026-03-10', 'return'),
  ('953', '2026-03', 'month', 'REREFERRAL_PCT', 96.0, 445.0, 21.6, false, null, null, '953-2026-03.csv', null, 3, '2026-11-29 12:33:09.10544', 1, 1, '2026-03-01', '2026-03-31', '2026-04-10', 'return'),
  ('953', '2026-04', 'month', 'REREFERRAL_PCT', 110.0, 425.0, 25.9, false, null, null, '953-2026-04.csv', null, 3, '2026-11-29 12:33:09.148728', 1, 1, '2026-04-01', '2026-04-30', '2026-05-10', 'return'),
  ('953', '2026-05', 'month', 'REREFERRAL_PCT', 104.0, 479.0, 21.7, false, null, null, '953-2026-05.csv', null, 3, '2026-11-29 12:33:09.191727', 1, 1, '2026-05-01', '2026-05-31', '2026-06-10', 'return'),
  ('953', '2026-06', 'month', 'REREFERRAL_PCT', 107.0, 472.0, 22.7, false, null, null, '953-2026-06.csv', null, 3, '2026-11-29 12:33:09.234778', 1, 1, '2026-06-01', '2026-06-30', '2026-07-10', 'return'),
  ('953', '2026-07', 'month', 'REREFERRAL_PCT', 103.0, 433.0, 23.8, false, null, null, '953-2026-07.csv', null, 3, '2026-11-29 12:33:09.279677', 1, 1, '2026-07-01', '2026-07-31', '2026-08-10', 'return'),
  ('953', '2026-08', 'month', 'REREFERRAL_PCT', 90.0, 381.0, 23.6, false, null, null, '953-2026-08.csv', null, 3, '2026-11-29 12:33:09.324121', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('953', '2026-09', 'month', 'REREFERRAL_PCT', 83.0, 387.0, 21.4, false, null, null, '953-2026-09.csv', null, 3, '2026-11-29 12:33:09.367878', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('953', '2026-10', 'month', 'REREFERRAL_PCT', 101.0, 374.0, 27.0, false, null, null, '953-2026-10.csv', null, 3, '2026-11-29 12:33:09.409857', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('954', '2026-01', 'month', 'REREFERRAL_PCT', 27.0, 114.0, 23.7, false, null, null, '954-2026-01.csv', null, 3, '2026-11-29 12:33:09.018434', 1, 1, '2026-01-01', '2026-01-31', '2026-02-10', 'return'),
  ('954', '2026-02', 'month', 'REREFERRAL_PCT', 29.0, 125.0, 23.2, false, null, null, '954-2026-02.csv', null, 3, '2026-11-29 12:33:09.06432', 1, 1, '2026-02-01', '2026-02-28', '2026-03-10', 'return'),
  ('954', '2026-03', 'month', 'REREFERRAL_PCT', 37.0, 132.0, 28.0, false, null, null, '954-2026-03.csv', null, 3, '2026-11-29 12:33:09.106859', 1, 1, '2026-03-01', '2026-03-31', '2026-04-10', 'return'),
  ('954', '2026-04', 'month', 'REREFERRAL_PCT', 36.0, 131.0, 27.5, false, null, null, '954-2026-04.csv', null, 3, '2026-11-29 12:33:09.150109', 1, 1, '2026-04-01', '2026-04-30', '2026-05-10', 'return'),
  ('954', '2026-05', 'month', 'REREFERRAL_PCT', 30.0, 116.0, 25.9, false, null, null, '954-2026-05.csv', null, 3, '2026-11-29 12:33:09.19318', 1, 1, '2026-05-01', '2026-05-31', '2026-06-10', 'return'),
  ('954', '2026-06', 'month', 'REREFERRAL_PCT', 24.0, 124.0, 19.4, false, null, null, '954-2026-06.csv', null, 3, '2026-11-29 12:33:09.236209', 1, 1, '2026-06-01', '2026-06-30', '2026-07-10', 'return'),
  ('954', '2026-07', 'month', 'REREFERRAL_PCT', 32.0, 121.0, 26.4, false, null, null, '954-2026-07.csv', null, 3, '2026-11-29 12:33:09.281127', 1, 1, '2026-07-01', '2026-07-31', '2026-08-10', 'return'),
  ('954', '2026-08', 'month', 'REREFERRAL_PCT', 25.0, 112.0, 22.3, false, null, null, '954-2026-08.csv', null, 3, '2026-11-29 12:33:09.32536', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('954', '2026-09', 'month', 'REREFERRAL_PCT', 20.0, 107.0, 18.7, false, null, null, '954-2026-09.csv', null, 3, '2026-11-29 12:33:09.369282', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('954', '2026-10', 'month', 'REREFERRAL_PCT', 26.0, 115.0, 22.6, false, null, null, '954-2026-10.csv', null, 3, '2026-11-29 12:33:09.411413', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('955', '2026-01', 'month', 'REREFERRAL_PCT', 100.0, 492.0, 20.3, false, null, null, '955-2026-01.csv', null, 3, '2026-11-29 12:33:09.01998', 1, 1, '2026-01-01', '2026-01-31', '2026-02-10', 'return'),
  ('955', '2026-02', 'month', 'REREFERRAL_PCT', 110.0, 558.0, 19.7, false, null, null, '955-2026-02.csv', null, 3, '2026-11-29 12:33:09.065729', 1, 1, '2026-02-01', '2026-02-28', '2026-03-10', 'return'),
  ('955', '2026-03', 'month', 'REREFERRAL_PCT', 119.0, 536.0, 22.2, false, null, null, '955-2026-03.csv', null, 3, '2026-11-29 12:33:09.109915', 1, 1, '2026-03-01', '2026-03-31', '2026-04-10', 'return'),
  ('955', '2026-04', 'month', 'REREFERRAL_PCT', 115.0, 565.0, 20.4, false, null, null, '955-2026-04.csv', null, 3, '2026-11-29 12:33:09.151555', 1, 1, '2026-04-01', '2026-04-30', '2026-05-10', 'return'),
  ('955', '2026-05', 'month', 'REREFERRAL_PCT', 113.0, 508.0, 22.2, false, null, null, '955-2026-05.csv', null, 3, '2026-11-29 12:33:09.194583', 1, 1, '2026-05-01', '2026-05-31', '2026-06-10', 'return'),
  ('955', '2026-06', 'month', 'REREFERRAL_PCT', 124.0, 570.0, 21.8, false, null, null, '955-2026-06.csv', null, 3, '2026-11-29 12:33:09.237633', 1, 1, '2026-06-01', '2026-06-30', '2026-07-10', 'return'),
  ('955', '2026-07', 'month', 'REREFERRAL_PCT', 103.0, 466.0, 22.1, false, null, null, '955-2026-07.csv', null, 3, '2026-11-29 12:33:09.282628', 1, 1, '2026-07-01', '2026-07-31', '2026-08-10', 'return'),
  ('955', '2026-08', 'month', 'REREFERRAL_PCT', 81.0, 427.0, 19.0, false, null, null, '955-2026-08.csv', null, 3, '2026-11-29 12:33:09.326803', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('955', '2026-09', 'month', 'REREFERRAL_PCT', 104.0, 470.0, 22.1, false, null, null, '955-2026-09.csv', null, 3, '2026-11-29 12:33:09.370732', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('956', '2026-01', 'month', 'REREFERRAL_PCT', 26.0, 148.0, 17.6, false, null, null, '956-2026-01.csv', null, 3, '2026-11-29 12:33:09.021243', 1, 1, '2026-01-01', '2026-01-31', '2026-02-10', 'return'),
  ('956', '2026-02', 'month', 'REREFERRAL_PCT', 36.0, 173.0, 20.8, false, null, null, '956-2026-02.csv', null, 3, '2026-11-29 12:33:09.067201', 1, 1, '2026-02-01', '2026-02-28', '2026-03-10', 'return'),
  ('956', '2026-03', 'month', 'REREFERRAL_PCT', 31.0, 176.0, 17.6, false, null, null, '956-2026-03.csv', null, 3, '2026-11-29 12:33:09.11145', 1, 1, '2026-03-01', '2026-03-31', '2026-04-10', 'return'),
  ('956', '2026-04', 'month', 'REREFERRAL_PCT', 34.0, 172.0, 19.8, false, null, null, '956-2026-04.csv', null, 3, '2026-11-29 12:33:09.153071', 1, 1, '2026-04-01', '2026-04-30', '2026-05-10', 'return'),
  ('956', '2026-05', 'month', 'REREFERRAL_PCT', 31.0, 188.0, 16.5, false, null, null, '956-2026-05.csv', null, 3, '2026-11-29 12:33:09.196087', 1, 1, '2026-05-01', '2026-05-31', '2026-06-10', 'return'),
  ('956', '2026-06', 'month', 'REREFERRAL_PCT', 35.0, 170.0, 20.6, false, null, null, '956-2026-06.csv', null, 3, '2026-11-29 12:33:09.238903', 1, 1, '2026-06-01', '2026-06-30', '2026-07-10', 'return'),
  ('956', '2026-07', 'month', 'REREFERRAL_PCT', 42.0, 177.0, 23.7, false, null, null, '956-2026-07.csv', null, 3, '2026-11-29 12:33:09.284135', 1, 1, '2026-07-01', '2026-07-31', '2026-08-10', 'return'),
  ('956', '2026-08', 'month', 'REREFERRAL_PCT', 29.0, 153.0, 19.0, false, null, null, '956-2026-08.csv', null, 3, '2026-11-29 12:33:09.328293', 1, 1, '2026-08-01', '2026-08-31', '2026-09-10', 'return'),
  ('956', '2026-09', 'month', 'REREFERRAL_PCT', 28.0, 151.0, 18.5, false, null, null, '956-2026-09.csv', null, 3, '2026-11-29 12:33:09.372173', 1, 1, '2026-09-01', '2026-09-30', '2026-10-10', 'return'),
  ('956', '2026-10', 'month', 'REREFERRAL_PCT', 28.0, 152.0, 18.4, false, null, null, '956-2026-10.csv', null, 3, '2026-11-29 12:33:09.412668', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return');
create table ref.indicators (code varchar, label varchar, unit varchar, polarity varchar, measure varchar, scale double, definition varchar, sort_order integer);
insert into ref.indicators values
  ('REREFERRAL_PCT', 'Re-referrals within 12 months', '%', 'low', 'percent', 100.0, 'referrals within 12 months of a previous referral', 2);
-- expect: la_code | indicator | periods_counted | first_period | latest_period | latest_value | latest_all_median | mean_value | mean_standing | min_standing | trend | strong
-- 951 | REREFERRAL_PCT | 6 | 2026-05 | 2026-10 | 19.3 | 19.3 | 19.1667 | 0.6833 | 0.4 | worsening | false
-- 952 | REREFERRAL_PCT | 6 | 2026-05 | 2026-10 | 16.8 | 19.3 | 20.0167 | 0.6667 | 0 | steady | false
-- 953 | REREFERRAL_PCT | 6 | 2026-05 | 2026-10 | 27 | 19.3 | 23.3667 | 0.1667 | 0 | steady | false
-- 954 | REREFERRAL_PCT | 6 | 2026-05 | 2026-10 | 22.6 | 19.3 | 22.55 | 0.3417 | 0 | improving | false
-- 955 | REREFERRAL_PCT | 6 | 2026-04 | 2026-09 | 22.1 | 19.4 | 21.2667 | 0.4667 | 0 | improving | false
-- 956 | REREFERRAL_PCT | 6 | 2026-05 | 2026-10 | 18.4 | 19.3 | 19.45 | 0.725 | 0.4 | improving | false
