-- The indicators each region collects, at which cadence, with which quarters and due date:
-- config/collections.csv, copied here by the transform step (CollectionsSync) before the models run.
-- A region with no row here collects every catalogue indicator monthly (core.collections).
create table ref.collections (
    region      varchar not null,   -- region code or name, as written in the configuration
    indicator   varchar not null,   -- catalogue code
    cadence     varchar not null,   -- month | quarter | year
    quarters    varchar not null,   -- calendar | financial (how the region's quarters are counted)
    due_days    integer not null,   -- the return is due this many days after its period ends
    line        integer not null    -- line of config/collections.csv, for messages
);
