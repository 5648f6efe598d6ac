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

    /** What was last delivered of one output: its bytes' SHA-256 and its content fingerprint (null before V16). */
    record Sent(String sha256, String contentSha256) {
    }

    /** For one recipient and period: each output's path and what was last delivered of it to them. */
    Map<String, Sent> delivered(String period, Recipient r) throws SQLException {
        Map<String, Sent> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select path, sha256, content_sha256 from raw.delivery_attempts
                where period = ? and audience = ? and scope = ? and channel = ? and address = ? and status = 'delivered'
                order by attempted_at""")) {
            ps.setString(1, period);
            ps.setString(2, r.audience());
            ps.setString(3, r.scope());
            ps.setString(4, r.channel().id());
            ps.setString(5, r.address());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Sent(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /**
     * Whether this content of this output already reached the recipient: the same bytes, or, where
     * both the manifest and the record say what the file says, the same content (a re-run of the
     * cycle re-encrypts and re-dates every file without changing what it says).
     */
    static boolean alreadyDelivered(Map<String, Sent> delivered, ManifestEntry e) {
        Sent sent = delivered.get(e.path());
        if (sent == null) {
            return false;
        }
        return e.sha256().equals(sent.sha256())
                || e.contentSha256() != null && e.contentSha256().equals(sent.contentSha256());
    }

    /** Records one attempt (one message, one copy, or one refusal), every file with the same status, in one transaction. */
    void record(String attemptId, String period, Recipient r, List<ManifestEntry> files, String status, String error, Instant at)
            throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("insert into raw.delivery_attempts (attempt_id, period, recipient, address, "
                + "audience, scope, channel, path, sha256, tlp, status, error, attempted_at, content_sha256) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
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
                ps.setString(14, e.contentSha256());
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
