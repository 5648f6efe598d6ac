package uk.beacon.render;

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
import uk.beacon.ingest.Period;
import uk.beacon.reports.dashboard.AuthorityDashboard;
import uk.beacon.reports.dashboard.DataQuality;
import uk.beacon.reports.dashboard.IndicatorRow;
import uk.beacon.reports.chart.TrendPoint;

/**
 * Reads what an authority dashboard shows: the indicator table and trend from
 * marts.authority_comparison, the trend's SPC overlay ({@link TrendSpc}) as the signals step
 * stored it (signals.spc_limits, signals.spc), and the quality of its returns from
 * marts.returns_status and signals.data_quality.
 */
final class DashboardQueries {

    /** The indicator whose 24-month trend the dashboard charts. */
    static final String TREND_INDICATOR = "REREFERRAL_PCT";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DashboardQueries() {
    }

    /**
     * One dashboard per authority that has ever sent a return, or has a figure for the period
     * (published statistics), alphabetical by name: an authority whose return for the period is
     * missing still gets one, which says so; one that sends no returns gets no return line. These
     * carry no notes yet: {@link NotesForAudience} makes each audience's copy.
     */
    static List<AuthorityDashboard> load(Connection c, YearMonth period, LocalDate asOf) throws SQLException {
        return load(c, ReportPeriod.ofMonth(period), asOf);
    }

    /** The same for the figures of any period ({@link ReportPeriod}): a month, a quarter or a reporting year. */
    static List<AuthorityDashboard> load(Connection c, ReportPeriod shown, LocalDate asOf) throws SQLException {
        YearMonth period = shown.month();
        Map<String, List<IndicatorRow>> rows = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        Map<String, Boolean> synthetic = new LinkedHashMap<>();
        Map<String, String> returnStatus = new LinkedHashMap<>();
        String sql = """
                select c.la_code, c.la_name, c.region_name, c.synthetic, c.indicator, c.indicator_label, c.unit, c.polarity,
                       c.value, c.comparator_value, c.region_value, c.neighbours_median, c.previous_value, c.status,
                       r.state as return_state, r.received, r.expected,
                       c.la_code in (select la_code from marts.returns_status) as sends_returns
                from marts.authority_comparison c
                left join marts.returns_status r on r.la_code = c.la_code and r.period = c.period
                where c.period = ?
                  -- every authority that sends returns (a missing return says so), and every authority with a
                  -- figure for the period (published statistics: a region with no returns of its own yet)
                  and (c.la_code in (select la_code from marts.returns_status)
                       or c.la_code in (select la_code from marts.authority_comparison where period = ? and value is not null))
                order by c.la_name, c.la_code, c.sort_order, c.indicator
                """;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, shown.figures());
            ps.setString(2, shown.figures());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String la = rs.getString("la_code");
                    // An authority that sends no returns (published figures only) has no return to report on.
                    returnStatus.putIfAbsent(la, rs.getBoolean("sends_returns") ? describeReturn(rs.getString("return_state"),
                            rs.getInt("received"), rs.getInt("expected"), Period.label(shown.figures())) : null);
                    names.putIfAbsent(la, new String[] {rs.getString("la_name"), rs.getString("region_name")});
                    synthetic.putIfAbsent(la, rs.getBoolean("synthetic"));
                    rows.computeIfAbsent(la, k -> new ArrayList<>()).add(new IndicatorRow(rs.getString("indicator"),
                            rs.getString("indicator_label"), rs.getString("unit"), rs.getString("polarity"),
                            number(rs, "value"), number(rs, "comparator_value"), number(rs, "region_value"),
                            number(rs, "neighbours_median"), number(rs, "previous_value"), rs.getString("status")));
                }
            }
        }
        Map<String, List<TrendPoint>> trends = trends(c, shown);
        Map<String, TrendSpc> overlays = TrendSpc.load(c, TREND_INDICATOR, shown);
        Map<String, DataQuality> quality = dataQuality(c, period, shown.figures());
        String label = labelOf(c, TREND_INDICATOR);
        String unit = unitOf(c, TREND_INDICATOR);
        List<AuthorityDashboard> out = new ArrayList<>();
        String englandName = RegionalPackQueries.englandName(c, shown.figures());
        for (Map.Entry<String, List<IndicatorRow>> e : rows.entrySet()) {
            String la = e.getKey();
            TrendSpc overlay = overlays.getOrDefault(la, TrendSpc.NONE);
            out.add(new AuthorityDashboard(la, names.get(la)[0], names.get(la)[1], shown.figures(), shown.label(),
                    asOf.format(DAY), synthetic.get(la), NotesForAudience.DATA_ONLY.marking(), e.getValue(), label, unit,
                    overlay.mark(trends.getOrDefault(la, List.of())), overlay.limits(), returnStatus.get(la),
                    quality.get(la), null, List.of(), 0, englandName));
        }
        return out;
    }

    static String describeReturn(String state, int received, int expected, YearMonth period) {
        return describeReturn(state, received, expected, period.format(MONTH));
    }

    static String describeReturn(String state, int received, int expected, String month) {
        if (state == null || state.equals("missing")) {
            return "Return for " + month + " not received";
        }
        if (state.equals("partial")) {
            return "Return for " + month + " incomplete: " + received + " of " + expected + " indicators";
        }
        return "Return for " + month + " received in full";
    }

    private static Map<String, List<TrendPoint>> trends(Connection c, ReportPeriod shown) throws SQLException {
        Map<String, List<TrendPoint>> out = new LinkedHashMap<>();
        String sql = """
                select la_code, period, value, comparator_value, region_value
                from marts.authority_comparison
                where indicator = ? and period_type = ? and period_start >= ? and period_start <= ?
                order by la_code, period
                """;
        // Periods that start by the end of the one shown: a reporting year's figures can end after
        // it (the workforce census at 30 September), so their period_end would drop the latest year.
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, TREND_INDICATOR);
            ps.setString(2, shown.figuresType());
            ps.setObject(3, shown.trendStart());
            ps.setObject(4, shown.figuresEnd());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new TrendPoint(TREND_INDICATOR,
                            rs.getString(2), number(rs, "value"), number(rs, "comparator_value"), number(rs, "region_value")));
                }
            }
        }
        return out;
    }

    /**
     * The quality of each authority's returns: how the returns of the 12 months to the period
     * arrived, how many were late, and the period's data-quality findings in plain English
     * (indicator codes replaced by their labels), most serious first.
     */
    static Map<String, DataQuality> dataQuality(Connection c, YearMonth period) throws SQLException {
        return dataQuality(c, period, period.toString());
    }

    /** The returns whose periods end in the 12 months to {@code period}; findings of the return for {@code figures}. */
    static Map<String, DataQuality> dataQuality(Connection c, YearMonth period, String figures) throws SQLException {
        java.time.LocalDate first = period.minusMonths(11).atDay(1);
        java.time.LocalDate last = period.atEndOfMonth();
        Map<String, int[]> counts = new LinkedHashMap<>(); // months, in full, partial, missing, late
        Map<String, String[]> window = new LinkedHashMap<>();
        String returns = """
                select la_code, count(*), count(*) filter (where state = 'complete'), count(*) filter (where state = 'partial'),
                       count(*) filter (where state = 'missing'), min(period), max(period)
                from marts.returns_status where period_end between ? and ? group by la_code
                """;
        try (PreparedStatement ps = c.prepareStatement(returns)) {
            ps.setObject(1, first);
            ps.setObject(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), 0});
                    window.put(rs.getString(1), new String[] {rs.getString(6), rs.getString(7)});
                }
            }
        }
        String late = """
                select la_code, count(distinct period) from signals.data_quality
                where rule_id = 'DATA_LATE_RETURN' and ref.period_end(period) between ? and ? group by la_code
                """;
        try (PreparedStatement ps = c.prepareStatement(late)) {
            ps.setObject(1, first);
            ps.setObject(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int[] n = counts.get(rs.getString(1));
                    if (n != null) {
                        n[4] = rs.getInt(2);
                    }
                }
            }
        }
        Map<String, List<String>> findings = new LinkedHashMap<>();
        String thisPeriod = """
                select q.la_code,
                       case when i.label is null then q.evidence else replace(q.evidence, q.indicator, i.label) end
                from signals.data_quality q left join ref.indicators i on i.code = q.indicator
                where q.period = ?
                order by q.la_code,
                         case q.rule_id when 'DATA_MISSING_RETURN' then 1 when 'DATA_PARTIAL_RETURN' then 2 when 'DATA_LATE_RETURN' then 3
                                        when 'DATA_REJECTED_ROWS' then 4 when 'DATA_RESUBMISSIONS' then 5 when 'DATA_SUPPRESSION_RISE' then 6
                                        else 7 end,
                         q.indicator, q.evidence
                """;
        try (PreparedStatement ps = c.prepareStatement(thisPeriod)) {
            ps.setString(1, figures);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, DataQuality> out = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            String[] span = window.get(e.getKey());
            String from = Period.label(span[0]);
            String to = Period.label(span[1]);
            out.put(e.getKey(), new DataQuality(from.equals(to) ? from : from + " to " + to, n[0], n[1], n[2], n[3], n[4],
                    findings.getOrDefault(e.getKey(), List.of())));
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
