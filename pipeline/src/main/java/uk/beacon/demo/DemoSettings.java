package uk.beacon.demo;

import java.time.YearMonth;

/**
 * What the demo generates: {@code months} of returns ending at {@code lastPeriod}, from a
 * seeded random stream so the same settings always write byte-identical files.
 */
public record DemoSettings(long seed, YearMonth lastPeriod, int months) {

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
