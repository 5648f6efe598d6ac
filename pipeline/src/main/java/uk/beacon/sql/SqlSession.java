package uk.beacon.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import uk.beacon.outputs.WarehouseSnapshot;

/**
 * A {@code beacon sql} session: a read-only DuckDB connection that cannot reach the file
 * system (no reading or writing files, no ATTACH, no extension downloads) unless asked,
 * with the configuration locked so that a query cannot switch that back on.
 *
 * <p>When the warehouse is held by a run (DuckDB lets one process open a file), the
 * session opens the snapshot the last successful cycle published instead, and says so.
 */
public final class SqlSession implements AutoCloseable {

    private final Connection connection;
    private final Path database;
    private final boolean snapshot;

    private SqlSession(Connection connection, Path database, boolean snapshot) {
        this.connection = connection;
        this.database = database;
        this.snapshot = snapshot;
    }

    /**
     * Opens the warehouse read-only, or its latest snapshot when a run holds it.
     *
     * @param allowFiles let queries read and write files (read_csv, COPY ... TO, ATTACH)
     * @param writable   a file the session may write even without allowFiles (the --output file), or null
     */
    public static SqlSession open(Path warehouse, boolean allowFiles, Path writable) throws SQLException {
        Path file = warehouse.toAbsolutePath();
        try {
            return new SqlSession(connect(file, allowFiles, writable), file, false);
        } catch (SQLException e) {
            Path snap = WarehouseSnapshot.latestDatabase(file);
            if (heldByAnother(e) && Files.exists(snap)) {
                Path real;
                try {
                    real = snap.toRealPath(); // the snapshot of now, even if a newer one is published meanwhile
                } catch (java.io.IOException io) {
                    real = snap;
                }
                return new SqlSession(connect(real, allowFiles, writable), real, true);
            }
            if (heldByAnother(e)) {
                throw new SQLException("The warehouse " + file + " is in use by another Beacon process (a run?), and no"
                        + " snapshot has been published yet (one is after each successful 'beacon run'). Try again when the run ends.", e);
            }
            throw e;
        }
    }

    private static boolean heldByAnother(SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("lock") || m.contains("different configuration");
    }

    private static Connection connect(Path file, boolean allowFiles, Path writable) throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        if (!allowFiles) {
            p.setProperty("enable_external_access", "false");
            if (writable != null) {
                p.setProperty("allowed_paths", "['" + writable.toAbsolutePath().toString().replace("'", "''") + "']");
            }
        }
        p.setProperty("lock_configuration", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file, p);
    }

    public Connection connection() {
        return connection;
    }

    /** The file the session reads: the warehouse, or the snapshot. */
    public Path database() {
        return database;
    }

    public boolean onSnapshot() {
        return snapshot;
    }

    /** One line for a person: a DuckDB error without its caret diagram, or a refusal explained. */
    public static String explain(SQLException e) {
        String m = String.valueOf(e.getMessage());
        String first = m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(m);
        if (first.contains("read-only mode")) {
            return "beacon sql is read-only: the warehouse is changed only by Beacon's own commands (run, ingest, the imports)."
                    + " Keep a result with --output FILE, or use a temporary table (create temp table ...). (DuckDB: " + first + ")";
        }
        if (first.contains("disabled by configuration")) {
            return "beacon sql does not read or write files outside the warehouse unless asked: add --allow-files,"
                    + " or write a result with --output FILE. (DuckDB: " + first + ")";
        }
        if (first.contains("configuration has been locked")) {
            return "beacon sql's settings are locked (read-only, no file access). (DuckDB: " + first + ")";
        }
        return first;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
