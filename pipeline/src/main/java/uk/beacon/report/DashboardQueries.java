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
    static final String TLP = "TLP:GREEN";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DashboardQueries() {
    }

    /** One dashboard per authority with any figure for the period, alphabetical by name. */
    static List<AuthorityDashboard> load(Connection c, YearMonth period, LocalDate asOf) throws SQLException {
        Map<String, List<IndicatorRow>> rows = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        Map<String, Boolean> synthetic = new LinkedHashMap<>();
        String sql = """
                select la_code, la_name, region_name, synthetic, indicator, indicator_label, unit, polarity,
                       value, england_value, region_value, neighbours_median, previous_value, status
                from marts.authority_comparison
                where period = ?
                  and la_code in (select la_code from marts.authority_comparison where period = ? and value is not null)
                order by la_name, sort_order
                """;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, period.toString());
            ps.setString(2, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String la = rs.getString("la_code");
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
                    asOf.format(DAY), synthetic.get(la), TLP, e.getValue(), label, unit,
                    trends.getOrDefault(la, List.of())));
        }
        return out;
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
