package uk.beacon.signals;

import java.util.ArrayList;
import java.util.List;

/**
 * The four XmR special-cause rules, each returning its firings as index lists. Every rule looks at
 * the whole series, baseline included; {@link XmrChart} labels and places the firings.
 */
final class XmrRules {

    /** A rule that fired on the points at these indices, pointing this way. */
    record Firing(SignalRule rule, Direction direction, List<Integer> indices) {
    }

    private XmrRules() {
    }

    static List<Firing> all(double[] values, XmrLimits limits, SpcSettings settings) {
        List<Firing> firings = new ArrayList<>();
        firings.addAll(outsideLimits(values, limits));
        firings.addAll(trends(values, settings.trendLength()));
        firings.addAll(twoOfThree(values, limits, settings));
        firings.addAll(shifts(values, limits.mean(), settings.shiftLength()));
        return firings;
    }

    /** Strictly beyond: a point exactly on a limit is still inside the process's own variation. */
    static List<Firing> outsideLimits(double[] values, XmrLimits limits) {
        List<Firing> firings = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > limits.upperLimit()) {
                firings.add(new Firing(SignalRule.SPC_OUTSIDE_LIMITS, Direction.UP, List.of(i)));
            } else if (values[i] < limits.lowerLimit()) {
                firings.add(new Firing(SignalRule.SPC_OUTSIDE_LIMITS, Direction.DOWN, List.of(i)));
            }
        }
        return firings;
    }

    /**
     * Maximal runs of at least {@code length} points, each strictly above (or below) the one
     * before. An equal neighbour ends the run: Making Data Count counts only strict changes. A
     * peak ends a rising run and starts a falling one, so it may belong to both.
     */
    static List<Firing> trends(double[] values, int length) {
        List<Firing> firings = new ArrayList<>();
        int start = 0;
        while (start < values.length - 1) {
            int step = compare(values[start + 1], values[start]);
            if (step == 0) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end + 1 < values.length && compare(values[end + 1], values[end]) == step) {
                end++;
            }
            if (end - start + 1 >= length) {
                firings.add(new Firing(SignalRule.SPC_TREND, step > 0 ? Direction.UP : Direction.DOWN, range(start, end)));
            }
            start = end;
        }
        return firings;
    }

    /**
     * In any window of {@code twoOfThreeWindow} consecutive points, at least
     * {@code twoOfThreePoints} strictly beyond the same two-thirds line. A point beyond the limit
     * itself is beyond the line too, so it counts (it is labelled outside-limits anyway). The
     * points beyond the line in overlapping windows on one side make one firing.
     */
    static List<Firing> twoOfThree(double[] values, XmrLimits limits, SpcSettings settings) {
        List<Firing> firings = new ArrayList<>();
        for (Direction side : Direction.values()) {
            boolean[] beyond = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                beyond[i] = side == Direction.UP ? values[i] > limits.upperTwoThirds() : values[i] < limits.lowerTwoThirds();
            }
            boolean[] fired = new boolean[values.length];
            int window = settings.twoOfThreeWindow();
            for (int first = 0; first + window <= values.length; first++) {
                int count = 0;
                for (int i = first; i < first + window; i++) {
                    count += beyond[i] ? 1 : 0;
                }
                if (count >= settings.twoOfThreePoints()) {
                    for (int i = first; i < first + window; i++) {
                        fired[i] |= beyond[i];
                    }
                }
            }
            firings.addAll(groupWithinWindow(fired, window, side));
        }
        return firings;
    }

    private static List<Firing> groupWithinWindow(boolean[] fired, int window, Direction side) {
        List<Firing> firings = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        for (int i = 0; i < fired.length; i++) {
            if (!fired[i]) {
                continue;
            }
            if (!group.isEmpty() && i - group.get(group.size() - 1) >= window) {
                firings.add(new Firing(SignalRule.SPC_TWO_OF_THREE, side, group));
                group = new ArrayList<>();
            }
            group.add(i);
        }
        if (!group.isEmpty()) {
            firings.add(new Firing(SignalRule.SPC_TWO_OF_THREE, side, group));
        }
        return firings;
    }

    /** Maximal runs of at least {@code length} points on one side of the mean; a point on the mean ends a run. */
    static List<Firing> shifts(double[] values, double mean, int length) {
        List<Firing> firings = new ArrayList<>();
        int start = 0;
        while (start < values.length) {
            int side = compare(values[start], mean);
            int end = start;
            while (end + 1 < values.length && compare(values[end + 1], mean) == side) {
                end++;
            }
            if (side != 0 && end - start + 1 >= length) {
                firings.add(new Firing(SignalRule.SPC_SHIFT, side > 0 ? Direction.UP : Direction.DOWN, range(start, end)));
            }
            start = end + 1;
        }
        return firings;
    }

    /** Like Double.compare, except that 0.0 and -0.0 are equal: only the numbers matter here. */
    private static int compare(double a, double b) {
        return a > b ? 1 : a < b ? -1 : 0;
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> indices = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            indices.add(i);
        }
        return indices;
    }
}
