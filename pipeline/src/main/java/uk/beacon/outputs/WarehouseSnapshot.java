package uk.beacon.outputs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.FileSystemUtils;
import uk.beacon.warehouse.OwnerOnly;
import uk.beacon.warehouse.Warehouse;

/**
 * The read-only snapshot published after each successful cycle (and import), for data leads to query while
 * the next run works (DuckDB lets one process open the warehouse; a run holds it).
 *
 * <p>Beside the warehouse file, {@code snapshot/latest} links to
 * {@code snapshot/<period or "import">-<taken>/}, which holds {@code beacon.duckdb} (a copy of the whole
 * warehouse written in DuckDB storage format {@value #STORAGE_VERSION}, so DuckDB 1.2 and later
 * open it: the CLI, Python, R, BI tools) and {@code marts/<table>.parquet} (every mart, with the
 * data dictionary's descriptions in the Parquet key-value metadata, for any tool). The link is
 * swapped with one rename, so a reader sees the old snapshot or the new one; older ones are
 * then removed (a reader that has one open keeps reading it).
 */
public final class WarehouseSnapshot {

    /** The oldest DuckDB storage format that holds everything Beacon writes: readable by DuckDB 1.2 and later. */
    public static final String STORAGE_VERSION = Warehouse.SNAPSHOT_STORAGE_VERSION;

    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private WarehouseSnapshot() {
    }

    /** The snapshot folder of a warehouse file: {@code <its folder>/snapshot}. */
    public static Path folder(Path warehouseFile) {
        return warehouseFile.toAbsolutePath().resolveSibling("snapshot");
    }

    /** The latest snapshot's database (may not exist yet). */
    public static Path latestDatabase(Path warehouseFile) {
        return folder(warehouseFile).resolve("latest").resolve("beacon.duckdb");
    }

    /** Takes a snapshot of the warehouse after the cycle for {@code period} and publishes it as the latest; returns its folder. */
    public static Path publish(Warehouse warehouse, YearMonth period) throws IOException, SQLException {
        return publish(warehouse, period.toString());
    }

    /**
     * Takes a snapshot of the warehouse as it is now and publishes it as the latest; returns its
     * folder, {@code <label>-<taken>}. The label says what it follows: a cycle's period, or "import".
     */
    public static Path publish(Warehouse warehouse, String label) throws IOException, SQLException {
        Path root = folder(warehouse.file());
        Files.createDirectories(root);
        OwnerOnly.restrict(root);
        String name = label + "-" + LocalDateTime.now().format(TAKEN);
        Path staging = root.resolve("." + name + ".staging");
        FileSystemUtils.deleteRecursively(staging);
        Files.createDirectories(staging.resolve("marts"));
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            String source;
            try (ResultSet rs = s.executeQuery("select current_database()")) {
                rs.next();
                source = rs.getString(1);
            }
            Path copy = staging.resolve("beacon.duckdb");
            if (warehouse.file() != null && storedAs(s, source, STORAGE_VERSION)) {
                // The warehouse is already in the snapshot's storage format (warehouses created since
                // it was chosen are): a checkpoint puts every committed change into the file, and a copy
                // of the file is the snapshot. Nothing else writes meanwhile (DuckDB lets one process
                // open the file; in this one the cycle is over). About 0.1 s instead of 2-3 s for a
                // national warehouse rewritten table by table.
                s.execute("force checkpoint");
                Files.copy(warehouse.file(), copy);
            } else {
                s.execute("attach " + literal(copy.toString()) + " as beacon_snapshot (storage_version '" + STORAGE_VERSION + "')");
                try {
                    s.execute("copy from database " + ident(source) + " to beacon_snapshot");
                } finally {
                    s.execute("detach beacon_snapshot");
                }
            }
            for (MartTable t : marts(c)) {
                s.execute("copy (select * from marts." + ident(t.name) + ") to "
                        + literal(staging.resolve("marts").resolve(t.name + ".parquet").toString())
                        + " (format parquet, compression zstd, kv_metadata " + kvMetadata(t, label) + ")");
            }
        } catch (SQLException | IOException | RuntimeException e) {
            FileSystemUtils.deleteRecursively(staging); // a half-written copy is never left behind (nor published)
            throw e;
        }
        Path published = root.resolve(name);
        Files.move(staging, published, StandardCopyOption.ATOMIC_MOVE);
        Path link = root.resolve("latest");
        Path tmp = root.resolve(".latest.swap");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, root.relativize(published));
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(root)) {
            for (Path old : all) {
                String n = old.getFileName().toString();
                if (!old.equals(published) && !n.equals("latest") && !n.startsWith(".")
                        && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
                    FileSystemUtils.deleteRecursively(old);
                }
            }
        }
        return published;
    }

    /** Whether the database {@code name} is stored in exactly {@code version}'s format (DuckDB tags it "v1.2.0+"). */
    private static boolean storedAs(Statement s, String name, String version) throws SQLException {
        try (ResultSet rs = s.executeQuery("select tags['storage_version'] from duckdb_databases() where database_name = " + literal(name))) {
            return rs.next() && (version + "+").equals(rs.getString(1));
        }
    }

    /** A mart table with its description and its columns' descriptions (in order). */
    record MartTable(String name, String comment, Map<String, String> columns) {
    }

    static List<MartTable> marts(Connection c) throws SQLException {
        List<MartTable> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name, coalesce(comment, '') from duckdb_tables()"
                     + " where database_name = current_database() and schema_name = 'marts' order by table_name")) {
            while (rs.next()) {
                out.add(new MartTable(rs.getString(1), rs.getString(2), new LinkedHashMap<>()));
            }
        }
        for (MartTable t : out) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select column_name, coalesce(comment, '') from duckdb_columns()"
                         + " where database_name = current_database() and schema_name = 'marts' and table_name = "
                         + literal(t.name) + " order by column_index")) {
                while (rs.next()) {
                    t.columns.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** {'beacon.table': ..., 'beacon.description': ..., 'beacon.column.<name>': ...}: what the data dictionary says. */
    private static String kvMetadata(MartTable t, String label) {
        StringBuilder b = new StringBuilder("{");
        b.append("'beacon.table': ").append(literal("marts." + t.name));
        b.append(", 'beacon.snapshot_after': ").append(literal(label));
        b.append(", 'beacon.description': ").append(literal(t.comment));
        for (Map.Entry<String, String> col : t.columns.entrySet()) {
            b.append(", ").append(literal("beacon.column." + col.getKey())).append(": ").append(literal(col.getValue()));
        }
        return b.append('}').toString();
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String ident(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
