package uk.beacon.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Catches a mistyped {@code --period} or {@code --as-of} before the cycle runs, so a slip of
 * the keyboard does not publish an empty pack or fill the warehouse with missing-return rows.
 * It takes the period as already parsed; it asks for confirmation by a flag, it never forbids:
 *
 * <ul>
 *   <li>a period that starts after the as-of date; one more than {@value #FAR_MONTHS} months
 *       after the latest figure already loaded, or before the earliest; with nothing loaded
 *       yet, one more than {@value #FAR_MONTHS} months before the as-of date ({@code --confirm-period});</li>
 *   <li>an as-of date before the end of the latest month already loaded: the figures for later
 *       months would be refused as future-dated ({@code --confirm-as-of}).</li>
 * </ul>
 */
final class PeriodCheck {

    static final int FAR_MONTHS = 24;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    /** Something that looks wrong, in a sentence, and the flag that confirms it is meant. */
    record Finding(String sentence, String flag) {
        String message() {
            return sentence + " If that is what you mean, add " + flag + ".";
        }
    }

    /** The first and last month with monthly figures in the warehouse; null when none are loaded. */
    record DataSpan(YearMonth earliest, YearMonth latest) {
    }

    private PeriodCheck() {
    }

    static DataSpan span(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select min(period), max(period) from raw.return_values where regexp_full_match(period, '\\d{4}-\\d{2}')")) {
            if (!rs.next() || rs.getString(1) == null) {
                return null;
            }
            return new DataSpan(YearMonth.parse(rs.getString(1)), YearMonth.parse(rs.getString(2)));
        }
    }

    /** The as-of check alone (for {@code beacon ingest}, which has no period). */
    static List<Finding> checkAsOf(LocalDate asOf, DataSpan data) {
        if (data != null && asOf.isBefore(data.latest().atEndOfMonth())) {
            return List.of(new Finding("--as-of " + asOf + " is before the end of the latest month already loaded (" + data.latest()
                    + "): figures for months after it would be refused as future-dated.", "--confirm-as-of"));
        }
        return List.of();
    }

    static List<Finding> check(YearMonth period, LocalDate asOf, DataSpan data) {
        List<Finding> out = new ArrayList<>();
        String p = period.format(MONTH) + " (" + period + ")";
        YearMonth asOfMonth = YearMonth.from(asOf);
        if (period.isAfter(asOfMonth)) {
            out.add(new Finding("--period " + period + " starts after the as-of date " + asOf
                    + ": no return for it can have arrived yet.", "--confirm-period"));
        }
        if (data != null) {
            long after = ChronoUnit.MONTHS.between(data.latest(), period);
            if (after > FAR_MONTHS && out.isEmpty()) {
                out.add(new Finding("--period " + period + " is " + after + " months after the latest figure loaded ("
                        + data.latest() + "): every authority would be reported as missing " + after + " months of returns.",
                        "--confirm-period"));
            } else if (period.isBefore(data.earliest())) {
                out.add(new Finding("--period " + period + " is before the earliest figure loaded (" + data.earliest()
                        + "): the pack for " + p + " would have no figures.", "--confirm-period"));
            }
            out.addAll(checkAsOf(asOf, data));
        } else if (out.isEmpty()) {
            if (ChronoUnit.MONTHS.between(period, asOfMonth) > FAR_MONTHS) {
                out.add(new Finding("--period " + period + " is more than " + FAR_MONTHS + " months before the as-of date " + asOf
                        + " and nothing is loaded yet.", "--confirm-period"));
            }
        }
        return out;
    }
}
