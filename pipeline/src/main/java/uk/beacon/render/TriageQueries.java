package uk.beacon.render;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.beacon.audience.Audience;
import uk.beacon.audience.Tlp;
import uk.beacon.reports.triage.TriageReport;
import uk.beacon.reports.triage.TriageRow;

/**
 * Reads the peer-review triage for the sector body: authorities with an open, accepted or
 * newly opened trigger (most serious first), then those whose review is overdue. Evidence
 * lines resting on notes above the audience's TLP level are withheld and counted; the
 * report is marked with the most restricted level it shows.
 */
final class TriageQueries {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private TriageQueries() {
    }

    static TriageReport load(Connection c, YearMonth period, LocalDate asOf, Audience audience) throws SQLException {
        int[] withheld = {0};
        Tlp[] marking = {Tlp.GREEN};
        List<TriageRow> triggered = rows(c, period, audience, withheld, marking, """
                select la_code, la_name, region_name, trigger_id, opened_period, status, level, score,
                       months_since, last_completed, review_overdue, evidence, notes_max_tlp, last_review
                from marts.authority_concerns
                where period = ? and trigger_id is not null
                order by level_rank, score desc, la_name, la_code
                """);
        List<TriageRow> overdue = rows(c, period, audience, withheld, marking, """
                select rc.la_code, a.la_name, a.region_name, null, null, null, ca.level, ca.score,
                       rc.months_since, rc.last_completed, true, null, null, rc.last_completed
                from signals.review_cycle rc
                join core.authorities a using (la_code)
                join marts.concern_assessment ca on ca.la_code = rc.la_code and ca.period = rc.period
                where rc.period = ?
                order by rc.months_since desc nulls first, a.la_name, rc.la_code
                """);
        triggered = withSupport(c, triggered);
        boolean synthetic = synthetic(c);
        return new TriageReport(period.toString(), period.format(MONTH), asOf.format(DAY), synthetic, marking[0].marking(),
                audience.label(), triggered, overdue, withheld[0]);
    }

    /**
     * Rows of a query shaped as the triage's (14 columns), evidence filtered for the audience.
     * Every parameter is the period, except the last {@code trailing.length}, which take those values.
     */
    static List<TriageRow> rows(Connection c, YearMonth period, Audience audience, int[] withheld, Tlp[] marking, String sql,
                                String... trailing) throws SQLException {
        List<TriageRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            long parameters = sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) {
                int t = (int) (i - (parameters - trailing.length)) - 1;
                ps.setString(i, t >= 0 ? trailing[t] : period.toString());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> evidence = new ArrayList<>();
                    String all = rs.getString(12);
                    String notesTlp = rs.getString(13);
                    boolean notesVisible = notesTlp == null || Tlp.parse(notesTlp).compareTo(audience.maxTlp()) <= 0;
                    if (all != null) {
                        for (String line : all.split("\n")) {
                            if (line.contains("] NOTES_") && !notesVisible) {
                                withheld[0]++;
                                continue;
                            }
                            evidence.add(line);
                        }
                    }
                    if (notesTlp != null && notesVisible) {
                        marking[0] = marking[0].atLeast(Tlp.parse(notesTlp));
                    }
                    String opened = rs.getString(5);
                    java.sql.Date last = rs.getDate(14);
                    Integer months = last == null ? null : (int) java.time.temporal.ChronoUnit.MONTHS.between(
                            last.toLocalDate().withDayOfMonth(1), period.atDay(1));
                    out.add(new TriageRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            opened == null ? null : YearMonth.parse(opened).format(MONTH), rs.getString(6), rs.getString(7),
                            rs.getDouble(8), months, last == null ? null : last.toLocalDate().format(DAY), rs.getBoolean(11), evidence));
                }
            }
        }
        return out;
    }

    /**
     * Each triggered row with who could help (marts.support_suggestions, best placed first) and, where
     * support was commissioned, how the trigger's indicators moved since (marts.support_outcomes).
     */
    static List<TriageRow> withSupport(Connection c, List<TriageRow> rows) throws SQLException {
        List<TriageRow> out = new ArrayList<>(rows.size());
        try (PreparedStatement suggestions = c.prepareStatement(
                     "select summary from marts.support_suggestions where trigger_id = ? order by rank");
             PreparedStatement outcomes = c.prepareStatement("""
                     select coalesce(a.la_name, o.support_la_code), o.commissioned_on, o.label, o.unit, o.value_at_decision,
                            o.value_6m, o.eased_6m, o.value_12m, o.eased_12m
                     from marts.support_outcomes o left join core.authorities a on a.la_code = o.support_la_code
                     where o.trigger_id = ? order by o.support_la_code, o.indicator""")) {
            for (TriageRow row : rows) {
                if (row.triggerId() == null) {
                    out.add(row);
                    continue;
                }
                List<String> lines = new ArrayList<>();
                suggestions.setString(1, row.triggerId());
                try (ResultSet rs = suggestions.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                outcomes.setString(1, row.triggerId());
                try (ResultSet rs = outcomes.executeQuery()) {
                    while (rs.next()) {
                        lines.add("Commissioned: " + rs.getString(1) + " (" + rs.getDate(2).toLocalDate().format(DAY) + "). " + rs.getString(3)
                                + " " + figure(rs.getObject(5)) + " " + rs.getString(4) + " then; six months on "
                                + (rs.getObject(6) == null ? "not yet known" : figure(rs.getObject(6)) + " (" + rs.getString(7) + ")")
                                + "; twelve months on " + (rs.getObject(8) == null ? "not yet known" : figure(rs.getObject(8)) + " (" + rs.getString(9) + ")")
                                + ".");
                    }
                }
                out.add(row.withSupport(lines));
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
                return rows; // a warehouse whose triggers step has not built the support tables yet
            }
            throw e;
        }
        return out;
    }

    private static String figure(Object v) {
        return v == null ? "no figure" : String.format(Locale.UK, "%.1f", ((Number) v).doubleValue());
    }

    /** Whether the warehouse holds demo authorities (every report built from it then carries the synthetic mark). */
    static boolean synthetic(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(bool_or(synthetic), false) from core.authorities");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    static String[] csvHeader() {
        return new String[] {"la_code", "la_name", "region", "trigger_id", "opened", "status", "level", "score",
                "months_since_last_review", "last_review", "review_overdue", "evidence", "who_could_help"};
    }

    static List<String[]> csvRows(TriageReport r) {
        List<String[]> out = new ArrayList<>();
        for (TriageRow t : r.triggered()) {
            out.add(row(t));
        }
        for (TriageRow t : r.overdueReviews()) {
            if (r.triggered().stream().noneMatch(x -> x.laCode().equals(t.laCode()))) {
                out.add(row(t));
            }
        }
        return out;
    }

    private static String[] row(TriageRow t) {
        return new String[] {t.laCode(), t.laName(), t.regionName(), nz(t.triggerId()), nz(t.openedPeriodLabel()), nz(t.status()),
                t.level(), uk.beacon.reports.format.Rounding.text(t.score(), 1), t.monthsSinceReview() == null ? "" : t.monthsSinceReview().toString(),
                nz(t.lastReviewLabel()), String.valueOf(t.reviewOverdue()), String.join(" | ", t.evidence()), String.join(" | ", t.support())};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
