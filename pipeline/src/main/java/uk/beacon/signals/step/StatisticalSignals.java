package uk.beacon.signals.step;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import uk.beacon.signals.RunChart;
import uk.beacon.signals.RunSignal;
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
 *   <li>SPC: each authority's series per indicator at its own cadence (month, quarter or
 *       reporting year; points, not months, count). Each figure is judged as it became known:
 *       on the figures of its own and earlier periods known by its known_at, never on later ones,
 *       so a signal at period P uses only what was known when P's figure arrived (the no-look-ahead
 *       test and the backtest rely on it). From spc.xmr_min_points points, and after the
 *       baseline, an XmR chart; from spc.run_chart_min_points, Anhøj's run-chart rules.</li>
 *   <li>Funnel plots: each period (any cadence) and indicator with numerators and denominators, every
 *       authority against two peer groups: all authorities in the warehouse (England, for
 *       national data) and its own region, each with the over-dispersion adjustment; each
 *       authority against the peers' figures known by the day its own became known.
 *       Statistical neighbours are compared by the neighbour-gap signal (SQL) instead: a
 *       funnel of eleven units per authority, month and indicator would cost a national run
 *       minutes and say little that the gap does not.</li>
 * </ul>
 */
final class StatisticalSignals {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatisticalSignals.class);

    /** One finding, as a row of a signals table. */
    record Signal(String laCode, String period, String indicator, String ruleId, String direction, double strength, String evidence) {
    }

    /** One series' XmR centre line and limits, as a row of signals.spc_limits (read by the dashboards). */
    record Limits(String laCode, String indicator, String periodType, double centre, double lower, double upper, String baselineFrom,
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

    /**
     * Builds signals.spc, signals.spc_limits, signals.funnel and the stored funnel plots
     * (signals.funnel_fits, signals.funnel_points) on the caller's connection (and transaction).
     * The figures are read first on that connection; the SPC and funnel kernels then run side by
     * side (they share nothing), and the results are written in a fixed order.
     */
    public Map<String, Long> build(Connection c) throws SQLException {
        long t0 = System.nanoTime();
        Inputs inputs = read(c);
        Map<String, List<Figure>> series = inputs.series();
        Map<String, List<PeerFigure>> groups = inputs.groups();
        long t1 = System.nanoTime();
        List<Limits> limits = new ArrayList<>();
        List<FunnelFit> fits = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "funnel-kernel");
            t.setDaemon(true);
            return t;
        });
        List<Signal> spcSignals;
        List<Signal> funnelSignals;
        try {
            java.util.concurrent.Future<List<Signal>> funnelWork = pool.submit(() -> funnel(groups, fits));
            spcSignals = spc(series, limits);
            funnelSignals = funnelWork.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing funnel plots", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long t2 = System.nanoTime();
        write(c, "signals.spc", spcSignals);
        write(c, "signals.funnel", funnelSignals);
        SpcLimitsTable.write(c, limits);
        long points = FunnelFitsTable.write(c, fits);
        log.info("Read figures in {} ms; SPC ({} signal(s)) and funnels ({} signal(s), {} plot(s)) in {} ms; written in {} ms",
                (t1 - t0) / 1_000_000, spcSignals.size(), funnelSignals.size(), fits.size(), (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("signals.spc", (long) spcSignals.size());
        rows.put("signals.spc_limits", (long) limits.size());
        rows.put("signals.funnel", (long) funnelSignals.size());
        rows.put("signals.funnel_fits", (long) fits.size());
        rows.put("signals.funnel_points", points);
        return rows;
    }

    /**
     * A funnel plot as stored for the reports: one period, indicator and peer group, over every
     * figure of the group (as the last of its figures became known), with its points.
     */
    record FunnelFit(String period, String indicator, String peerGroup, LocalDate knownBy, FunnelResult result) {
    }

    /** One figure of a series, with the day it became known. */
    private record Figure(String period, LocalDate knownAt, double value) {
    }

    /** One figure of a funnel's peer group, with the day it became known. */
    private record PeerFigure(FunnelUnit unit, LocalDate knownAt) {
    }

    List<Signal> spc(Connection c) throws SQLException {
        return spc(read(c).series(), new ArrayList<>());
    }

    /**
     * Both kernels' figures, read in one pass over core.indicator_values (JDBC's row-by-row
     * reading is most of the cost here). {@code series}: a series is one authority's figures for
     * one indicator at one cadence, in period order, keyed authority|indicator|cadence.
     * {@code groups}: the funnels' peer groups, keyed period|indicator|peer group, where the peer
     * group is "all authorities" or a region's name; any cadence (the period's text names it:
     * 2026-10, 2026-Q2, 2025); in period and indicator order, "all authorities" first, each
     * group's figures in authority order.
     */
    private record Inputs(Map<String, List<Figure>> series, Map<String, List<PeerFigure>> groups) {
    }

    private static Inputs read(Connection c) throws SQLException {
        Map<String, String> regions = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select la_code, region_name from core.authorities")) {
            while (rs.next()) {
                regions.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, List<Figure>> series = new LinkedHashMap<>();
        java.util.TreeMap<String, Map<String, List<PeerFigure>>> byPeriod = new java.util.TreeMap<>();
        Map<String, String> texts = new HashMap<>(); // one String per distinct code, period and cadence
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select la_code, indicator, period_type, period, (known_at - date '1970-01-01')::integer, value, numerator, denominator "
                        + "from core.indicator_values order by la_code, indicator, period_type, period_end, period")) {
            String seriesKey = null;
            List<Figure> current = null;
            while (rs.next()) {
                String la = texts.computeIfAbsent(rs.getString(1), k -> k);
                String indicator = texts.computeIfAbsent(rs.getString(2), k -> k);
                String cadence = texts.computeIfAbsent(rs.getString(3), k -> k);
                String period = texts.computeIfAbsent(rs.getString(4), k -> k);
                int day = rs.getInt(5);
                LocalDate knownAt = rs.wasNull() ? null : LocalDate.ofEpochDay(day);
                double value = rs.getDouble(6);
                if (!rs.wasNull()) {
                    String key = la + "|" + indicator + "|" + cadence;
                    if (!key.equals(seriesKey)) { // rows come series by series
                        seriesKey = key;
                        current = series.computeIfAbsent(key, k -> new ArrayList<>());
                    }
                    current.add(new Figure(period, knownAt, value));
                }
                long numerator = rs.getLong(7);
                boolean hasNumerator = !rs.wasNull();
                long denominator = rs.getLong(8);
                if (hasNumerator && !rs.wasNull() && denominator > 0 && regions.containsKey(la)) {
                    PeerFigure unit = new PeerFigure(new FunnelUnit(la, numerator, denominator), knownAt);
                    Map<String, List<PeerFigure>> groups = byPeriod.computeIfAbsent(period + "|" + indicator + "|", k -> new LinkedHashMap<>());
                    groups.computeIfAbsent("all authorities", k -> new ArrayList<>()).add(unit);
                    String region = regions.get(la);
                    if (region != null) {
                        groups.computeIfAbsent(region, k -> new ArrayList<>()).add(unit);
                    }
                }
            }
        }
        Map<String, List<PeerFigure>> groups = new LinkedHashMap<>();
        byPeriod.forEach((periodIndicator, g) -> g.forEach((group, units) -> groups.put(periodIndicator + group, units)));
        return new Inputs(series, groups);
    }

    /** The SPC signals; each series' XmR limits (fixed once its baseline is complete) are added to {@code limits}. */
    private List<Signal> spc(Map<String, List<Figure>> series, List<Limits> limits) {
        SpcSettings settings = spc;
        List<Signal> out = new ArrayList<>();
        for (Map.Entry<String, List<Figure>> e : series.entrySet()) {
            String[] key = e.getKey().split("\\|");
            Indicator ind = catalogue.find(key[1]).orElse(null);
            if (ind == null || e.getValue().size() < settings.runChartMinimumPoints()) {
                continue;
            }
            String cadence = key[2];
            List<Figure> figures = e.getValue();
            List<SeriesPoint> all = figures.stream().map(f -> new SeriesPoint(f.period(), f.value())).toList();
            // Usually figures become known in period order: then each one's view is the series up to it,
            // and one pass judges every point. Otherwise each figure is judged on its own view.
            boolean inOrder = true;
            for (int j = 1; j < figures.size() && inOrder; j++) {
                inOrder = !figures.get(j).knownAt().isBefore(figures.get(j - 1).knownAt());
            }
            List<Optional<SpecialCause>> arriving = inOrder ? XmrChart.causesAsEachPointArrives(all, ind.polarity(), settings) : null;
            if (all.size() >= settings.minimumXmrPoints()) {
                XmrLimits l = XmrChart.fit(all, ind.polarity(), settings).limits();
                int baseline = Math.min(settings.baselineLength(), all.size());
                limits.add(new Limits(key[0], ind.code(), cadence, l.mean(), l.lowerLimit(), l.upperLimit(), all.get(0).period(),
                        all.get(baseline - 1).period(), baseline, settings.limitFactor()));
            }
            for (int i = 0; i < figures.size(); i++) {
                // Each figure is judged as it became known: on the figures of earlier periods known by then.
                Figure at = figures.get(i);
                List<SeriesPoint> asOf;
                if (inOrder) {
                    asOf = all.subList(0, i + 1);
                } else {
                    asOf = new ArrayList<>(i + 1);
                    for (int j = 0; j <= i; j++) {
                        if (j == i || !figures.get(j).knownAt().isAfter(at.knownAt())) {
                            asOf.add(all.get(j));
                        }
                    }
                }
                int last = asOf.size() - 1;
                if (asOf.size() >= settings.minimumXmrPoints() && last >= settings.baselineLength()) {
                    Optional<SpecialCause> cause = inOrder ? arriving.get(i) : XmrChart.causeAtLastPoint(asOf, ind.polarity(), settings);
                    if (cause.isPresent()) {
                        SpecialCause sc = cause.get();
                        XmrLimits l = sc.limits();
                        double strength = sc.rule() == SignalRule.SPC_OUTSIDE_LIMITS
                                ? Math.abs(at.value() - l.mean()) / Math.max(1e-9, (l.upperLimit() - l.mean())) : 1.0;
                        out.add(new Signal(key[0], at.period(), ind.code(), sc.rule().name(), direction(sc.meaning()),
                                round(strength), spcEvidence(ind, new ChartPoint(last, at.period(), at.value()), sc, l, cadence,
                                        Math.min(settings.baselineLength(), asOf.size()))));
                    }
                } else if (asOf.size() >= settings.runChartMinimumPoints()) {
                    RunChart chart = RunChart.analyse(asOf, ind.polarity(), settings);
                    // One signal per point, as for XmR: a long run before too few crossings.
                    for (RunSignal rsig : chart.signalsAtLastPoint(last).stream().limit(1).toList()) {
                        out.add(new Signal(key[0], at.period(), ind.code(), rsig.rule().name(), direction(rsig.meaning()), 1.0,
                                runEvidence(ind, at, rsig, chart, cadence)));
                    }
                }
            }
        }
        return out;
    }

    List<Signal> funnel(Connection c) throws SQLException {
        return funnel(read(c).groups(), new ArrayList<>());
    }

    /** The funnel signals; each group's plot over all its figures (as the last became known) is added to {@code fits}. */
    private List<Signal> funnel(Map<String, List<PeerFigure>> groups, List<FunnelFit> fits) {
        List<Signal> out = new ArrayList<>();
        for (Map.Entry<String, List<PeerFigure>> e : groups.entrySet()) {
            String[] key = e.getKey().split("\\|");
            Indicator ind = catalogue.find(key[1]).orElse(null);
            if (ind == null || !(ind.isPercent() || "rate".equals(ind.measure()))) {
                continue;
            }
            // Each authority is judged against the peers' figures known by the day its own became known
            // (no look-ahead); usually every figure of a period is known by the same few days.
            java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
            e.getValue().forEach(u -> days.add(u.knownAt()));
            for (LocalDate day : days) {
                List<FunnelUnit> peers = e.getValue().stream().filter(u -> !u.knownAt().isAfter(day)).map(PeerFigure::unit).toList();
                java.util.Set<String> judged = new java.util.HashSet<>();
                e.getValue().stream().filter(u -> u.knownAt().equals(day)).forEach(u -> judged.add(u.unit().unitId()));
                if (peers.size() < 5) {
                    continue;
                }
                FunnelResult r = ind.isPercent()
                        ? FunnelPlot.forProportions(peers, ind.scale(), ind.polarity(), funnel)
                        : FunnelPlot.forRates(peers, ind.scale(), ind.polarity(), funnel);
                if (day.equals(days.last())) {
                    fits.add(new FunnelFit(key[0], ind.code(), key[2], day, r)); // every figure of the group known: what the reports draw
                }
                for (FunnelPoint p : r.points()) {
                    if (!judged.contains(p.unitId()) || p.band() == FunnelBand.INSIDE || p.meaning().isEmpty()) {
                        continue;
                    }
                    boolean outer = p.band() == FunnelBand.ABOVE_OUTER || p.band() == FunnelBand.BELOW_OUTER;
                    out.add(new Signal(p.unitId(), key[0], ind.code(), outer ? "FUNNEL_OUTSIDE_998" : "FUNNEL_OUTSIDE_95",
                            direction(p.meaning().get()), round(Math.abs(p.zScore()) / 1.96), funnelEvidence(ind, p, r, key[2])));
                }
            }
        }
        return out;
    }

    private static String spcEvidence(Indicator ind, ChartPoint p, SpecialCause cause, XmrLimits l, String cadence, int baseline) {
        String what = switch (cause.rule()) {
            case SPC_OUTSIDE_LIMITS -> (p.value() > l.upperLimit() ? "above the upper" : "below the lower") + " process limit ("
                    + fmt(p.value() > l.upperLimit() ? l.upperLimit() : l.lowerLimit()) + ")";
            case SPC_TREND -> "part of " + cause.points().size() + " points in a row all " + (cause.direction() == Direction.UP ? "rising" : "falling");
            case SPC_TWO_OF_THREE -> "2 of 3 points beyond two thirds of the way to the " + (cause.direction() == Direction.UP ? "upper" : "lower") + " limit";
            case SPC_SHIFT -> "part of " + cause.points().size() + " points in a row " + (cause.direction() == Direction.UP ? "above" : "below") + " the mean";
            default -> cause.rule().name();
        };
        // Monthly evidence reads as it always has; other cadences say which chart and how many points.
        String from = "month".equals(cadence) ? "from its own first months."
                : "from its own first " + baseline + " " + plural(cadence) + " (XmR chart).";
        return ind.label() + " " + fmt(p.value()) + " " + ind.unit() + " in " + p.period() + " is " + what
                + "; centre line " + fmt(l.mean()) + ", limits " + fmt(l.lowerLimit()) + " to " + fmt(l.upperLimit())
                + " " + from;
    }

    private static String runEvidence(Indicator ind, Figure at, RunSignal s, RunChart chart, String cadence) {
        String where = s.direction().map(d -> d == Direction.UP ? "above" : "below").orElse("beside");
        String what = s.rule() == SignalRule.RUN_SHIFT
                ? "part of a run of " + s.points().size() + " " + plural(cadence) + " " + where + " the median (longer than "
                        + chart.longestRunLimit() + " is unusual for " + chart.usefulPoints() + " points)"
                : "in a series that crossed its median only " + chart.crossings() + " time" + (chart.crossings() == 1 ? "" : "s")
                        + " (fewer than " + chart.fewestCrossings() + " is unusual for " + chart.usefulPoints() + " points), now " + where + " it";
        return ind.label() + " " + fmt(at.value()) + " " + ind.unit() + " in " + at.period() + " is " + what
                + "; median " + fmt(chart.median()) + " of the " + plural(cadence) + " known so far (run chart, Anhøj rules: too few points for XmR limits).";
    }

    private static String plural(String cadence) {
        return switch (cadence) {
            case "quarter" -> "quarters";
            case "year" -> "years";
            default -> "months";
        };
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
        // A DuckDB Appender: far faster than batched inserts. Safe here: the table was just created
        // in this transaction, so the Appender is not the transaction's first statement (stack.md).
        String[] name = table.split("\\.");
        try (org.duckdb.DuckDBAppender a = c.unwrap(org.duckdb.DuckDBConnection.class).createAppender(name[0], name[1])) {
            for (Signal g : signals) {
                a.beginRow();
                a.append(g.laCode());
                a.append(g.period());
                if (g.indicator() == null) {
                    a.appendNull();
                } else {
                    a.append(g.indicator());
                }
                a.append(g.ruleId());
                a.append(g.direction());
                a.append(g.strength());
                a.append(g.evidence());
                a.endRow();
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String fmt(double v) {
        return String.format(Locale.UK, "%.1f", v);
    }
}
