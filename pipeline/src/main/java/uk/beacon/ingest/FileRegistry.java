package uk.beacon.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * raw.files for files that arrive by command rather than through the inbox (reference and
 * published-statistics imports): is this content already loaded, and record that it now is.
 */
public final class FileRegistry {

    private FileRegistry() {
    }

    public static boolean isKnown(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from raw.files where sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Records a loaded file; {@code rows} is how many rows it gave. */
    public static void recordLoaded(Connection c, Path file, String sha256, Path archived, String kind, String layout, long size,
                                    int rows, LocalDateTime receivedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into raw.files values (?, ?, ?, ?, ?, 'csv', ?, null, 'loaded', ?, ?, 0, ?, ?, null)")) {
            ps.setString(1, sha256);
            ps.setString(2, file.getFileName().toString());
            ps.setString(3, kind);
            ps.setString(4, archived.toString());
            ps.setLong(5, size);
            ps.setString(6, layout);
            ps.setInt(7, rows);
            ps.setInt(8, rows);
            ps.setTimestamp(9, modified(file));
            ps.setTimestamp(10, Timestamp.valueOf(receivedAt));
            ps.executeUpdate();
        }
    }

    private static Timestamp modified(Path file) {
        try {
            return new Timestamp(Files.getLastModifiedTime(file).toMillis());
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
