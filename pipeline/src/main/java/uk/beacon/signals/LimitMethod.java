package uk.beacon.signals;

/** How a funnel plot's control limits are computed. */
public enum LimitMethod {
    /**
     * The binomial (proportions) or Poisson (rates) quantile, interpolated between counts as in
     * Spiegelhalter (2005) Appendix A.1.1 so the funnel is smooth. Right for small denominators
     * and rare events, where the count's distribution is skewed and symmetric limits are not.
     */
    EXACT,
    /** target ± z × √variance: what the over-dispersion adjustment builds on, and a fallback. */
    NORMAL
}
