package uk.beacon.report;

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
import uk.beacon.reports.TriageReport;
import uk.beacon.reports.TriageRow;

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
                select t.la_code, a.la_name, a.region_name, t.trigger_id, t.opened_period, t.status, ca.level, ca.score,
                       rc.months_since, rc.last_completed, rc.la_code is not null as overdue, ca.evidence, s.max_tlp,
                       (select max(r.completed_on) from core.peer_reviews r where r.la_code = t.la_code
                         and r.completed_on <= last_day(strptime(? || '-01', '%Y-%m-%d'))) as last_review
                from marts.peer_review_triggers t
                join core.authorities a using (la_code)
                join marts.concern_assessment ca on ca.la_code = t.la_code and ca.period = ?
                left join signals.review_cycle rc on rc.la_code = t.la_code and rc.period = ?
                left join signals.soft_intelligence s on s.la_code = t.la_code and s.period = ?
                where t.opened_period <= ? and (t.closed_period is null or t.closed_period >= ?)
                order by case ca.level when 'serious concern' then 0 when 'concern' then 1 when 'watch' then 2 else 3 end,
                         ca.score desc, a.la_name
                """);
        List<TriageRow> overdue = rows(c, period, audience, withheld, marking, """
                select rc.la_code, a.la_name, a.region_name, null, null, null, ca.level, ca.score,
                       rc.months_since, rc.last_completed, true, null, null, rc.last_completed
                from signals.review_cycle rc
                join core.authorities a using (la_code)
                join marts.concern_assessment ca on ca.la_code = rc.la_code and ca.period = rc.period
                where rc.period = ?
                order by rc.months_since desc nulls first, a.la_name
                """);
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
                "months_since_last_review", "last_review", "review_overdue", "evidence"};
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
                t.level(), uk.beacon.reports.Rounding.text(t.score(), 1), t.monthsSinceReview() == null ? "" : t.monthsSinceReview().toString(),
                nz(t.lastReviewLabel()), String.valueOf(t.reviewOverdue()), String.join(" | ", t.evidence())};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
