package uk.beacon.render;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.beacon.reports.chart.ProcessLimits;
import uk.beacon.reports.chart.SpecialCauseMark;
import uk.beacon.reports.chart.TrendPoint;

/**
 * The SPC overlay of the dashboard's trend chart: the XmR centre line and process limits, and
 * which months carry a special cause, as the signals step stored them (signals.spc_limits and
 * signals.spc): the chart draws the very limits the signals were judged against, fitted once,
 * on the authority's whole monthly series (not only the 24 months the chart shows).
 *
 * <p>As in signals.spc, only months after the baseline are marked: the baseline months set the
 * limits and are not judged against them.
 *
 * @param limits the centre line and limits, or null when the series is too short for XmR
 * @param marks  month ("YYYY-MM") to what its special cause means; months without one are absent
 */
record TrendSpc(ProcessLimits limits, Map<String, SpecialCauseMark> marks) {

    TrendSpc {
        marks = Map.copyOf(marks);
    }

    /** No limits and no marks: the series is too short for XmR (or the indicator is unknown). */
    static final TrendSpc NONE = new TrendSpc(null, Map.of());

    /** Each authority's overlay for {@code indicator}, marks up to {@code period}, read from the signals step's tables. */
    static Map<String, TrendSpc> load(Connection c, String indicator, YearMonth period) throws SQLException {
        Map<String, ProcessLimits> limits = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select la_code, centre, lower_limit, upper_limit, baseline_from, baseline_to, baseline_points, limit_factor
                from signals.spc_limits where indicator = ?""")) {
            ps.setString(1, indicator);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    limits.put(rs.getString(1), new ProcessLimits(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getDouble(8)));
                }
            }
        }
        Map<String, Map<String, SpecialCauseMark>> marks = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select la_code, period, direction from signals.spc where indicator = ? and period <= ?")) {
            ps.setString(1, indicator);
            ps.setString(2, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    marks.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), switch (rs.getString(3)) {
                        case "concern" -> SpecialCauseMark.CONCERN;
                        case "improvement" -> SpecialCauseMark.IMPROVEMENT;
                        default -> SpecialCauseMark.NEUTRAL_CHANGE;
                    });
                }
            }
        }
        Map<String, TrendSpc> out = new HashMap<>();
        limits.forEach((la, l) -> out.put(la, new TrendSpc(l, marks.getOrDefault(la, Map.of()))));
        return out;
    }

    /** The shown points with their months' special causes (a point with no value is never marked). */
    List<TrendPoint> mark(List<TrendPoint> shown) {
        List<TrendPoint> out = new ArrayList<>(shown.size());
        for (TrendPoint p : shown) {
            SpecialCauseMark mark = p.value() == null ? null : marks.get(p.period());
            out.add(new TrendPoint(p.indicatorCode(), p.period(), p.value(), p.england(), p.region(), mark));
        }
        return out;
    }
}
