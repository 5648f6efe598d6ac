-- Early-warning settings (config/early-warning.properties), refreshed at every transform.
create table ref.settings (
    key   varchar primary key,
    value varchar not null
);
