package uk.beacon.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;

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

    /** Records a file loaded whole by a command; {@code rows} is how many rows it gave. */
    public static void recordLoaded(Connection c, Path file, String sha256, Path archived, String kind, String layout, long size,
                                    int rows, LocalDateTime receivedAt) throws SQLException {
        String name = file.getFileName().toString();
        record(c, new FileRecord(sha256, name, kind, archived.toString(), size, Containers.extensionOf(name), layout, null, "loaded",
                rows, rows, 0, modifiedAt(file), receivedAt, null));
    }

    /** Writes one raw.files row (plain JDBC: commands record a handful of files). */
    public static void record(Connection c, FileRecord f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into raw.files values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, f.sha256());
            ps.setString(2, f.originalName());
            ps.setString(3, f.kind());
            ps.setString(4, f.archivedPath());
            ps.setLong(5, f.sizeBytes());
            ps.setString(6, f.container());
            ps.setString(7, f.layout());
            ps.setString(8, f.encoding());
            ps.setString(9, f.outcome());
            ps.setInt(10, f.received());
            ps.setInt(11, f.accepted());
            ps.setInt(12, f.rejected());
            ps.setTimestamp(13, f.modifiedAt() == null ? null : Timestamp.valueOf(f.modifiedAt()));
            ps.setTimestamp(14, Timestamp.valueOf(f.receivedAt()));
            ps.setObject(15, f.jobExecutionId());
            ps.executeUpdate();
        }
    }

    /** The file's last-modified time (the sender's save time, a best-effort hint), or null when unreadable. */
    public static LocalDateTime modifiedAt(Path file) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return null;
        }
    }
}
