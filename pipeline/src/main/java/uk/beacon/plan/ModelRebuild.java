package uk.beacon.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.transform.CatalogueSync;
import uk.beacon.transform.CollectionsSync;
import uk.beacon.transform.SettingsSync;

/**
 * Rebuilds every model of the graph on the caller's connection, for commands that change the
 * warehouse outside the monthly cycle (reference and published imports), so the marts a data
 * lead queries next reflect what was just loaded. The order is the cycle's own
 * ({@link WarehousePlan}): staging, core, the Java kernels, signals, marts, triggers.
 */
public final class ModelRebuild {

    private ModelRebuild() {
    }

    public static Map<String, Long> all(Connection c, IndicatorCatalogue catalogue) throws SQLException {
        CatalogueSync.sync(c, catalogue);
        SettingsSync.sync(c, SettingsSync.builtIn());
        CollectionsSync.sync(c, CollectionsSync.builtIn(catalogue));
        return WarehousePlan.standard(catalogue, SettingsSync.builtIn()).build(c, WarehousePlan.LAYERS, Map.of());
    }
}
