package uk.beacon.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * The warehouse: one DuckDB file, opened once per process.
 *
 * <p>DuckDB allows one process per file, so Beacon holds a single root connection and
 * hands out {@link DuckDBConnection#duplicate() duplicates} of it: each duplicate is an
 * independent connection (its own transaction) onto the same database instance. That
 * lets Spring Batch's job repository, the steps and parallel report threads share the
 * file safely inside one JVM.
 */
public final class Warehouse implements AutoCloseable {

    /** The oldest DuckDB storage format that holds everything Beacon writes: readable by DuckDB 1.2 and later. */
    public static final String SNAPSHOT_STORAGE_VERSION = "v1.2.0";

    private final Path file;
    private final DuckDBConnection root;
    private final DataSource dataSource;

    private Warehouse(Path file, DuckDBConnection root) {
        this.file = file;
        this.root = root;
        this.dataSource = new DuplicatingDataSource(root);
    }

    /** Opens (creating if need be) the warehouse file and brings its schema up to date. */
    public static Warehouse open(Path file) {
        Warehouse warehouse = openWithoutMigrating(file);
        try {
            WarehouseMigrator.migrate(warehouse.dataSource);
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
        return warehouse;
    }

    /** Opens the file as it is (for read-only tools that must not change the schema). */
    public static Warehouse openWithoutMigrating(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            boolean isNew = !Files.exists(absolute);
            Properties props = WarehouseSettings.load().connectionProperties();
            if (isNew) {
                // A new warehouse is written in the storage format of the snapshots data leads query
                // (readable by DuckDB 1.2 and later), so a snapshot is a copy of the file.
                props.setProperty("storage_compatibility_version", SNAPSHOT_STORAGE_VERSION);
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + absolute, props);
            if (isNew) {
                OwnerOnly.restrictFile(absolute);
            }
            return new Warehouse(absolute, (DuckDBConnection) c);
        } catch (SQLException e) {
            throw WarehouseException.onOpen(absolute, e);
        } catch (IOException e) {
            throw new WarehouseException("Cannot create the folder for the warehouse " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory warehouse, migrated: for tests and one-off checks. */
    public static Warehouse inMemory() {
        try {
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            Warehouse w = new Warehouse(null, c);
            WarehouseMigrator.migrate(w.dataSource);
            return w;
        } catch (SQLException e) {
            throw new WarehouseException("Cannot open an in-memory DuckDB database: " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A new independent connection (its own transaction); the caller closes it. */
    public Connection connect() throws SQLException {
        return root.duplicate();
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new WarehouseException("Closing the warehouse failed: " + e.getMessage(), e);
        }
    }
}
