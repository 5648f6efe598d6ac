package uk.beacon.signals;

/**
 * The thresholds of the SPC and run-chart rules. {@link #defaults()} are the published ones
 * (NHS England "Making Data Count" for XmR; Anhøj's run-chart rules, Anhøj and Olesen 2014, for
 * short series); they are settings rather than constants so that config/ can tune them.
 *
 * @param minimumXmrPoints         fewer points than this and the series gets a run chart instead
 * @param baselineLength           points (from the first) whose mean and moving ranges set the limits
 * @param limitFactor              process limits = mean ± limitFactor × mR̄ (2.66 = 3 / d2, d2 = 1.128)
 * @param movingRangeScreenFactor  moving ranges above this × mR̄ (the upper range limit, 3.267 = D4)
 *                                 are left out before mR̄ is computed again
 * @param trendLength              points in a row, each strictly beyond the one before
 * @param twoOfThreePoints         points of a window that must lie beyond the two-thirds line (2) …
 * @param twoOfThreeWindow         … out of this many consecutive points (3)
 * @param twoOfThreeFraction       how far from the mean towards the limit that line is (⅔)
 * @param shiftLength              points in a row on one side of the mean
 * @param runChartMinimumPoints    fewer points than this and a series says nothing of its own yet (a run
 *                                 chart from this many points, an XmR chart from minimumXmrPoints)
 * @param crossingsProbability     run chart: fewer crossings than the binomial quantile at this
 *                                 probability (n useful points, n − 1 chances to cross, each ½) are
 *                                 too few (Anhøj: 0.05)
 */
public record SpcSettings(int minimumXmrPoints, int baselineLength, double limitFactor, double movingRangeScreenFactor,
                          int trendLength, int twoOfThreePoints, int twoOfThreeWindow, double twoOfThreeFraction, int shiftLength,
                          int runChartMinimumPoints, double crossingsProbability) {

    public SpcSettings {
        require(minimumXmrPoints >= 2, "minimumXmrPoints must be at least 2");
        require(baselineLength >= 2, "baselineLength must be at least 2 (one moving range needs two points)");
        require(limitFactor > 0 && movingRangeScreenFactor > 0, "limit factors must be positive");
        require(trendLength >= 2 && shiftLength >= 2, "run lengths must be at least 2");
        require(twoOfThreePoints >= 1 && twoOfThreeWindow >= twoOfThreePoints, "twoOfThreePoints must lie between 1 and twoOfThreeWindow");
        require(twoOfThreeFraction > 0 && twoOfThreeFraction < 1, "twoOfThreeFraction must lie between 0 and 1");
        require(crossingsProbability > 0 && crossingsProbability < 0.5, "crossingsProbability must lie between 0 and 0.5");
        require(runChartMinimumPoints >= 2, "runChartMinimumPoints must be at least 2");
    }

    public static SpcSettings defaults() {
        return new SpcSettings(12, 12, 2.66, 3.267, 7, 2, 3, 2.0 / 3.0, 7, 8, 0.05);
    }

    /** The same with the point counts of config/early-warning.properties ({@code spc.*}), where set. */
    public SpcSettings withPoints(int minimumXmrPoints, int baselineLength, int runChartMinimumPoints) {
        return new SpcSettings(minimumXmrPoints, baselineLength, limitFactor, movingRangeScreenFactor, trendLength, twoOfThreePoints,
                twoOfThreeWindow, twoOfThreeFraction, shiftLength, runChartMinimumPoints, crossingsProbability);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
