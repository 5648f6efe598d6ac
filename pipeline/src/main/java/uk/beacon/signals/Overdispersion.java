package uk.beacon.signals;

/**
 * The over-dispersion check of a funnel plot (Spiegelhalter, QSHC 2005).
 *
 * @param phi     φ = mean of the squared winsorised z-scores; about 1 when units differ by chance only
 * @param units   I, the units assessed
 * @param applied true when the adjustment is switched on and I·φ > I − 1
 * @param tau2    τ², the between-unit variance added to every unit's own, on the indicator's scale
 *                squared; 0 when not applied
 */
public record Overdispersion(double phi, int units, boolean applied, double tau2) {
}
