package uk.beacon.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few lines at the top of every delivery: returns received, concern levels changed and
 * peer-review triggers opened in the month, for the recipient's scope only (from
 * marts.returns_status, marts.concern_assessment and marts.peer_review_triggers).
 *
 * <p>Counts only, never an authority's name or any note: the message body is plain text and
 * travels unencrypted. An authority's own team gets its returns only; concern levels and
 * triggers are for the audiences that receive the assessments (region, sector body, named).
 */
final class MonthSummary {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final List<String> LEVELS = List.of("none", "watch", "concern", "serious concern");

    private MonthSummary() {
    }

    /** The summary lines for an audience and scope ("all", a region's name, an authority's code). */
    static List<String> lines(Connection c, YearMonth period, String audience, String scope) {
        List<String> out = new ArrayList<>();
        String where = switch (audience) {
            case "region" -> "a.region_name = ?";
            case "authority" -> "a.la_code = ?";
            default -> "? = ?";
        };
        boolean bind2 = !audience.equals("region") && !audience.equals("authority");
        try {
            int authorities = count(c, "select count(*) from core.authorities a where " + where, scope, bind2);
            String area = switch (audience) {
                case "region" -> scope + " (" + authorities + " authorities)";
                case "authority" -> "your authority";
                default -> "England (" + authorities + " authorities)";
            };
            out.add("The month in " + area + ":");
        } catch (SQLException e) {
            out.add("The month: (no authorities in the warehouse)");
        }
        out.add(line("Returns", () -> audience.equals("authority") ? ownReturn(c, period, scope) : returns(c, period, where, scope, bind2)));
        if (!audience.equals("authority") && !audience.equals("public")) {
            out.add(line("Concern levels", () -> concern(c, period, where, scope, bind2)));
            out.add(line("Triggers", () -> triggers(c, period, where, scope, bind2)));
        }
        return out;
    }

    private interface Query {
        String run() throws SQLException;
    }

    private static String line(String label, Query q) {
        String text;
        try {
            text = q.run();
        } catch (SQLException e) {
            text = "not available (the warehouse has no such table yet: run 'beacon run' first)";
        }
        return String.format("  %-16s %s", label + ":", text);
    }

    private static String returns(Connection c, YearMonth period, String where, String scope, boolean bind2) throws SQLException {
        Map<String, Integer> byState = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select r.state, count(*) from marts.returns_status r join core.authorities a using (la_code) "
                + "where r.period = ? and " + where + " group by 1")) {
            ps.setString(1, period.toString());
            bind(ps, 2, scope, bind2);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byState.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        if (byState.isEmpty()) {
            return "none expected for " + period.format(MONTH);
        }
        return byState.getOrDefault("complete", 0) + " received in full, " + byState.getOrDefault("partial", 0) + " in part, "
                + byState.getOrDefault("missing", 0) + " missing";
    }

    /** One authority's own return: "in part: 14 of 15 figures". */
    private static String ownReturn(Connection c, YearMonth period, String laCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select state, received, expected from marts.returns_status where la_code = ? and period = ?")) {
            ps.setString(1, laCode);
            ps.setString(2, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "none expected for " + period.format(MONTH);
                }
                String state = switch (rs.getString(1)) {
                    case "complete" -> "received in full";
                    case "partial" -> "received in part";
                    case "missing" -> "missing";
                    default -> rs.getString(1);
                };
                return "your " + period.format(MONTH) + " return: " + state + " (" + rs.getInt(2) + " of " + rs.getInt(3) + " figures)";
            }
        }
    }

    private static String concern(Connection c, YearMonth period, String where, String scope, boolean bind2) throws SQLException {
        int up = 0;
        int down = 0;
        Map<String, Integer> now = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select cur.level, prev.level from marts.concern_assessment cur "
                + "join core.authorities a using (la_code) "
                + "left join marts.concern_assessment prev on prev.la_code = cur.la_code and prev.period = ? "
                + "where cur.period = ? and " + where)) {
            ps.setString(1, period.minusMonths(1).toString());
            ps.setString(2, period.toString());
            bind(ps, 3, scope, bind2);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String cur = rs.getString(1);
                    String prev = rs.getString(2) == null ? "none" : rs.getString(2);
                    int d = LEVELS.indexOf(cur) - LEVELS.indexOf(prev);
                    up += d > 0 ? 1 : 0;
                    down += d < 0 ? 1 : 0;
                    now.merge(cur, 1, Integer::sum);
                }
            }
        }
        List<String> levels = new ArrayList<>();
        for (int i = LEVELS.size() - 1; i > 0; i--) {
            levels.add(now.getOrDefault(LEVELS.get(i), 0) + " " + LEVELS.get(i));
        }
        return (up + down) + " changed since " + period.minusMonths(1).format(MONTH) + " (" + up + " up, " + down + " down); now "
                + String.join(", ", levels);
    }

    private static String triggers(Connection c, YearMonth period, String where, String scope, boolean bind2) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) filter (where t.opened_period = ?), "
                + "count(*) filter (where t.status in ('open', 'accepted')) "
                + "from marts.peer_review_triggers t join core.authorities a using (la_code) where " + where)) {
            ps.setString(1, period.toString());
            bind(ps, 2, scope, bind2);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int opened = rs.getInt(1);
                return opened + " peer-review trigger" + (opened == 1 ? "" : "s") + " opened this month; " + rs.getInt(2) + " open in all";
            }
        }
    }

    private static int count(Connection c, String sql, String scope, boolean bind2) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, 1, scope, bind2);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, int index, String scope, boolean twice) throws SQLException {
        ps.setString(index, scope);
        if (twice) {
            ps.setString(index + 1, scope);
        }
    }
}
