package uk.beacon.signals;

import java.util.Optional;

/** Where a unit's value lies among its limits; a value exactly on a limit is inside it. */
public enum FunnelBand {
    BELOW_OUTER, BELOW_INNER, INSIDE, ABOVE_INNER, ABOVE_OUTER;

    static FunnelBand of(double value, FunnelLimits limits) {
        if (value < limits.outerLower()) {
            return BELOW_OUTER;
        }
        if (value < limits.innerLower()) {
            return BELOW_INNER;
        }
        if (value > limits.outerUpper()) {
            return ABOVE_OUTER;
        }
        if (value > limits.innerUpper()) {
            return ABOVE_INNER;
        }
        return INSIDE;
    }

    public Optional<Direction> direction() {
        return switch (this) {
            case BELOW_OUTER, BELOW_INNER -> Optional.of(Direction.DOWN);
            case ABOVE_INNER, ABOVE_OUTER -> Optional.of(Direction.UP);
            case INSIDE -> Optional.empty();
        };
    }
}
