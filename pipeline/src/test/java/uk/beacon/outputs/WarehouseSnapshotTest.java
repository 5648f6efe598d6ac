package uk.beacon.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.warehouse.Warehouse;

/**
 * The snapshot data leads query is in DuckDB 1.2's storage format and holds everything the
 * warehouse did, whether it was taken as a copy of the file (a warehouse created in that format)
 * or table by table (a warehouse created earlier in DuckDB's newest format).
 */
class WarehouseSnapshotTest {

    @TempDir
    Path dir;

    private static String storageOf(Path file) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tags['storage_version'] from duckdb_databases() where database_name = current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Path file, String table) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void addRows(Warehouse w) throws Exception {
        try (Connection c = w.connect(); Statement s = c.createStatement()) {
            s.execute("create or replace table marts.snapshot_probe as select range as i from range(1000)");
            s.execute("comment on table marts.snapshot_probe is 'a probe'");
        }
    }

    @Test
    void aNewWarehouseIsInTheSnapshotsFormatAndItsSnapshotIsACopyOfTheFile() throws Exception {
        Path file = dir.resolve("new/beacon.duckdb");
        Path snapshot;
        try (Warehouse w = Warehouse.open(file)) {
            addRows(w);
            snapshot = WarehouseSnapshot.publish(w, "2026-10");
            // written after the snapshot: not in it
            try (Connection c = w.connect(); Statement s = c.createStatement()) {
                s.execute("insert into marts.snapshot_probe values (1000)");
            }
        }
        assertThat(storageOf(file)).isEqualTo(Warehouse.SNAPSHOT_STORAGE_VERSION + "+");
        Path db = snapshot.resolve("beacon.duckdb");
        assertThat(storageOf(db)).isEqualTo(Warehouse.SNAPSHOT_STORAGE_VERSION + "+");
        assertThat(count(db, "marts.snapshot_probe")).isEqualTo(1000);
        assertThat(snapshot.resolve("marts/snapshot_probe.parquet")).exists();
        assertThat(WarehouseSnapshot.latestDatabase(file)).exists();
    }

    @Test
    void aWarehouseInDuckDbsNewestFormatIsCopiedTableByTable() throws Exception {
        Path file = dir.resolve("old/beacon.duckdb");
        Files.createDirectories(file.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            // created as Beacon did before it chose the snapshot's format for new warehouses
        }
        assertThat(storageOf(file)).isNotEqualTo(Warehouse.SNAPSHOT_STORAGE_VERSION + "+");
        Path snapshot;
        try (Warehouse w = Warehouse.open(file)) {
            addRows(w);
            snapshot = WarehouseSnapshot.publish(w, "2026-10");
        }
        Path db = snapshot.resolve("beacon.duckdb");
        assertThat(storageOf(db)).isEqualTo(Warehouse.SNAPSHOT_STORAGE_VERSION + "+");
        assertThat(count(db, "marts.snapshot_probe")).isEqualTo(1000);
    }
}
