package uk.beacon.signals;

import java.util.List;
import java.util.Optional;

/**
 * One firing of a run-chart rule: a run too long points the way of its side of the median; too few
 * crossings say the level moved, and point the way of the latest run (where the series is now),
 * so that an early warning can tell a move to the worse side from a move to the better.
 */
public record RunSignal(SignalRule rule, Optional<Direction> direction, Meaning meaning, List<ChartPoint> points) {

    public RunSignal {
        points = List.copyOf(points);
    }
}
