package uk.beacon.signals;

import java.util.Optional;

/**
 * One assessed unit of a funnel plot. Value and limits are on the indicator's scale (the caller's
 * {@code scale}, e.g. 100 for a percentage); the z-score is (value − target) / standard error,
 * with τ² in the standard error when the over-dispersion adjustment was applied.
 *
 * @param limitMethod how this unit's limits were computed: NORMAL when the adjustment was applied,
 *                    or for a proportion whose denominator is not a whole number
 * @param meaning     for a unit outside its inner limits, what that means given the polarity
 */
public record FunnelPoint(String unitId, double numerator, double denominator, double value, double zScore,
                          FunnelLimits limits, LimitMethod limitMethod, FunnelBand band, Optional<Meaning> meaning) {
}
