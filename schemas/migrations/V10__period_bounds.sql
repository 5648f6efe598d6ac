-- Periods of every cadence (docs/data-dictionary.md, "Periods"): the first and last day a period
-- covers, from its canonical text. YYYY-MM is a month; YYYY-Qn a calendar quarter (2026-Q2 is
-- April to June 2026; a financial quarter such as "2026-27 Q1" is stored as that calendar
-- quarter); YYYY a reporting year ending 31 March of that year (2025 is April 2024 to March 2025).
-- Any other text gives null. Used by the models (staging, signals, marts) and by published statistics.
create or replace macro ref.period_start(p) as
    case when regexp_full_match(p, '[0-9]{4}-[0-9]{2}') then strptime(p || '-01', '%Y-%m-%d')::date
         when regexp_full_match(p, '[0-9]{4}-Q[1-4]') then make_date(left(p, 4)::int, (right(p, 1)::int - 1) * 3 + 1, 1)
         when regexp_full_match(p, '[0-9]{4}') then make_date(p::int - 1, 4, 1)
    end;

create or replace macro ref.period_end(p) as
    case when regexp_full_match(p, '[0-9]{4}-[0-9]{2}') then last_day(strptime(p || '-01', '%Y-%m-%d'))::date
         when regexp_full_match(p, '[0-9]{4}-Q[1-4]') then last_day(make_date(left(p, 4)::int, right(p, 1)::int * 3, 1))::date
         when regexp_full_match(p, '[0-9]{4}') then make_date(p::int, 3, 31)
    end;

-- How a period is named in reports: 2026-10 is "October 2026", 2026-Q2 "2026 Q2", 2025 "2024-25".
create or replace macro ref.period_label(p) as
    case when regexp_full_match(p, '[0-9]{4}-[0-9]{2}') then strftime(strptime(p || '-01', '%Y-%m-%d'), '%B %Y')
         when regexp_full_match(p, '[0-9]{4}-Q[1-4]') then left(p, 4) || ' Q' || right(p, 1)
         when regexp_full_match(p, '[0-9]{4}') then (p::int - 1)::varchar || '-' || right(p, 2)
         else p
    end;
