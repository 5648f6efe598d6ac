package uk.beacon.signals;

/**
 * Where a special cause lies relative to the baseline. Causes inside the baseline say the limits
 * themselves were set on an unstable period; causes after it are the early warning. Both are
 * reported and the caller decides which it acts on.
 */
public enum BaselineOverlap { WITHIN_BASELINE, AFTER_BASELINE, STRADDLES_BASELINE }
