package uk.beacon.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the input contract writes it: {@code YYYY-MM} (month),
 * {@code YYYY-Qn} (quarter) or {@code YYYY} (reporting year ending 31 March of that year).
 * A quarter is a calendar quarter of the year written (2026-Q1 is January to March 2026):
 * the contract gives it no other meaning, and docs/input-formats.md says so.
 */
public record Period(String text, Type type, LocalDate start, LocalDate end) {

    public enum Type { MONTH, QUARTER, YEAR }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public static Optional<Period> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.trim();
        Matcher m = MONTH.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return Optional.of(new Period(ym.toString(), Type.MONTH, ym.atDay(1), ym.atEndOfMonth()));
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            YearMonth first = YearMonth.of(year, (q - 1) * 3 + 1);
            return Optional.of(new Period(year + "-Q" + q, Type.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        m = YEAR.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(new Period(String.valueOf(year), Type.YEAR, LocalDate.of(year - 1, 4, 1), LocalDate.of(year, 3, 31)));
        }
        return Optional.empty();
    }

    public static Period month(YearMonth ym) {
        return new Period(ym.toString(), Type.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    public String typeName() {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
