package uk.beacon.signals;

import uk.beacon.catalogue.Indicator.Polarity;

/**
 * What a signal means for the service. For a neutral indicator (referral rates, children looked
 * after) neither direction is good or bad, but a real change is still worth a look: that is
 * {@link #NEUTRAL_CHANGE}, kept apart from concern so reports do not paint it red.
 */
public enum Meaning {
    CONCERN, IMPROVEMENT, NEUTRAL_CHANGE;

    public static Meaning of(Direction direction, Polarity polarity) {
        return switch (polarity) {
            case LOW -> direction == Direction.UP ? CONCERN : IMPROVEMENT;
            case HIGH -> direction == Direction.UP ? IMPROVEMENT : CONCERN;
            case NEUTRAL -> NEUTRAL_CHANGE;
        };
    }
}
