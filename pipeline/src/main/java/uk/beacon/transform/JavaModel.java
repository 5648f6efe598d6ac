package uk.beacon.transform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model computed in Java rather than SQL (the SPC and funnel kernels, the trigger tracker),
 * in the same graph as the SQL models: it names the tables it reads ({@link #dependsOn()}),
 * the tables it writes with their grain and tests ({@link #tables()}, as a SQL model's header
 * states them), and the layer whose step builds it. The runner orders it among the SQL models,
 * builds it on the step's connection and runs its tables' tests, exactly as for a SQL model.
 */
public interface JavaModel {

    /** A short name for logs and errors, e.g. "statistical signals". */
    String name();

    /** The layer it belongs to (see {@link SqlModelRunner#LAYERS}): the step that builds that layer builds it. */
    String layer();

    /** The tables it writes, with their grain, unique keys and not-null columns. */
    List<ModelTable> tables();

    /** The tables it reads ("core.indicator_values", …). */
    Set<String> dependsOn();

    /**
     * (Re)writes its tables on {@code c} (the caller's transaction), with the run's variables
     * ({@code run_period} in the cycle, none in a rebuild). Returns rows per table.
     */
    Map<String, Long> build(Connection c, Map<String, String> variables) throws SQLException;

    /** One table a Java model writes, with the header a SQL model would carry. */
    record ModelTable(String qualifiedName, String grain, List<List<String>> uniqueKeys, List<String> notNull) {
    }
}
