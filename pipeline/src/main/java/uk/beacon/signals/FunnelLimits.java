package uk.beacon.signals;

/** A unit's control limits, on the indicator's scale: inner (95% by default) and outer (99.8%). */
public record FunnelLimits(double outerLower, double innerLower, double innerUpper, double outerUpper) {
}
