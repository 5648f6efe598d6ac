-- Given/expected test of marts.support_strengths (schemas/tests/README.md): a slice of the demo
-- warehouse (las 951,952,953,954,955,956, periods 2026-01..2026-10, indicators REREFERRAL_PCT, run_period 2026-10, limit 60) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table ref.settings (key varchar, value varchar);
insert into ref.settings values
  ('support.max_decline', '0.15'),
  ('support.min_periods', '4'),
  ('support.min_standing', '0.6'),
  ('support.stable_periods', '6');
create table core.indicator_values (la_code varchar, period varchar, period_type varchar, indicator varchar, numerator bigint, denominator bigint, value double, value_derived boolean, status varchar, comment varchar, source_file varchar, source_sheet varchar, source_row integer, received_at timestamp, version bigint, versions bigint);
insert into core.indicator_values values
  ('951', '2026-01', 'month', 'REREFERRAL_PCT', 64, 338, 18.9, false, null, null, '951-2026-01.csv', null, 3, '2026-11-29 11:49:37.789601', 1, 1),
  ('951', '2026-02', 'month', 'REREFERRAL_PCT', 69, 333, 20.7, false, null, null, '951-2026-02.csv', null, 3, '2026-11-29 11:49:37.873707', 1, 1),
  ('951', '2026-03', 'month', 'REREFERRAL_PCT', 59, 308, 19.2, false, null, null, '951-2026-03.csv', null, 3, '2026-11-29 11:49:37.971654', 1, 1),
  ('951', '2026-04', 'month', 'REREFERRAL_PCT', 65, 325, 20.0, false, null, null, '951-2026-04.csv', null, 3, '2026-11-29 11:49:38.089203', 1, 1),
  ('951', '2026-05', 'month', 'REREFERRAL_PCT', 69, 339, 20.4, false, null, null, '951-2026-05.csv', null, 3, '2026-11-29 11:49:38.204391', 1, 1),
  ('951', '2026-06', 'month', 'REREFERRAL_PCT', 47, 312, 15.1, false, null, null, '951-2026-06.csv', null, 3, '2026-11-29 11:49:38.390629', 1, 1),
  ('951', '2026-07', 'month', 'REREFERRAL_PCT', 65, 339, 19.2, false, null, null, '951-2026-07.csv', null, 3, '2026-11-29 11:49:38.607684', 1, 1),
  ('951', '2026-08', 'month', 'REREFERRAL_PCT', 61, 292, 20.9, false, null, null, '951-2026-08.csv', null, 3, '2026-11-29 11:49:38.637516', 1, 1),
  ('951', '2026-09', 'month', 'REREFERRAL_PCT', 55, 274, 20.1, false, null, null, '951-2026-09.csv', null, 3, '2026-11-29 11:49:38.724759', 1, 1),
  ('951', '2026-10', 'month', 'REREFERRAL_PCT', 58, 301, 19.3, false, null, null, '951-2026-10.csv', null, 3, '2026-11-29 11:49:38.779677', 1, 1),
  ('952', '2026-01', 'month', 'REREFERRAL_PCT', 63, 231, 27.3, false, null, null, '952-2026-01.csv', null, 3, '2026-11-29 11:49:37.789842', 1, 1),
  ('952', '2026-02', 'month', 'REREFERRAL_PCT', 44, 226, 19.5, false, null, null, '952-2026-02.csv', null, 3, '2026-11-29 11:49:37.873859', 1, 1),
  ('952', '2026-03', 'month', 'REREFERRAL_PCT', 55, 223, 24.7, false, null, null, '952-2026-03.csv', null, 3, '2026-11-29 11:49:37.97202', 1, 1),
  ('952', '2026-04', 'month', 'REREFERRAL_PCT', 58, 242, 24.0, false, null, null, '952-2026-04.csv', null, 3, '2026-11-29 11:49:38.08936', 1, 1),
  ('952', '2026-05', 'month', 'REREFERRAL_PCT', 44, 229, 19.2, false, null, null, '952-2026-05.csv', null, 3, '2026-11-29 11:49:38.20453', 1, 1),
  ('952', '2026-06', 'month', 'REREFERRAL_PCT', 44, 226, 19.5, false, null, null, '952-2026-06.csv', null, 3, '2026-11-29 11:49:38.391069', 1, 1),
  ('952', '2026-07', 'month', 'REREFERRAL_PCT', 54, 229, 23.6, false, null, null, '952-2026-07.csv', null, 3, '2026-11-29 11:49:38.608129', 1, 1),
  ('952', '2026-08', 'month', 'REREFERRAL_PCT', 47, 188, 25.0, false, null, null, '952-2026-08.csv', null, 3, '2026-11-29 11:49:38.637705', 1, 1),
  ('952', '2026-09', 'month', 'REREFERRAL_PCT', 34, 212, 16.0, false, null, null, '952-2026-09.csv', null, 3, '2026-11-29 11:49:38.724971', 1, 1),
  ('952', '2026-10', 'month', 'REREFERRAL_PCT', 32, 191, 16.8, false, null, null, '952-2026-10.csv', null, 3, '2026-11-29 11:49:38.779995', 1, 1),
  ('953', '2026-01', 'month', 'REREFERRAL_PCT', 84, 417, 20.1, false, null, null, '953-2026-01.csv', null, 3, '2026-11-29 11:49:37.790004', 1, 1),
  ('953', '2026-02', 'month', 'REREFERRAL_PCT', 87, 407, 21.4, false, null, null, '953-2026-02.csv', null, 3, '2026-11-29 11:49:37.874006', 1, 1),
  ('953', '2026-03', 'month', 'REREFERRAL_PCT', 96, 445, 21.6, false, null, null, '953-2026-03.csv', null, 3, '2026-11-29 11:49:37.972256', 1, 1),
  ('953', '2026-04', 'month', 'REREFERRAL_PCT', 110, 425, 25.9, false, null, null, '953-2026-04.csv', null, 3, '2026-11-29 11:49:38.089548', 1, 1),
  ('953', '2026-05', 'month', 'REREFERRAL_PCT', 104, 479, 21.7, false, null, null, '953-2026-05.csv', null, 3, '2026-11-29 11:49:38.204673', 1, 1),
  ('953', '2026-06', 'month', 'REREFERRAL_PCT', 107, 472, 22.7, false, null, null, '953-2026-06.csv', null, 3, '2026-11-29 11:49:38.391352', 1, 1),
  ('953', '2026-07', 'month', 'REREFERRAL_PCT', 103, 433, 23.8, false, null, null, '953-2026-07.csv', null, 3, '2026-11-29 11:49:38.608354', 1, 1),
  ('953', '2026-08', 'month', 'REREFERRAL_PCT', 90, 381, 23.6, false, null, null, '953-2026-08.csv', null, 3, '2026-11-29 11:49:38.637924', 1, 1),
  ('953', '2026-09', 'month', 'REREFERRAL_PCT', 83, 387, 21.4, false, null, null, '953-2026-09.csv', null, 3, '2026-11-29 11:49:38.725205', 1, 1),
  ('953', '2026-10', 'month', 'REREFERRAL_PCT', 101, 374, 27.0, false, null, null, '953-2026-10.csv', null, 3, '2026-11-29 11:49:38.781915', 1, 1),
  ('954', '2026-01', 'month', 'REREFERRAL_PCT', 27, 114, 23.7, false, null, null, '954-2026-01.csv', null, 3, '2026-11-29 11:49:37.790166', 1, 1),
  ('954', '2026-02', 'month', 'REREFERRAL_PCT', 29, 125, 23.2, false, null, null, '954-2026-02.csv', null, 3, '2026-11-29 11:49:37.903939', 1, 1),
  ('954', '2026-03', 'month', 'REREFERRAL_PCT', 37, 132, 28.0, false, null, null, '954-2026-03.csv', null, 3, '2026-11-29 11:49:37.972462', 1, 1),
  ('954', '2026-04', 'month', 'REREFERRAL_PCT', 36, 131, 27.5, false, null, null, '954-2026-04.csv', null, 3, '2026-11-29 11:49:38.089704', 1, 1),
  ('954', '2026-05', 'month', 'REREFERRAL_PCT', 30, 116, 25.9, false, null, null, '954-2026-05.csv', null, 3, '2026-11-29 11:49:38.204816', 1, 1),
  ('954', '2026-06', 'month', 'REREFERRAL_PCT', 24, 124, 19.4, false, null, null, '954-2026-06.csv', null, 3, '2026-11-29 11:49:38.391541', 1, 1),
  ('954', '2026-07', 'month', 'REREFERRAL_PCT', 32, 121, 26.4, false, null, null, '954-2026-07.csv', null, 3, '2026-11-29 11:49:38.608543', 1, 1),
  ('954', '2026-08', 'month', 'REREFERRAL_PCT', 25, 112, 22.3, false, null, null, '954-2026-08.csv', null, 3, '2026-11-29 11:49:38.638111', 1, 1),
  ('954', '2026-09', 'month', 'REREFERRAL_PCT', 20, 107, 18.7, false, null, null, '954-2026-09.csv', null, 3, '2026-11-29 11:49:38.725406', 1, 1),
  ('954', '2026-10', 'month', 'REREFERRAL_PCT', 26, 115, 22.6, false, null, null, '954-2026-10.csv', null, 3, '2026-11-29 11:49:38.78222', 1, 1),
  ('955', '2026-01', 'month', 'REREFERRAL_PCT', 100, 492, 20.3, false, null, null, '955-2026-01.csv', null, 3, '2026-11-29 11:49:37.790325', 1, 1),
  ('955', '2026-02', 'month', 'REREFERRAL_PCT', 110, 558, 19.7, false, null, null, '955-2026-02.csv', null, 3, '2026-11-29 11:49:37.904283', 1, 1),
  ('955', '2026-03', 'month', 'REREFERRAL_PCT', 119, 536, 22.2, false, null, null, '955-2026-03.csv', null, 3, '2026-11-29 11:49:38.031846', 1, 1),
  ('955', '2026-04', 'month', 'REREFERRAL_PCT', 115, 565, 20.4, false, null, null, '955-2026-04.csv', null, 3, '2026-11-29 11:49:38.089865', 1, 1),
  ('955', '2026-05', 'month', 'REREFERRAL_PCT', 113, 508, 22.2, false, null, null, '955-2026-05.csv', null, 3, '2026-11-29 11:49:38.235443', 1, 1),
  ('955', '2026-06', 'month', 'REREFERRAL_PCT', 124, 570, 21.8, false, null, null, '955-2026-06.csv', null, 3, '2026-11-29 11:49:38.391714', 1, 1),
  ('955', '2026-07', 'month', 'REREFERRAL_PCT', 103, 466, 22.1, false, null, null, '955-2026-07.csv', null, 3, '2026-11-29 11:49:38.608715', 1, 1),
  ('955', '2026-08', 'month', 'REREFERRAL_PCT', 81, 427, 19.0, false, null, null, '955-2026-08.csv', null, 3, '2026-11-29 11:49:38.638296', 1, 1),
  ('955', '2026-09', 'month', 'REREFERRAL_PCT', 104, 470, 22.1, false, null, null, '955-2026-09.csv', null, 3, '2026-11-29 11:49:38.725615', 1, 1),
  ('956', '2026-01', 'month', 'REREFERRAL_PCT', 26, 148, 17.6, false, null, null, '956-2026-01.csv', null, 3, '2026-11-29 11:49:37.790475', 1, 1),
  ('956', '2026-02', 'month', 'REREFERRAL_PCT', 36, 173, 20.8, false, null, null, '956-2026-02.csv', null, 3, '2026-11-29 11:49:37.904481', 1, 1),
  ('956', '2026-03', 'month', 'REREFERRAL_PCT', 31, 176, 17.6, false, null, null, '956-2026-03.csv', null, 3, '2026-11-29 11:49:38.032462', 1, 1),
  ('956', '2026-04', 'month', 'REREFERRAL_PCT', 34, 172, 19.8, false, null, null, '956-2026-04.csv', null, 3, '2026-11-29 11:49:38.090018', 1, 1),
  ('956', '2026-05', 'month', 'REREFERRAL_PCT', 31, 188, 16.5, false, null, null, '956-2026-05.csv', null, 3, '2026-11-29 11:49:38.236042', 1, 1),
  ('956', '2026-06', 'month', 'REREFERRAL_PCT', 35, 170, 20.6, false, null, null, '956-2026-06.csv', null, 3, '2026-11-29 11:49:38.391872', 1, 1),
  ('956', '2026-07', 'month', 'REREFERRAL_PCT', 42, 177, 23.7, false, null, null, '956-2026-07.csv', null, 3, '2026-11-29 11:49:38.608898', 1, 1),
  ('956', '2026-08', 'month', 'REREFERRAL_PCT', 29, 153, 19.0, false, null, null, '956-2026-08.csv', null, 3, '2026-11-29 11:49:38.63852', 1, 1),
  ('956', '2026-09', 'month', 'REREFERRAL_PCT', 28, 151, 18.5, false, null, null, '956-2026-09.csv', null, 3, '2026-11-29 11:49:38.725802', 1, 1),
  ('956', '2026-10', 'month', 'REREFERRAL_PCT', 28, 152, 18.4, false, null, null, '956-2026-10.csv', null, 3, '2026-11-29 11:49:38.782433', 1, 1);
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
