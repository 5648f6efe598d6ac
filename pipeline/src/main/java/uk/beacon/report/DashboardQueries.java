package uk.beacon.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.beacon.reports.AuthorityDashboard;
import uk.beacon.reports.IndicatorRow;
import uk.beacon.reports.TrendPoint;

/** Reads what an authority dashboard shows from marts.authority_comparison. */
final class DashboardQueries {

    /** The indicator whose 24-month trend the dashboard charts. */
    static final String TREND_INDICATOR = "REREFERRAL_PCT";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DashboardQueries() {
    }

    /**
     * One dashboard per authority that has ever sent a return, alphabetical by name: an
     * authority whose return for the period is missing still gets one, which says so. These
     * carry no notes yet: {@link NotesForAudience} makes each audience's copy.
     */
    static List<AuthorityDashboard> load(Connection c, YearMonth period, LocalDate asOf) throws SQLException {
        Map<String, List<IndicatorRow>> rows = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        Map<String, Boolean> synthetic = new LinkedHashMap<>();
        Map<String, String> returnStatus = new LinkedHashMap<>();
        String sql = """
                select c.la_code, c.la_name, c.region_name, c.synthetic, c.indicator, c.indicator_label, c.unit, c.polarity,
                       c.value, c.england_value, c.region_value, c.neighbours_median, c.previous_value, c.status,
                       r.state as return_state, r.received, r.expected
                from marts.authority_comparison c
                left join marts.returns_status r on r.la_code = c.la_code and r.period = c.period
                where c.period = ?
                  and c.la_code in (select la_code from marts.returns_status)
                order by c.la_name, c.sort_order
                """;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String la = rs.getString("la_code");
                    returnStatus.putIfAbsent(la, describeReturn(rs.getString("return_state"), rs.getInt("received"),
                            rs.getInt("expected"), period));
                    names.putIfAbsent(la, new String[] {rs.getString("la_name"), rs.getString("region_name")});
                    synthetic.putIfAbsent(la, rs.getBoolean("synthetic"));
                    rows.computeIfAbsent(la, k -> new ArrayList<>()).add(new IndicatorRow(rs.getString("indicator"),
                            rs.getString("indicator_label"), rs.getString("unit"), rs.getString("polarity"),
                            number(rs, "value"), number(rs, "england_value"), number(rs, "region_value"),
                            number(rs, "neighbours_median"), number(rs, "previous_value"), rs.getString("status")));
                }
            }
        }
        Map<String, List<TrendPoint>> trends = trends(c, period);
        String label = labelOf(c, TREND_INDICATOR);
        String unit = unitOf(c, TREND_INDICATOR);
        List<AuthorityDashboard> out = new ArrayList<>();
        for (Map.Entry<String, List<IndicatorRow>> e : rows.entrySet()) {
            String la = e.getKey();
            out.add(new AuthorityDashboard(la, names.get(la)[0], names.get(la)[1], period.toString(), period.format(MONTH),
                    asOf.format(DAY), synthetic.get(la), NotesForAudience.DATA_ONLY.marking(), e.getValue(), label, unit,
                    trends.getOrDefault(la, List.of()), returnStatus.get(la), null, List.of(), 0));
        }
        return out;
    }

    static String describeReturn(String state, int received, int expected, YearMonth period) {
        String month = period.format(MONTH);
        if (state == null || state.equals("missing")) {
            return "Return for " + month + " not received";
        }
        if (state.equals("partial")) {
            return "Return for " + month + " incomplete: " + received + " of " + expected + " indicators";
        }
        return "Return for " + month + " received in full";
    }

    private static Map<String, List<TrendPoint>> trends(Connection c, YearMonth period) throws SQLException {
        Map<String, List<TrendPoint>> out = new LinkedHashMap<>();
        String sql = """
                select la_code, period, value, england_value, region_value
                from marts.authority_comparison
                where indicator = ? and period > ? and period <= ?
                order by la_code, period
                """;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, TREND_INDICATOR);
            ps.setString(2, period.minusMonths(24).toString());
            ps.setString(3, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new TrendPoint(TREND_INDICATOR,
                            rs.getString(2), number(rs, "value"), number(rs, "england_value"), number(rs, "region_value")));
                }
            }
        }
        return out;
    }

    private static String labelOf(Connection c, String code) throws SQLException {
        return single(c, "select label from ref.indicators where code = ?", code);
    }

    private static String unitOf(Connection c, String code) throws SQLException {
        return single(c, "select unit from ref.indicators where code = ?", code);
    }

    private static String single(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : arg;
            }
        }
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }
}
