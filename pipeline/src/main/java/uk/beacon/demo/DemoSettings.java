package uk.beacon.demo;

import java.time.YearMonth;

/**
 * What the demo generates: {@code months} of returns ending at {@code lastPeriod}, from a
 * seeded random stream so the same settings always write byte-identical files. With
 * {@code quarterly}, each authority returns once a quarter (the quarter's figures are those of its
 * last month), and {@code lastPeriod} must end a quarter.
 */
public record DemoSettings(long seed, YearMonth lastPeriod, int months, boolean quarterly) {

    public DemoSettings(long seed, YearMonth lastPeriod, int months) {
        this(seed, lastPeriod, months, false);
    }

    public DemoSettings {
        if (quarterly && lastPeriod.getMonthValue() % 3 != 0) {
            throw new IllegalArgumentException("a quarterly demo ends with a quarter: its last month is March, June, September "
                    + "or December, not " + lastPeriod);
        }
    }

    /** How many months of history a quarterly demo has by default: 20 quarters, so XmR limits have 12 to start from. */
    public static final int DEFAULT_QUARTERLY_MONTHS = 60;

    /** The period text of a month's return: the month itself, or its quarter (2026-Q3) in a quarterly demo. */
    public String periodOf(YearMonth m) {
        return quarterly ? m.getYear() + "-Q" + ((m.getMonthValue() + 2) / 3) : m.toString();
    }

    /** Whether month {@code m} ends a return period (every month, or a quarter's last month). */
    public boolean endsPeriod(YearMonth m) {
        return !quarterly || m.getMonthValue() % 3 == 0;
    }

    /** Months in one return period. */
    public int periodMonths() {
        return quarterly ? 3 : 1;
    }

    public static final long DEFAULT_SEED = 20_261_023L;
    public static final YearMonth DEFAULT_LAST_PERIOD = YearMonth.of(2026, 10);
    public static final int DEFAULT_MONTHS = 42;

    public static DemoSettings defaults() {
        return new DemoSettings(DEFAULT_SEED, DEFAULT_LAST_PERIOD, DEFAULT_MONTHS);
    }

    public YearMonth firstPeriod() {
        return lastPeriod.minusMonths(months - 1L);
    }
}
