package uk.beacon.transform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.signals.FunnelSettings;
import uk.beacon.signals.SpcSettings;
import uk.beacon.signals.StatisticalSignals;

/**
 * Rebuilds every SQL model layer on the caller's connection, for commands that change the
 * warehouse outside the monthly cycle (reference and published imports), so the marts a data
 * lead queries next reflect what was just loaded.
 */
public final class ModelRebuild {

    private ModelRebuild() {
    }

    public static Map<String, Long> all(Connection c, IndicatorCatalogue catalogue) throws SQLException {
        CatalogueSync.sync(c, catalogue);
        SettingsSync.sync(c, SettingsSync.builtIn());
        CollectionsSync.sync(c, CollectionsSync.builtIn(catalogue));
        // The monthly cycle's order: staging and core, then the Java kernels (which read core),
        // then the SQL signal models and marts (which read the kernels' tables).
        SqlModelRunner runner = SqlModelRunner.fromClasspath();
        Map<String, Long> rows = new java.util.LinkedHashMap<>(runner.build(c, java.util.List.of("staging", "core"), Map.of()));
        rows.putAll(new StatisticalSignals(catalogue, SpcSettings.defaults(), FunnelSettings.defaults()).build(c));
        rows.putAll(runner.build(c, java.util.List.of("signals", "marts"), Map.of()));
        return rows;
    }
}
