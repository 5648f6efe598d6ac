package uk.beacon.signals;

/**
 * One unit of a funnel plot's peer group (an authority) for one indicator and period: a count out
 * of a denominator (cases, or children in the population). Use {@code Double.NaN} for a figure that
 * was not returned; such a unit, like one with a zero denominator, is reported as not assessable.
 */
public record FunnelUnit(String unitId, double numerator, double denominator) {
}
