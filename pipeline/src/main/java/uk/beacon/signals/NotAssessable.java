package uk.beacon.signals;

/** A unit left out of a funnel plot (and out of its target and over-dispersion), and why. */
public record NotAssessable(String unitId, String reason) {
}
