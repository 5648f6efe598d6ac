package uk.beacon.signals;

import java.util.List;
import java.util.Optional;

/**
 * One firing of a run-chart rule. A crossings signal has no direction: too few crossings say the
 * level moved at some point, too many that something alternates, but not which way is which, so it
 * means {@link Meaning#NEUTRAL_CHANGE} whatever the polarity.
 */
public record RunSignal(SignalRule rule, Optional<Direction> direction, Meaning meaning, List<ChartPoint> points) {

    public RunSignal {
        points = List.copyOf(points);
    }
}
