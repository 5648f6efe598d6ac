package uk.beacon.signals;

import java.util.List;

/**
 * One firing of an XmR rule: the points it covers (a run is reported once, with all its points),
 * which way it points, what that means for this indicator, and the figures it was judged against.
 */
public record SpecialCause(SignalRule rule, Direction direction, Meaning meaning, List<ChartPoint> points,
                           XmrLimits limits, BaselineOverlap overlap) {

    public SpecialCause {
        points = List.copyOf(points);
    }

    public boolean covers(int index) {
        return points.stream().anyMatch(p -> p.index() == index);
    }
}
