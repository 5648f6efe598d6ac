package uk.beacon.signals.step;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.beacon.catalogue.Indicator;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.signals.ChartPoint;
import uk.beacon.signals.Direction;
import uk.beacon.signals.FunnelBand;
import uk.beacon.signals.FunnelPlot;
import uk.beacon.signals.FunnelPoint;
import uk.beacon.signals.FunnelResult;
import uk.beacon.signals.FunnelSettings;
import uk.beacon.signals.FunnelUnit;
import uk.beacon.signals.Meaning;
import uk.beacon.signals.PointLabel;
import uk.beacon.signals.SeriesPoint;
import uk.beacon.signals.SignalRule;
import uk.beacon.signals.SpcSettings;
import uk.beacon.signals.SpecialCause;
import uk.beacon.signals.XmrChart;
import uk.beacon.signals.XmrLimits;

/**
 * Runs the statistical kernels over the warehouse and writes their findings as signals, in
 * the same shape as the SQL signal models (signals.spc, signals.funnel):
 * <ul>
 *   <li>SPC: each authority's monthly series per indicator (XmR from 12 points, run chart
 *       below). A signal is recorded at every point after the baseline that carries a special
 *       cause, so a signal at month M uses only months up to M (the backtest relies on it).</li>
 *   <li>Funnel plots: each month and indicator with numerators and denominators, every
 *       authority against two peer groups: all authorities in the warehouse (England, for
 *       national data) and its own region, each with the over-dispersion adjustment.
 *       Statistical neighbours are compared by the neighbour-gap signal (SQL) instead: a
 *       funnel of eleven units per authority, month and indicator would cost a national run
 *       minutes and say little that the gap does not.</li>
 * </ul>
 */
public final class StatisticalSignals {

    /** One finding, as a row of a signals table. */
    record Signal(String laCode, String period, String indicator, String ruleId, String direction, double strength, String evidence) {
    }

    /** One series' XmR centre line and limits, as a row of signals.spc_limits (read by the dashboards). */
    record Limits(String laCode, String indicator, double centre, double lower, double upper, String baselineFrom,
                  String baselineTo, int baselinePoints, double limitFactor) {
    }

    private final IndicatorCatalogue catalogue;
    private final SpcSettings spc;
    private final FunnelSettings funnel;

    public StatisticalSignals(IndicatorCatalogue catalogue, SpcSettings spc, FunnelSettings funnel) {
        this.catalogue = catalogue;
        this.spc = spc;
        this.funnel = funnel;
    }

    /** Builds signals.spc and signals.funnel on the caller's connection (and transaction). */
    public Map<String, Long> build(Connection c) throws SQLException {
        List<Limits> limits = new ArrayList<>();
        List<Signal> spcSignals = spc(c, limits);
        List<Signal> funnelSignals = funnel(c);
        write(c, "signals.spc", spcSignals);
        write(c, "signals.funnel", funnelSignals);
        SpcLimitsTable.write(c, limits);
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("signals.spc", (long) spcSignals.size());
        rows.put("signals.spc_limits", (long) limits.size());
        rows.put("signals.funnel", (long) funnelSignals.size());
        return rows;
    }

    List<Signal> spc(Connection c) throws SQLException {
        return spc(c, new ArrayList<>());
    }

    /** The SPC signals; each fitted series' limits are added to {@code limits}. */
    List<Signal> spc(Connection c, List<Limits> limits) throws SQLException {
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select la_code, indicator, period, value from core.indicator_values "
                        + "where period_type = 'month' and value is not null order by la_code, indicator, period")) {
            while (rs.next()) {
                series.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new ArrayList<>())
                        .add(new SeriesPoint(rs.getString(3), rs.getDouble(4)));
            }
        }
        List<Signal> out = new ArrayList<>();
        for (Map.Entry<String, List<SeriesPoint>> e : series.entrySet()) {
            String[] key = e.getKey().split("\\|");
            Indicator ind = catalogue.find(key[1]).orElse(null);
            if (ind == null || e.getValue().size() < spc.minimumXmrPoints()) {
                continue; // run charts suit annual series; monthly series this short say little yet
            }
            XmrChart chart = XmrChart.fit(e.getValue(), ind.polarity(), spc);
            XmrLimits l = chart.limits();
            limits.add(new Limits(key[0], ind.code(), l.mean(), l.lowerLimit(), l.upperLimit(), e.getValue().get(0).period(),
                    e.getValue().get(chart.baselineLength() - 1).period(), chart.baselineLength(), spc.limitFactor()));
            for (PointLabel p : chart.points()) {
                if (p.inBaseline() || p.label().isEmpty()) {
                    continue;
                }
                SpecialCause cause = p.label().get();
                double x = p.point().value();
                double strength = cause.rule() == SignalRule.SPC_OUTSIDE_LIMITS
                        ? Math.abs(x - l.mean()) / Math.max(1e-9, (l.upperLimit() - l.mean())) : 1.0;
                out.add(new Signal(key[0], p.point().period(), ind.code(), cause.rule().name(), direction(cause.meaning()),
                        round(strength), spcEvidence(ind, p.point(), cause, l)));
            }
        }
        return out;
    }

    List<Signal> funnel(Connection c) throws SQLException {
        // Key: period|indicator|peer group, where the peer group is "England" or a region's name.
        Map<String, List<FunnelUnit>> groups = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select v.period, v.indicator, v.la_code, v.numerator, v.denominator, a.region_name from core.indicator_values v "
                        + "join core.authorities a using (la_code) "
                        + "where v.period_type = 'month' and v.numerator is not null and v.denominator > 0 order by v.period, v.indicator, v.la_code")) {
            while (rs.next()) {
                FunnelUnit unit = new FunnelUnit(rs.getString(3), rs.getLong(4), rs.getLong(5));
                String key = rs.getString(1) + "|" + rs.getString(2) + "|";
                groups.computeIfAbsent(key + "all authorities", k -> new ArrayList<>()).add(unit);
                if (rs.getString(6) != null) {
                    groups.computeIfAbsent(key + rs.getString(6), k -> new ArrayList<>()).add(unit);
                }
            }
        }
        List<Signal> out = new ArrayList<>();
        for (Map.Entry<String, List<FunnelUnit>> e : groups.entrySet()) {
            String[] key = e.getKey().split("\\|");
            Indicator ind = catalogue.find(key[1]).orElse(null);
            if (ind == null || e.getValue().size() < 5 || !(ind.isPercent() || "rate".equals(ind.measure()))) {
                continue;
            }
            FunnelResult r = ind.isPercent()
                    ? FunnelPlot.forProportions(e.getValue(), ind.scale(), ind.polarity(), funnel)
                    : FunnelPlot.forRates(e.getValue(), ind.scale(), ind.polarity(), funnel);
            for (FunnelPoint p : r.points()) {
                if (p.band() == FunnelBand.INSIDE || p.meaning().isEmpty()) {
                    continue;
                }
                boolean outer = p.band() == FunnelBand.ABOVE_OUTER || p.band() == FunnelBand.BELOW_OUTER;
                out.add(new Signal(p.unitId(), key[0], ind.code(), outer ? "FUNNEL_OUTSIDE_998" : "FUNNEL_OUTSIDE_95",
                        direction(p.meaning().get()), round(Math.abs(p.zScore()) / 1.96), funnelEvidence(ind, p, r, key[2])));
            }
        }
        return out;
    }

    private static String spcEvidence(Indicator ind, ChartPoint p, SpecialCause cause, XmrLimits l) {
        String what = switch (cause.rule()) {
            case SPC_OUTSIDE_LIMITS -> (p.value() > l.upperLimit() ? "above the upper" : "below the lower") + " process limit ("
                    + fmt(p.value() > l.upperLimit() ? l.upperLimit() : l.lowerLimit()) + ")";
            case SPC_TREND -> "part of " + cause.points().size() + " points in a row all " + (cause.direction() == Direction.UP ? "rising" : "falling");
            case SPC_TWO_OF_THREE -> "2 of 3 points beyond two thirds of the way to the " + (cause.direction() == Direction.UP ? "upper" : "lower") + " limit";
            case SPC_SHIFT -> "part of " + cause.points().size() + " points in a row " + (cause.direction() == Direction.UP ? "above" : "below") + " the mean";
            default -> cause.rule().name();
        };
        return ind.label() + " " + fmt(p.value()) + " " + ind.unit() + " in " + p.period() + " is " + what
                + "; centre line " + fmt(l.mean()) + ", limits " + fmt(l.lowerLimit()) + " to " + fmt(l.upperLimit())
                + " from its own first months.";
    }

    private static String funnelEvidence(Indicator ind, FunnelPoint p, FunnelResult r, String peers) {
        boolean above = p.band() == FunnelBand.ABOVE_OUTER || p.band() == FunnelBand.ABOVE_INNER;
        boolean outer = p.band() == FunnelBand.ABOVE_OUTER || p.band() == FunnelBand.BELOW_OUTER;
        return ind.label() + " " + fmt(p.value()) + " " + ind.unit() + " (" + (long) p.numerator() + " of " + (long) p.denominator()
                + ") is " + (above ? "above" : "below") + " the " + (outer ? "99.8%" : "95%") + " funnel limit ("
                + fmt(above ? (outer ? p.limits().outerUpper() : p.limits().innerUpper()) : (outer ? p.limits().outerLower() : p.limits().innerLower()))
                + ") around " + (peers.equals("all authorities") ? "all authorities'" : peers + "'s") + " " + fmt(r.target())
                + (r.overdispersion().applied() ? ", allowing for over-dispersion" : "") + ".";
    }

    private static String direction(Meaning m) {
        return switch (m) {
            case CONCERN -> "concern";
            case IMPROVEMENT -> "improvement";
            case NEUTRAL_CHANGE -> "neutral_change";
        };
    }

    private static void write(Connection c, String table, List<Signal> signals) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create or replace table " + table + " (la_code varchar not null, period varchar not null, indicator varchar, "
                    + "rule_id varchar not null, direction varchar not null, strength double not null, evidence varchar not null)");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into " + table + " values (?,?,?,?,?,?,?)")) {
            for (Signal g : signals) {
                ps.setString(1, g.laCode());
                ps.setString(2, g.period());
                ps.setString(3, g.indicator());
                ps.setString(4, g.ruleId());
                ps.setString(5, g.direction());
                ps.setDouble(6, g.strength());
                ps.setString(7, g.evidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String fmt(double v) {
        return String.format(Locale.UK, "%.1f", v);
    }
}
