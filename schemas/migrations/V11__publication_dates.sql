-- When each publication's figures cover and when they became known (config/publication-dates.csv),
-- refreshed at every transform. Dates are relative to the year Y a figure's time_period ends in:
-- period_end = Y + end_year_offset, end_month, end_day; known_at likewise. time_period '*' is the
-- publication's default; a line for one year gives that year's actual date and wins.
create table ref.publication_dates (
    publication           varchar not null,
    time_period           varchar not null,
    end_year_offset       integer not null,
    end_month             integer not null,
    end_day               integer not null,
    published_year_offset integer not null,
    published_month       integer not null,
    published_day         integer not null
);
