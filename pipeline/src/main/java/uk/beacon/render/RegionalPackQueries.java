package uk.beacon.render;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.beacon.audience.Audience;
import uk.beacon.audience.Tlp;
import uk.beacon.reports.chart.FunnelView;
import uk.beacon.reports.pack.PackAuthority;
import uk.beacon.reports.pack.PackCell;
import uk.beacon.reports.pack.PackIndicator;
import uk.beacon.reports.pack.PackReturn;
import uk.beacon.reports.pack.PackSignal;
import uk.beacon.reports.pack.RegionalPack;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.reports.triage.TriageRow;
import uk.beacon.signals.FunnelBand;
import uk.beacon.signals.FunnelLimits;
import uk.beacon.signals.FunnelPlot;
import uk.beacon.signals.FunnelPoint;
import uk.beacon.signals.FunnelResult;
import uk.beacon.signals.FunnelSettings;
import uk.beacon.signals.FunnelModel;
import uk.beacon.signals.LimitMethod;
import uk.beacon.signals.Overdispersion;
import uk.beacon.signals.Meaning;
import uk.beacon.signals.step.KernelSettings;
import uk.beacon.transform.SettingsSync;

/**
 * Reads each region's monthly pack from the warehouse: the region's authorities (every one that
 * has sent a return, alphabetical), their returns, one page per indicator (England and region,
 * the funnel plot of every authority, each authority's cell and 24-month trend) and the concerns
 * and triggers with the evidence the audience may see.
 *
 * <p>The funnel plots are the ones the signals step fitted and stored for the peer group "all
 * authorities" (signals.funnel_fits and signals.funnel_points: nothing is fitted again here); only
 * the curves between the points are evaluated from the stored fit with the settings the run used,
 * so a point outside a drawn limit is one the engine flagged. Cell signals come from signals.all_signals (SPC, funnel and neighbour-gap
 * findings about the figure this month).
 */
final class RegionalPackQueries {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int CURVE_POINTS = 80;

    private RegionalPackQueries() {
    }

    /** One pack per region, by region name (alphabetical), for a month of a monthly warehouse. */
    static List<RegionalPack> load(Connection c, YearMonth period, LocalDate asOf, Audience audience) throws SQLException {
        return load(c, ReportPeriod.ofMonth(period), asOf, audience);
    }

    /**
     * One pack per region: the figures of {@code shown.figures()} at their own cadence (a month, a
     * quarter or a reporting year), the concerns of the month assessed.
     */
    static List<RegionalPack> load(Connection c, ReportPeriod shown, LocalDate asOf, Audience audience) throws SQLException {
        YearMonth period = shown.month();
        String figuresPeriod = shown.figures();
        Map<String, List<PackAuthority>> regions = authorities(c, period, figuresPeriod);
        Map<String, PackReturn> returns = returns(c, figuresPeriod);
        List<IndicatorInfo> indicators = indicators(c, figuresPeriod);
        Map<String, Map<String, Figure>> figures = figures(c, figuresPeriod);
        Map<String, Map<String, List<TrendPoint>>> trends = trends(c, shown);
        Map<String, Map<String, Signal>> signals = signals(c, figuresPeriod);
        FunnelSettings funnelSettings = KernelSettings.funnel(SettingsSync.stored(c)); // the settings the signals used
        Map<String, FunnelResult> funnels = funnels(c, figuresPeriod, indicators);
        Map<String, Set<String>> collected = collected(c);
        Map<String, Map<String, String>> published = published(c);
        List<String[]> catalogue = new ArrayList<>();
        java.util.Set<String> configured = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select code, label from ref.indicators order by sort_order");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                catalogue.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select distinct a.region_name from core.collections k join core.authorities a using (la_code) where k.configured");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                configured.add(rs.getString(1));
            }
        }
        boolean synthetic = TriageQueries.synthetic(c);

        List<RegionalPack> out = new ArrayList<>();
        java.util.Set<String> senders = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select distinct la_code from marts.returns_status"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                senders.add(rs.getString(1));
            }
        }
        for (Map.Entry<String, List<PackAuthority>> e : regions.entrySet()) {
            String region = e.getKey();
            List<PackAuthority> las = e.getValue();
            Map<String, Integer> keys = new HashMap<>();
            las.forEach(a -> keys.put(a.laCode(), a.key()));
            int[] withheld = {0};
            Tlp[] marking = {NotesForAudience.DATA_ONLY};
            List<TriageRow> concerns = TriageQueries.rows(c, period, audience, withheld, marking, CONCERNS_SQL, region);
            List<PackReturn> packReturns = new ArrayList<>();
            for (PackAuthority a : las) {
                // An authority that sends no returns at all is in the pack through its published statistics.
                String none = senders.contains(a.laCode()) ? "missing" : "published";
                packReturns.add(returns.getOrDefault(a.laCode(), new PackReturn(a.laCode(), a.laName(), none, 0, 0, null, 0)));
            }
            List<PackIndicator> pages = new ArrayList<>();
            List<String> notCollected = new ArrayList<>();
            for (IndicatorInfo ind : indicators) {
                if (!collected.getOrDefault(region, Set.of()).contains(ind.code) && !anyFigure(las, figures, ind.code)) {
                    String pub = published.getOrDefault(region, Map.of()).get(ind.code);
                    notCollected.add(ind.label + (pub == null ? "" : " (" + pub + ")"));
                    continue;
                }
                List<PackCell> cells = new ArrayList<>();
                Double england = null;
                Double regionValue = null;
                for (PackAuthority a : las) {
                    Figure f = figures.getOrDefault(a.laCode(), Map.of()).get(ind.code);
                    Signal s = signals.getOrDefault(a.laCode(), Map.of()).get(ind.code);
                    if (f != null) {
                        england = england == null ? f.england : england;
                        regionValue = regionValue == null ? f.region : regionValue;
                    }
                    cells.add(new PackCell(a.laCode(), f == null ? null : f.value, f == null ? null : f.status,
                            s == null ? PackSignal.NONE : s.signal, s == null ? "" : s.summary,
                            trends.getOrDefault(a.laCode(), Map.of()).getOrDefault(ind.code, List.of())));
                }
                if (england == null) {
                    england = englandOnly(figures, ind.code);
                }
                FunnelResult funnel = funnels.get(ind.code);
                pages.add(new PackIndicator(ind.code, ind.label, ind.label, ind.unit, ind.polarity, ind.measure, ind.definition,
                        england, regionValue, funnel == null ? null : view(funnel, ind.measure, keys, funnelSettings), cells, spread(figures, ind.code, keys)));
            }
            // Catalogue indicators with no figure this period at all have no page either: name those the
            // region does not collect on the cover too (a region with a configured collection only).
            if (configured.contains(region)) {
                java.util.Set<String> paged = new java.util.HashSet<>();
                indicators.forEach(i -> paged.add(i.code));
                for (String[] ind : catalogue) {
                    if (!paged.contains(ind[0]) && !collected.getOrDefault(region, Set.of()).contains(ind[0])) {
                        String pub = published.getOrDefault(region, Map.of()).get(ind[0]);
                        notCollected.add(ind[1] + (pub == null ? "" : " (" + pub + ")"));
                    }
                }
            }
            out.add(new RegionalPack(region, figuresPeriod, shown.label(), asOf.format(DAY), synthetic,
                    marking[0].marking(), audience.label() + ": " + region, las, packReturns, pages, concerns, withheld[0],
                    learningGroups(c, period, region), notCollected, englandName(c, figuresPeriod)));
        }
        return out;
    }

    /**
     * The region's authorities at watch level or above, or with an open trigger, in the triage's
     * 14 columns (marts.authority_concerns, the triage's own model): the first parameter is the
     * period, the second the region's name.
     */
    private static final String CONCERNS_SQL = """
                select la_code, la_name, region_name, trigger_id, opened_period, status, level, score,
                       months_since, last_completed, review_overdue, evidence, notes_max_tlp, last_review
                from marts.authority_concerns
                where period = ? and (level <> 'none' or trigger_id is not null) and region_name = ?
                order by level_rank, score desc, la_name, la_code
                """;

    private record IndicatorInfo(String code, String label, String unit, String polarity, String measure, double scale, String definition) {
    }

    private record Figure(Double value, String status, Double england, Double region) {
    }

    /** The strongest signal about one figure, and the rule that gave it. */
    record Signal(PackSignal signal, String summary) {
    }

    /**
     * The indicators each region collects (core.collections; every catalogue indicator for a
     * region without configuration), by region name.
     */
    private static Map<String, Set<String>> collected(Connection c) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select distinct a.region_name, k.indicator from core.collections k join core.authorities a using (la_code)
                where a.region_name is not null""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    /** "published 2025: 9 of 10 authorities", by region name and indicator: the latest published year with figures. */
    private static Map<String, Map<String, String>> published(Connection c) throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                with counts as (
                    select a.region_name, p.indicator, p.period, count(p.value) as with_value,
                           (select count(*) from core.authorities b where b.region_name = a.region_name) as authorities
                    from marts.published_comparison p join core.authorities a using (la_code)
                    where a.region_name is not null
                    group by all
                    having count(p.value) > 0
                )
                select region_name, indicator, period, with_value, authorities from counts
                qualify row_number() over (partition by region_name, indicator order by period desc) = 1""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                        "published " + rs.getString(3) + ": " + rs.getInt(4) + " of " + rs.getInt(5) + " authorities, in marts.published_comparison");
            }
        }
        return out;
    }

    private static boolean anyFigure(List<PackAuthority> las, Map<String, Map<String, Figure>> figures, String indicator) {
        for (PackAuthority a : las) {
            Figure f = figures.getOrDefault(a.laCode(), Map.of()).get(indicator);
            if (f != null && (f.value != null || f.status != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every authority of a region in scope (marts.returns_status: returned or not), and every one with
     * published figures for the period shown, by region (alphabetical), each alphabetical and numbered
     * from 1, with its concern level for the period: so a region with no returns of its own yet still
     * gets a pack from the published statistics.
     */
    private static Map<String, List<PackAuthority>> authorities(Connection c, YearMonth period, String figuresPeriod) throws SQLException {
        Map<String, List<PackAuthority>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select a.region_name, a.la_code, a.la_name, ca.level from core.authorities a
                left join marts.concern_assessment ca on ca.la_code = a.la_code and ca.period = ?
                where a.region_name is not null
                  and (a.la_code in (select la_code from marts.returns_status where period in (?, ?))
                       or a.la_code in (select la_code from core.indicator_values where source = 'published' and period = ?))
                order by a.region_name, a.la_name, a.la_code""")) {
            ps.setString(1, period.toString());
            ps.setString(2, period.toString());
            ps.setString(3, figuresPeriod);
            ps.setString(4, figuresPeriod);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<PackAuthority> las = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    las.add(new PackAuthority(rs.getString(2), rs.getString(3), las.size() + 1, rs.getString(4)));
                }
            }
        }
        return out;
    }

    /** The period's return of each authority: state, late (days after its due date; never for history sent in a backfill) and rows refused. */
    private static Map<String, PackReturn> returns(Connection c, String period) throws SQLException {
        Map<String, PackReturn> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select r.la_code, r.la_name, r.state, r.received, r.expected,
                       case when r.timeliness = 'late' then r.days_late end as late_days,
                       (select round(sum(q.strength::decimal(38, 12)))::double from signals.data_quality q where q.la_code = r.la_code
                           and q.period = r.period and q.rule_id = 'DATA_REJECTED_ROWS') as refused
                from marts.returns_status r where r.period = ?""")) {
            ps.setString(1, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object late = rs.getObject(6);
                    out.put(rs.getString(1), new PackReturn(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), late == null ? null : ((Number) late).intValue(), rs.getInt(7)));
                }
            }
        }
        return out;
    }

    /** The catalogue's indicators with a figure for the period, in catalogue order. */
    private static List<IndicatorInfo> indicators(Connection c, String period) throws SQLException {
        List<IndicatorInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select code, label, unit, polarity, measure, scale, definition from ref.indicators
                where code in (select indicator from marts.authority_comparison where period = ?)
                order by sort_order""")) {
            ps.setString(1, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IndicatorInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getDouble(6), rs.getString(7)));
                }
            }
        }
        return out;
    }

    /** Each authority's figure, status and comparators for the period: la_code (in code order) -> indicator -> figure. */
    private static Map<String, Map<String, Figure>> figures(Connection c, String period) throws SQLException {
        Map<String, Map<String, Figure>> out = new java.util.TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select la_code, indicator, value, status, comparator_value, region_value
                from marts.authority_comparison where period = ?""")) {
            ps.setString(1, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                            new Figure(number(rs, 3), rs.getString(4), number(rs, 5), number(rs, 6)));
                }
            }
        }
        return out;
    }

    /**
     * Every authority's figure for the indicator, in authority-code order, the region's numbered
     * ({@code keys}: code to number), for the strip drawn where there is no funnel.
     */
    private static List<PackIndicator.Spread> spread(Map<String, Map<String, Figure>> figures, String indicator, Map<String, Integer> keys) {
        List<PackIndicator.Spread> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Figure>> e : figures.entrySet()) {
            Figure f = e.getValue().get(indicator);
            if (f != null && f.value != null) {
                out.add(new PackIndicator.Spread(e.getKey(), keys.getOrDefault(e.getKey(), 0), f.value));
            }
        }
        return out;
    }

    private static Double englandOnly(Map<String, Map<String, Figure>> figures, String indicator) {
        for (Map<String, Figure> byIndicator : figures.values()) {
            Figure f = byIndicator.get(indicator);
            if (f != null && f.england != null) {
                return f.england;
            }
        }
        return null;
    }

    /**
     * The last 24 months (12 quarters, 10 reporting years: the figures' own cadence) of every authority
     * and indicator: la_code -> indicator -> points in date order.
     */
    private static Map<String, Map<String, List<TrendPoint>>> trends(Connection c, ReportPeriod shown) throws SQLException {
        Map<String, Map<String, List<TrendPoint>>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select la_code, indicator, period, value, comparator_value, region_value from marts.authority_comparison
                where period_type = ? and period_start >= ? and period_start <= ? order by la_code, indicator, period""")) {
            ps.setString(1, shown.figuresType());
            ps.setObject(2, shown.trendStart());
            ps.setObject(3, shown.figuresEnd());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new TrendPoint(rs.getString(2), rs.getString(3), number(rs, 4), number(rs, 5), number(rs, 6)));
                }
            }
        }
        return out;
    }

    /**
     * The strongest signal about each figure this month, from the comparisons (SPC against its own
     * past, funnel plots against all authorities and the region, the neighbour gap): a concern
     * outranks an improvement, and a concern outside the 99.8% funnel or the process limits is strong.
     */
    static Map<String, Map<String, Signal>> signals(Connection c, YearMonth period) throws SQLException {
        return signals(c, period.toString());
    }

    static Map<String, Map<String, Signal>> signals(Connection c, String period) throws SQLException {
        Map<String, Map<String, Signal>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select la_code, indicator, rule_id, direction from signals.all_signals
                where period = ? and indicator is not null and family in ('spc', 'funnel', 'neighbours')""")) {
            ps.setString(1, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PackSignal s = classify(rs.getString(3), rs.getString(4));
                    Map<String, Signal> byIndicator = out.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
                    Signal before = byIndicator.get(rs.getString(2));
                    if (before == null || s.ordinal() < before.signal().ordinal()) {
                        byIndicator.put(rs.getString(2), new Signal(s, rs.getString(3)));
                    }
                }
            }
        }
        return out;
    }

    static PackSignal classify(String ruleId, String direction) {
        return switch (direction) {
            case "concern" -> "FUNNEL_OUTSIDE_998".equals(ruleId) || "SPC_OUTSIDE_LIMITS".equals(ruleId)
                    ? PackSignal.STRONG_CONCERN : PackSignal.CONCERN;
            case "improvement" -> PackSignal.IMPROVEMENT;
            case "neutral_change" -> PackSignal.CHANGE;
            default -> PackSignal.NONE;
        };
    }

    /**
     * Each percentage's and rate's funnel plot over every authority, as the signals step fitted
     * and stored it (signals.funnel_fits, signals.funnel_points): read, not fitted again, so each
     * drawn point is in the band the funnel signals judged it in.
     */
    private static Map<String, FunnelResult> funnels(Connection c, String period, List<IndicatorInfo> indicators) throws SQLException {
        Map<String, List<FunnelPoint>> points = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select indicator, la_code, numerator, denominator, value, z_score, outer_lower, inner_lower, inner_upper, outer_upper,
                       limit_method, band, meaning
                from signals.funnel_points
                where period = ? and peer_group = 'all authorities'
                order by indicator, la_code""")) {
            ps.setString(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String meaning = rs.getString(13);
                    points.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new FunnelPoint(rs.getString(2), rs.getDouble(3),
                            rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
                            new FunnelLimits(rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10)),
                            LimitMethod.valueOf(rs.getString(11)), FunnelBand.valueOf(rs.getString(12)),
                            Optional.ofNullable(meaning).map(Meaning::valueOf)));
                }
            }
        }
        Map<String, FunnelResult> out = new HashMap<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        indicators.forEach(i -> shown.add(i.code));
        try (PreparedStatement ps = c.prepareStatement("""
                select indicator, model, scale, target, phi, units, overdispersion_applied, tau2
                from signals.funnel_fits
                where period = ? and peer_group = 'all authorities'""")) {
            ps.setString(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String indicator = rs.getString(1);
                    if (!shown.contains(indicator)) {
                        continue;
                    }
                    double phi = rs.getDouble(5);
                    out.put(indicator, new FunnelResult(FunnelModel.valueOf(rs.getString(2)), rs.getDouble(3), rs.getDouble(4),
                            new Overdispersion(rs.wasNull() ? Double.NaN : phi, rs.getInt(6), rs.getBoolean(7), rs.getDouble(8)),
                            points.getOrDefault(indicator, List.of()), List.of()));
                }
            }
        }
        return out;
    }

    /**
     * The plot as drawn: every point, the region's numbered ({@code keys}: code to number), and
     * the limits along the denominator axis.
     */
    private static FunnelView view(FunnelResult r, String measure, Map<String, Integer> keys, FunnelSettings settings) {
        List<FunnelView.FunnelDot> dots = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (FunnelPoint p : r.points()) {
            String band = p.band() == FunnelBand.INSIDE ? "inside"
                    : p.band() == FunnelBand.ABOVE_OUTER || p.band() == FunnelBand.BELOW_OUTER ? "outer" : "inner";
            boolean concern = p.meaning().filter(m -> m == Meaning.CONCERN).isPresent();
            dots.add(new FunnelView.FunnelDot(p.unitId(), keys.getOrDefault(p.unitId(), 0), p.denominator(), p.value(), band, concern));
            min = Math.min(min, p.denominator());
            max = Math.max(max, p.denominator());
        }
        List<FunnelView.FunnelCurvePoint> curve = new ArrayList<>();
        if (!dots.isEmpty()) {
            // From half the smallest denominator to a little past the largest, denser where the funnel bends.
            double from = Math.max(1, min * 0.5);
            double to = max * 1.06;
            for (int i = 0; i <= CURVE_POINTS; i++) {
                double n = from * Math.pow(to / from, i / (double) CURVE_POINTS);
                if ("percent".equals(measure)) {
                    n = Math.max(1, Math.rint(n)); // exact binomial limits need a whole number of cases
                }
                if (!curve.isEmpty() && curve.get(curve.size() - 1).denominator() == n) {
                    continue;
                }
                FunnelLimits l = FunnelPlot.limitsAt(r, n, settings);
                curve.add(new FunnelView.FunnelCurvePoint(n, l.outerLower(), l.innerLower(), l.innerUpper(), l.outerUpper()));
            }
        }
        return new FunnelView("all " + dots.size() + " authorities", r.target(), r.overdispersion().applied(),
                "percent".equals(measure) ? "Number of cases (the denominator)" : "Children aged 0 to 17 (the denominator)", dots, curve);
    }


    private static Double number(ResultSet rs, int column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    /**
     * What the national comparator of the period is called: "England" when every national
     * figure shown is England's published one, "All authorities loaded" when none is (only the
     * authorities in the warehouse are pooled), "England / all loaded" when it is a mixture.
     */
    static String englandName(Connection c, String period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(england_value), count(comparator_value) from marts.authority_comparison where period = ?")) {
            ps.setString(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long england = rs.getLong(1);
                long comparator = rs.getLong(2);
                return england > 0 && england == comparator ? "England" : england == 0 ? "All authorities loaded" : "England / all loaded";
            }
        }
    }

    /**
     * The shared-concern groups with a member in the region (marts.learning_groups), one line each:
     * the indicator, where the group is drawn from, the region's own members by name, members
     * elsewhere only counted (their concerns are not this audience's to see), and the partner.
     */
    static List<String> learningGroups(Connection c, YearMonth period, String region) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select g.group_id, any_value(g.scope), any_value(i.label),
                       string_agg(a.la_name, ', ' order by a.la_name, a.la_code) filter (where a.region_name = ?),
                       count(*) filter (where a.region_name is distinct from ?),
                       any_value(g.partner_la_name), any_value(p.region_name), any_value(s.mean_value), any_value(i.unit),
                       any_value(s.mean_standing), any_value(s.periods_counted)
                from marts.learning_groups g
                join core.authorities a on a.la_code = g.la_code
                join ref.indicators i on i.code = g.indicator
                left join core.authorities p on p.la_code = g.partner_la_code
                left join marts.support_strengths s on s.la_code = g.partner_la_code and s.indicator = g.indicator
                where g.period = ?
                group by g.group_id
                having count(*) filter (where a.region_name = ?) > 0
                order by g.group_id""")) {
            ps.setString(1, region);
            ps.setString(2, region);
            ps.setString(3, period.toString());
            ps.setString(4, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long elsewhere = rs.getLong(5);
                    StringBuilder b = new StringBuilder(rs.getString(3)).append(" (")
                            .append("England".equals(rs.getString(2)) ? "a group across England" : "a group within the region").append("): ")
                            .append(rs.getString(4));
                    if (elsewhere > 0) {
                        b.append(" and ").append(elsewhere).append(elsewhere == 1 ? " authority" : " authorities").append(" in other regions");
                    }
                    b.append(". ");
                    if (rs.getString(6) == null) {
                        b.append("No partner of noted strength is free this month.");
                    } else {
                        b.append("Suggested partner: ").append(rs.getString(6));
                        if (rs.getString(7) != null) {
                            b.append(" (").append(rs.getString(7)).append(')');
                        }
                        b.append(String.format(Locale.UK, ", %.1f %s on average over its last %d figures, better than %d%% of authorities.",
                                rs.getDouble(8), rs.getString(9), rs.getInt(11), Math.round(rs.getDouble(10) * 100)));
                    }
                    out.add(b.toString());
                }
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
                return out; // a warehouse whose triggers step has not built the support tables yet
            }
            throw e;
        }
        return out;
    }

}
