package uk.beacon.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.beacon.render.ManifestEntry;

/** raw.delivery_attempts: what was delivered to whom, so a re-run sends only what failed or changed. */
final class DeliveryRecord {

    private final Connection c;

    DeliveryRecord(Connection c) {
        this.c = c;
    }

    /** For one recipient and period: each output's path and the SHA-256 last delivered to them. */
    Map<String, String> delivered(String period, Recipient r) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select path, sha256 from raw.delivery_attempts
                where period = ? and audience = ? and scope = ? and channel = ? and address = ? and status = 'delivered'
                order by attempted_at""")) {
            ps.setString(1, period);
            ps.setString(2, r.audience());
            ps.setString(3, r.scope());
            ps.setString(4, r.channel().id());
            ps.setString(5, r.address());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Whether exactly this content of this output already reached the recipient. */
    static boolean alreadyDelivered(Map<String, String> delivered, ManifestEntry e) {
        return e.sha256().equals(delivered.get(e.path()));
    }

    /** Records one attempt (one message, one copy, or one refusal), every file with the same status, in one transaction. */
    void record(String attemptId, String period, Recipient r, List<ManifestEntry> files, String status, String error, Instant at)
            throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("insert into raw.delivery_attempts values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (ManifestEntry e : files) {
                ps.setString(1, attemptId);
                ps.setString(2, period);
                ps.setString(3, r.name());
                ps.setString(4, r.address());
                ps.setString(5, r.audience());
                ps.setString(6, r.scope());
                ps.setString(7, r.channel().id());
                ps.setString(8, e.path());
                ps.setString(9, e.sha256());
                ps.setString(10, e.tlp());
                ps.setString(11, status);
                ps.setString(12, error);
                ps.setTimestamp(13, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
