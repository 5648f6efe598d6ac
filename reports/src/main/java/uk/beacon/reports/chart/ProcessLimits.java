package uk.beacon.reports.chart;

import java.util.Objects;

/**
 * The SPC (XmR) centre line and process limits drawn on the dashboard's trend chart, as the
 * pipeline's SPC kernel fitted them on the authority's whole monthly series.
 *
 * @param centre         the centre line: the mean of the baseline months
 * @param lower          the lower process limit (centre − limitFactor × mean moving range)
 * @param upper          the upper process limit
 * @param baselineFirst  first month of the baseline, "YYYY-MM"
 * @param baselineLast   last month of the baseline, "YYYY-MM"
 * @param baselineMonths how many months the baseline holds
 * @param limitFactor    e.g. 2.66 (3 / d2)
 */
public record ProcessLimits(double centre, double lower, double upper, String baselineFirst, String baselineLast,
                            int baselineMonths, double limitFactor) {

    public ProcessLimits {
        Objects.requireNonNull(baselineFirst, "baselineFirst");
        Objects.requireNonNull(baselineLast, "baselineLast");
        if (!(lower <= centre && centre <= upper)) {
            throw new IllegalArgumentException("limits must surround the centre line: " + lower + ", " + centre + ", " + upper);
        }
    }
}
