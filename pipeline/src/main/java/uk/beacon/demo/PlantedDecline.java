package uk.beacon.demo;

import java.time.YearMonth;

/**
 * A decline planted in one demo authority: from {@code starts} its front-door and workforce
 * indicators worsen month by month until {@code worst}, then stay there. The backtest
 * measures how many months before {@code worst} a trigger opened.
 */
record PlantedDecline(String laCode, YearMonth starts, YearMonth worst) {

    /** 0 before the decline, rising to 1 at its worst. */
    double severityAt(YearMonth m) {
        if (m.isBefore(starts)) {
            return 0;
        }
        if (!m.isBefore(worst)) {
            return 1;
        }
        long total = starts.until(worst, java.time.temporal.ChronoUnit.MONTHS);
        long done = starts.until(m, java.time.temporal.ChronoUnit.MONTHS);
        return (double) (done + 1) / (total + 1);
    }
}
