package uk.beacon.signals;

/**
 * The thresholds of the SPC and run-chart rules. {@link #defaults()} are the published ones
 * (NHS England "Making Data Count" for XmR; the IHI run-chart rules of Perla, Provost and Murray
 * 2011 for short series); they are settings rather than constants so that config/ can tune them.
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
 * @param runShiftLength           run chart: points in a row on one side of the median
 * @param runTrendLength           run chart: points in a row going up (or down)
 * @param crossingsTailProbability run chart: chance, in each tail, of a random series being called
 *                                 out for too few (or too many) crossings
 * @param crossingsMinimumPoints   run chart: points off the median needed before crossings are judged
 */
public record SpcSettings(int minimumXmrPoints, int baselineLength, double limitFactor, double movingRangeScreenFactor,
                          int trendLength, int twoOfThreePoints, int twoOfThreeWindow, double twoOfThreeFraction, int shiftLength,
                          int runShiftLength, int runTrendLength, double crossingsTailProbability, int crossingsMinimumPoints) {

    public SpcSettings {
        require(minimumXmrPoints >= 2, "minimumXmrPoints must be at least 2");
        require(baselineLength >= 2, "baselineLength must be at least 2 (one moving range needs two points)");
        require(limitFactor > 0 && movingRangeScreenFactor > 0, "limit factors must be positive");
        require(trendLength >= 2 && shiftLength >= 2 && runShiftLength >= 2 && runTrendLength >= 2, "run lengths must be at least 2");
        require(twoOfThreePoints >= 1 && twoOfThreeWindow >= twoOfThreePoints, "twoOfThreePoints must lie between 1 and twoOfThreeWindow");
        require(twoOfThreeFraction > 0 && twoOfThreeFraction < 1, "twoOfThreeFraction must lie between 0 and 1");
        require(crossingsTailProbability > 0 && crossingsTailProbability < 0.5, "crossingsTailProbability must lie between 0 and 0.5");
        require(crossingsMinimumPoints >= 2, "crossingsMinimumPoints must be at least 2");
    }

    public static SpcSettings defaults() {
        return new SpcSettings(12, 12, 2.66, 3.267, 7, 2, 3, 2.0 / 3.0, 7, 6, 5, 0.025, 10);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
