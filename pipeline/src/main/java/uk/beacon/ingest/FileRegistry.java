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
 * raw.files rows written through JDBC (notes and files named to a command; the returns step
 * appends its own). Whether a file is taken in at all is {@link Intake}'s decision.
 */
public final class FileRegistry {

    private FileRegistry() {
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
