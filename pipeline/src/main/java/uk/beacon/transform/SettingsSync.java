package uk.beacon.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.TreeMap;
import uk.beacon.config.ConfigResources;

/** Copies config/early-warning.properties into ref.settings, where the signal models read their thresholds. */
public final class SettingsSync {

    private SettingsSync() {
    }

    /**
     * The shipped config/early-warning.properties, with the configuration directory's copy (if
     * any) laid over it key by key: a key the copy sets wins, a key it leaves out keeps the
     * shipped value, so a copy holding only a calibration (config/real-history/) is complete.
     */
    public static Properties builtIn() {
        Properties p = new Properties();
        try (InputStream in = ConfigResources.openShipped("early-warning.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.nio.file.Path over = ConfigResources.overrideFile("early-warning.properties");
        if (over != null) {
            try (InputStream in = java.nio.file.Files.newInputStream(over)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + over + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    /**
     * The settings the last build of the models used, as stored in ref.settings; empty when no
     * cycle or rebuild has run on this warehouse yet.
     */
    public static Properties stored(Connection c) throws SQLException {
        Properties p = new Properties();
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("select key, value from ref.settings")) {
            while (rs.next()) {
                p.setProperty(rs.getString(1), rs.getString(2));
            }
        }
        return p;
    }

    public static void sync(Connection c, Properties settings) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from ref.settings");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into ref.settings values (?, ?)")) {
            for (var e : new TreeMap<>(settings).entrySet()) {
                ps.setString(1, e.getKey().toString().trim());
                ps.setString(2, e.getValue().toString().trim());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        uk.beacon.published.PublicationDates.builtIn().sync(c);
    }
}
