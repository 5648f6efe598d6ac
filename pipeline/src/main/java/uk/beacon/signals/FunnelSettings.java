package uk.beacon.signals;

/**
 * Settings of the funnel plot. {@link #defaults()} follow Spiegelhalter (2005): inner limits at
 * p = 0.975 (z ≈ 1.96, 95% of in-control units inside), outer at p = 0.999 (z ≈ 3.09, 99.8%).
 *
 * @param overdispersionAdjustment when the peer group varies more than chance allows, widen the
 *                                 limits by the additive random-effects model (Spiegelhalter,
 *                                 QSHC 2005). On by default: authorities differ for reasons no
 *                                 indicator adjusts for (deprivation, demand), and without it every
 *                                 large authority away from the mean is flagged.
 * @param winsorisingFraction      share of z-scores pulled in at each end before the over-dispersion
 *                                 is estimated, so the outliers being looked for do not inflate it
 */
public record FunnelSettings(double innerProbability, double outerProbability, LimitMethod limitMethod,
                             boolean overdispersionAdjustment, double winsorisingFraction) {

    public FunnelSettings {
        if (!(0.5 < innerProbability && innerProbability < outerProbability && outerProbability < 1)) {
            throw new IllegalArgumentException("need 0.5 < innerProbability < outerProbability < 1");
        }
        if (!(0 <= winsorisingFraction && winsorisingFraction < 0.5)) {
            throw new IllegalArgumentException("winsorisingFraction must lie in [0, 0.5)");
        }
    }

    public static FunnelSettings defaults() {
        return new FunnelSettings(0.975, 0.999, LimitMethod.EXACT, true, 0.10);
    }
}
