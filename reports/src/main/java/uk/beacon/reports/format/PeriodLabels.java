package uk.beacon.reports.format;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports' names for Beacon's periods at every cadence: a month {@code 2026-10}, a calendar quarter
 * {@code 2026-Q2} (April to June 2026) or a reporting year {@code 2025} (April 2024 to March 2025).
 * Charts place a period at its middle month.
 */
public final class PeriodLabels {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private PeriodLabels() {
    }

    /** "October 2026", "2026 Q2", "2024-25"; anything else as it is. */
    public static String label(String period) {
        if (period == null) {
            return "";
        }
        Matcher m = MONTH.matcher(period);
        if (m.matches()) {
            return YearMonth.parse(period).format(LONG_MONTH);
        }
        m = QUARTER.matcher(period);
        if (m.matches()) {
            return m.group(1) + " Q" + m.group(2);
        }
        m = YEAR.matcher(period);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return (year - 1) + "-" + String.format("%02d", year % 100);
        }
        return period;
    }

    /** A short label for chart axes: months as {@code format}, quarters and years as {@link #label}. */
    public static String shortLabel(String period, DateTimeFormatter format) {
        return MONTH.matcher(period).matches() ? YearMonth.parse(period).format(format) : label(period);
    }

    /** "months", "quarters" or "years": what a series of such periods is counted in. */
    public static String unitWord(String period) {
        if (period != null && QUARTER.matcher(period).matches()) {
            return "quarters";
        }
        if (period != null && YEAR.matcher(period).matches()) {
            return "years";
        }
        return "months";
    }

    /** "Monthly", "Quarterly" or "Yearly". */
    public static String cadenceWord(String period) {
        return switch (unitWord(period)) {
            case "quarters" -> "Quarterly";
            case "years" -> "Yearly";
            default -> "Monthly";
        };
    }

    /** Whether the text is a month (YYYY-MM). */
    public static boolean isMonth(String period) {
        return period != null && MONTH.matcher(period).matches();
    }

    /** The month in the middle of the period (a month is its own), or null if the text is not a period. */
    public static YearMonth middleMonth(String period) {
        if (period == null) {
            return null;
        }
        if (MONTH.matcher(period).matches()) {
            int month = Integer.parseInt(period.substring(5));
            return month >= 1 && month <= 12 ? YearMonth.parse(period) : null;
        }
        Matcher m = QUARTER.matcher(period);
        if (m.matches()) {
            return YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 2);
        }
        m = YEAR.matcher(period);
        if (m.matches()) {
            return YearMonth.of(Integer.parseInt(m.group(1)) - 1, 9); // April to March: September is the middle
        }
        return null;
    }
}
