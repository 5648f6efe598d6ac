package uk.beacon.signals;

/**
 * The figures an XmR chart's rules are judged against, all from the baseline.
 *
 * @param mean                   centre line
 * @param meanMovingRange        mR̄ after screening, the one the limits use
 * @param unscreenedMovingRange  mR̄ of every baseline moving range, before screening
 * @param lowerLimit             mean − 2.66 × mR̄
 * @param upperLimit             mean + 2.66 × mR̄
 * @param lowerTwoThirds         mean − ⅔ × 2.66 × mR̄: the line the two-of-three rule uses
 * @param upperTwoThirds         mean + ⅔ × 2.66 × mR̄
 */
public record XmrLimits(double mean, double meanMovingRange, double unscreenedMovingRange,
                        double lowerLimit, double upperLimit, double lowerTwoThirds, double upperTwoThirds) {
}
