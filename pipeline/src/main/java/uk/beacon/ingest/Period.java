package uk.beacon.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the input contract writes it: {@code YYYY-MM} (month), {@code YYYY-Qn}
 * (calendar quarter: 2026-Q1 is January to March 2026), {@code YYYY-YY Qn} (financial quarter:
 * 2026-27 Q1 is April to June 2026) or {@code YYYY} (reporting year ending 31 March of that year:
 * 2025 is April 2024 to March 2025).
 *
 * <p>A financial quarter is stored as the calendar quarter it covers (2026-27 Q1 as 2026-Q2), so
 * each stretch of time has one name in the warehouse and its first and last day follow from the
 * text (docs/input-formats.md). {@link #check} says in plain words what is wrong with a text that
 * is not a period.
 */
public record Period(String text, Type type, LocalDate start, LocalDate end) {

    public enum Type { MONTH, QUARTER, YEAR }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?\\s*[Qq](\\d)");
    private static final Pattern FINANCIAL_QUARTER = Pattern.compile("(\\d{4})[-/](\\d{2}|\\d{4})\\s*[Qq](\\d)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** The period, or empty if the text is not one (see {@link #check} for why). */
    public static Optional<Period> parse(String raw) {
        return raw == null ? Optional.empty() : Optional.ofNullable(read(raw.trim(), new String[1]));
    }

    /**
     * The period, or an IllegalArgumentException whose message says in plain words what is wrong,
     * for command lines: "there is no month 13".
     */
    public static Period check(String raw) {
        String[] why = new String[1];
        Period p = raw == null ? null : read(raw.trim(), why);
        if (p == null) {
            throw new IllegalArgumentException(why[0] != null ? why[0]
                    : "'" + raw + "' is not a period: write a month as YYYY-MM (2026-10), a quarter as YYYY-Qn (2026-Q2, "
                            + "January to March is Q1) or as a financial quarter (2026-27 Q1, April to June 2026), "
                            + "or a reporting year as YYYY (2025, the year to 31 March 2025)");
        }
        return p;
    }

    private static Period read(String s, String[] why) {
        Matcher m = MONTH.matcher(s);
        if (m.matches() && m.group(2).length() == 2) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                int year = Integer.parseInt(m.group(1));
                why[0] = "there is no month " + month + " ('" + s + "'): months run from 01 to 12"
                        + (month == (year + 1) % 100 ? "; for the reporting year April " + year + " to March " + (year + 1)
                                + " write " + (year + 1) : "");
                return null;
            }
            return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
        }
        m = FINANCIAL_QUARTER.matcher(s);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int q = Integer.parseInt(m.group(3));
            if (second != (first + 1) % (m.group(2).length() == 2 ? 100 : 10000)) {
                why[0] = "'" + s + "' is not a financial year: it runs from April to March of consecutive years, "
                        + "as in " + first + "-" + String.format("%02d", (first + 1) % 100) + " Q1";
                return null;
            }
            if (q < 1 || q > 4) {
                why[0] = "there is no quarter " + q + " ('" + s + "'): quarters run from Q1 to Q4";
                return null;
            }
            // Q1 is April to June of the first year, ... Q4 January to March of the second.
            return quarter(q == 4 ? first + 1 : first, q == 4 ? 1 : q + 1);
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            int q = Integer.parseInt(m.group(2));
            if (q < 1 || q > 4) {
                why[0] = "there is no quarter " + q + " ('" + s + "'): quarters run from Q1 to Q4";
                return null;
            }
            return quarter(Integer.parseInt(m.group(1)), q);
        }
        m = YEAR.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(String.valueOf(year), Type.YEAR, LocalDate.of(year - 1, 4, 1), LocalDate.of(year, 3, 31));
        }
        return null;
    }

    public static Period month(YearMonth ym) {
        return new Period(ym.toString(), Type.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    public static Period quarter(int year, int q) {
        YearMonth first = YearMonth.of(year, (q - 1) * 3 + 1);
        return new Period(year + "-Q" + q, Type.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public String typeName() {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** The month the period ends in: the month a cycle run for this period assesses. */
    public YearMonth lastMonth() {
        return YearMonth.from(end);
    }

    /** How reports name it: "October 2026", "2026 Q2", "2024-25" (the reporting year to March 2025). */
    public String label() {
        return switch (type) {
            case MONTH -> YearMonth.from(start).format(MONTH_NAME);
            case QUARTER -> text.substring(0, 4) + " Q" + text.substring(6);
            case YEAR -> (end.getYear() - 1) + "-" + String.format("%02d", end.getYear() % 100);
        };
    }

    /** Reports' name for any period text Beacon stores; the text itself if it is not a period. */
    public static String label(String text) {
        return parse(text).map(Period::label).orElse(text);
    }
}
