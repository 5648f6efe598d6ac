-- Given/expected test of signals.neighbour_gap (schemas/tests/README.md): a slice of the demo
-- warehouse (las 975,977,966,970,961,969,967,965,959,974,953, periods 2026-10..2026-10, indicators ASSESS_45WD_PCT,REFERRALS_RATE, run_period 2026-10) and the exact rows the model makes of it.
-- variables: run_period=2026-10
create table ref.neighbours (model_version varchar, la_code varchar, rank integer, neighbour_code varchar, closeness varchar, source_sha256 varchar);
insert into ref.neighbours values
  ('2026', '953', 1, '974', 'Very close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '953', 4, '967', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '953', 5, '969', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '953', 6, '965', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '959', 1, '966', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '959', 2, '977', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '959', 3, '975', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '959', 4, '961', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '959', 5, '970', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '961', 1, '970', 'Very close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '961', 2, '977', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '961', 3, '966', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '961', 4, '975', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '961', 5, '969', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '961', 8, '959', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '965', 1, '967', 'Very close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '965', 4, '974', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '965', 5, '953', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '965', 7, '975', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '965', 9, '969', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '965', 10, '977', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '966', 1, '977', 'Very close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '966', 2, '959', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '966', 3, '975', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '966', 4, '970', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '966', 5, '961', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '966', 8, '969', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '966', 9, '967', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '967', 1, '965', 'Very close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '967', 4, '974', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '967', 5, '953', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '967', 7, '975', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '967', 9, '969', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '967', 10, '977', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '969', 3, '953', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '969', 4, '974', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '969', 5, '970', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '969', 7, '975', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '969', 8, '961', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '969', 9, '967', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '970', 1, '961', 'Very close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '970', 2, '975', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '970', 3, '977', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '970', 4, '969', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '970', 5, '966', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '970', 7, '959', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '970', 8, '953', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '970', 9, '974', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '974', 1, '953', 'Very close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '974', 3, '967', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '974', 4, '965', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '974', 7, '969', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '975', 1, '977', 'Very close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '975', 2, '966', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '975', 3, '970', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '975', 4, '961', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '975', 5, '969', 'Close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '975', 6, '967', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '975', 7, '965', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44'),
  ('2026', '975', 8, '959', 'Somewhat close', 'c04d1de73cadd1ead2f9ebdb9049ac163d85a58c9077363c98fc91951a458a44');
create table core.indicator_values (la_code varchar, period varchar, period_type varchar, indicator varchar, numerator double, denominator double, value double, value_derived boolean, status varchar, comment varchar, source_file varchar, source_sheet varchar, source_row integer, received_at timestamp, version bigint, versions bigint, period_start date, period_end date, known_at date, source varchar);
insert into core.indicator_values values
  ('953', '2026-10', 'month', 'ASSESS_45WD_PCT', 264.0, 318.0, 83.0, false, null, null, '953-2026-10.csv', null, 5, '2026-11-29 12:33:09.409857', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('953', '2026-10', 'month', 'REFERRALS_RATE', 374.0, 89195.0, 41.9, false, null, null, '953-2026-10.csv', null, 2, '2026-11-29 12:33:09.409857', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('959', '2026-10', 'month', 'ASSESS_45WD_PCT', 130.0, 156.0, 83.3, false, null, null, '959-2026-10.csv', null, 5, '2026-11-29 12:33:09.417033', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('959', '2026-10', 'month', 'REFERRALS_RATE', 184.0, 42540.0, 43.3, false, null, null, '959-2026-10.csv', null, 2, '2026-11-29 12:33:09.417033', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('961', '2026-10', 'month', 'ASSESS_45WD_PCT', 151.0, 175.0, 86.3, false, null, null, '961-2026-10.csv', null, 5, '2026-11-29 12:33:09.419978', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('965', '2026-10', 'month', 'ASSESS_45WD_PCT', 275.0, 330.0, 83.3, false, null, null, '965-2026-10.csv', null, 5, '2026-11-29 12:33:09.427146', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('965', '2026-10', 'month', 'REFERRALS_RATE', 388.0, 93263.0, 41.6, false, null, null, '965-2026-10.csv', null, 2, '2026-11-29 12:33:09.427146', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('966', '2026-10', 'month', 'ASSESS_45WD_PCT', 150.0, 184.0, 81.5, false, null, null, '966-2026-10.csv', null, 5, '2026-11-29 12:33:09.4286', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('966', '2026-10', 'month', 'REFERRALS_RATE', 217.0, 50255.0, 43.2, false, null, null, '966-2026-10.csv', null, 2, '2026-11-29 12:33:09.4286', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('969', '2026-10', 'month', 'ASSESS_45WD_PCT', 225.0, 256.0, 87.9, false, null, null, '969-2026-10.csv', null, 5, '2026-11-29 12:33:09.431537', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('969', '2026-10', 'month', 'REFERRALS_RATE', 301.0, 72111.0, 41.7, false, null, null, '969-2026-10.csv', null, 2, '2026-11-29 12:33:09.431537', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('970', '2026-10', 'month', 'ASSESS_45WD_PCT', 166.0, 200.0, 83.0, false, null, null, '970-2026-10.csv', null, 5, '2026-11-29 12:33:09.433093', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('970', '2026-10', 'month', 'REFERRALS_RATE', 235.0, 55325.0, 42.5, false, null, null, '970-2026-10.csv', null, 2, '2026-11-29 12:33:09.433093', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('974', '2026-10', 'month', 'ASSESS_45WD_PCT', 273.0, 330.0, 82.7, false, null, null, '974-2026-10.csv', null, 5, '2026-11-29 12:33:09.439862', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('974', '2026-10', 'month', 'REFERRALS_RATE', 388.0, 89572.0, 43.3, false, null, null, '974-2026-10.csv', null, 2, '2026-11-29 12:33:09.439862', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('975', '2026-10', 'month', 'ASSESS_45WD_PCT', 147.0, 297.0, 49.5, false, null, null, '975-2026-10.csv', null, 5, '2026-11-29 12:33:09.441238', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('975', '2026-10', 'month', 'REFERRALS_RATE', 349.0, 62086.0, 56.2, false, null, null, '975-2026-10.csv', null, 2, '2026-11-29 12:33:09.441238', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('977', '2026-10', 'month', 'ASSESS_45WD_PCT', 163.0, 201.0, 81.1, false, null, null, '977-2026-10.csv', null, 5, '2026-11-29 12:33:09.455323', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return'),
  ('977', '2026-10', 'month', 'REFERRALS_RATE', 237.0, 57384.0, 41.3, false, null, null, '977-2026-10.csv', null, 2, '2026-11-29 12:33:09.455323', 1, 1, '2026-10-01', '2026-10-31', '2026-11-10', 'return');
create table ref.indicators (code varchar, label varchar, unit varchar, polarity varchar, measure varchar, scale double, definition varchar, sort_order integer);
insert into ref.indicators values
  ('ASSESS_45WD_PCT', 'Assessments within 45 working days', '%', 'high', 'percent', 100.0, 'assessments completed within 45 working days', 4),
  ('REFERRALS_RATE', 'Referrals', 'per 10,000 children', 'neutral', 'rate', 10000.0, 'referrals received in the period per 10,000 children aged 0-17', 1);
create table ref.settings (key varchar, value varchar);
insert into ref.settings values
  ('neighbours.gap_threshold', '2.0'),
  ('neighbours.min_reporting', '5');
-- expect: la_code | period | indicator | rule_id | direction | strength | evidence | z
-- 961 | 2026-10 | ASSESS_45WD_PCT | NEIGHBOUR_GAP | improvement | 1.24 | Assessments within 45 working days 86.3 % against a neighbours' median of 82.3 (6 neighbours reporting): 2.5 spreads above. | 2.48
-- 969 | 2026-10 | ASSESS_45WD_PCT | NEIGHBOUR_GAP | improvement | 5.51 | Assessments within 45 working days 87.9 % against a neighbours' median of 83.0 (5 neighbours reporting): 11.0 spreads above. | 11.02
-- 975 | 2026-10 | ASSESS_45WD_PCT | NEIGHBOUR_GAP | concern | 6.33 | Assessments within 45 working days 49.5 % against a neighbours' median of 83.3 (7 neighbours reporting): 12.7 spreads below. | -12.67
-- 975 | 2026-10 | REFERRALS_RATE | NEIGHBOUR_GAP | neutral_change | 7.32 | Referrals 56.2 per 10,000 children against a neighbours' median of 42.1 (6 neighbours reporting): 14.6 spreads above. | 14.63
