package uk.beacon.warehouse;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the warehouse schema up to date with the Flyway migrations in schemas/migrations. */
public final class WarehouseMigrator {

    private static final Logger log = LoggerFactory.getLogger(WarehouseMigrator.class);
    static final String LOCATION = "classpath:beacon/schemas/migrations";

    private WarehouseMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .loggers("slf4j")
                // Migrations were numbered by parallel lines of work (V7..V15) that landed in another
                // order: a warehouse already at a later version still takes an earlier-numbered one it lacks.
                .outOfOrder(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Warehouse schema migrated to version {} ({} migration(s))", result.targetSchemaVersion, result.migrationsExecuted);
        }
        return result;
    }
}
