package uk.beacon.intelligence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Writes validated soft-intelligence rows to raw.notes, raw.peer_reviews and raw.inspections (small volumes: plain JDBC batches). */
final class IntelligenceWriter {

    private IntelligenceWriter() {
    }

    static void write(Connection c, String sha256, String sheet, IntelligenceValidator.Result r, LocalDateTime receivedAt) throws SQLException {
        Timestamp at = Timestamp.valueOf(receivedAt);
        try (PreparedStatement ps = c.prepareStatement("insert into raw.notes values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (IntelligenceRecords.Note n : r.notes()) {
                ps.setString(1, sha256);
                ps.setString(2, sheet);
                ps.setInt(3, n.line());
                ps.setString(4, n.noteId());
                ps.setString(5, n.laCode());
                ps.setDate(6, Date.valueOf(n.observedOn()));
                ps.setString(7, n.category());
                ps.setString(8, n.signal());
                ps.setInt(9, n.severity());
                ps.setString(10, n.tlp());
                ps.setString(11, n.source());
                ps.setString(12, n.summary());
                ps.setTimestamp(13, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into raw.peer_reviews values (?,?,?,?,?,?,?,?,?)")) {
            for (IntelligenceRecords.PeerReview p : r.reviews()) {
                ps.setString(1, sha256);
                ps.setInt(2, p.line());
                ps.setString(3, p.laCode());
                ps.setString(4, p.reviewType());
                ps.setDate(5, Date.valueOf(p.startedOn()));
                ps.setDate(6, date(p.completedOn()));
                ps.setString(7, p.leadOrganisation());
                ps.setString(8, p.summary());
                ps.setTimestamp(9, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into raw.inspections values (?,?,?,?,?,?,?,?)")) {
            for (IntelligenceRecords.Inspection i : r.inspections()) {
                ps.setString(1, sha256);
                ps.setInt(2, i.line());
                ps.setString(3, i.laCode());
                ps.setString(4, i.inspectionType());
                ps.setDate(5, Date.valueOf(i.inspectionDate()));
                ps.setDate(6, date(i.publishedOn()));
                ps.setString(7, i.overallEffectiveness());
                ps.setTimestamp(8, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
