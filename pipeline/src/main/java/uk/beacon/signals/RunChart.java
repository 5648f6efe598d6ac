package uk.beacon.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.beacon.catalogue.Indicator.Polarity;

/**
 * The IHI run-chart rules (Perla, Provost and Murray 2011), for a series too short for XmR limits:
 * a shift (6 or more points in a row on one side of the median), a trend (5 or more points in a
 * row going up, or down) and too few or too many crossings of the median.
 *
 * <p>The rules' own conventions are kept: a point on the median neither counts towards a shift nor
 * breaks it, and a value repeating the one before is skipped when counting a trend (so, unlike the
 * XmR trend, a tie does not end it).
 *
 * @param median          the centre line, over the whole series
 * @param usefulPoints    points not on the median
 * @param crossings       times the series crosses the median (consecutive useful points on opposite sides)
 * @param crossingsLimits empty when there are too few useful points to judge crossings
 */
public record RunChart(double median, int usefulPoints, int crossings, Optional<CrossingsLimits> crossingsLimits,
                       List<RunSignal> signals) implements SeriesAnalysis {

    public RunChart {
        signals = List.copyOf(signals);
    }

    public static RunChart analyse(List<SeriesPoint> series, Polarity polarity, SpcSettings settings) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a run chart needs at least one point");
        }
        List<ChartPoint> points = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            points.add(new ChartPoint(i, series.get(i).period(), series.get(i).value()));
        }
        double median = median(points);
        List<ChartPoint> useful = points.stream().filter(p -> side(p, median) != 0).toList();

        List<RunSignal> signals = new ArrayList<>(shifts(useful, median, polarity, settings.runShiftLength()));
        signals.addAll(trends(points, polarity, settings.runTrendLength()));

        int crossings = 0;
        for (int i = 1; i < useful.size(); i++) {
            crossings += side(useful.get(i), median) != side(useful.get(i - 1), median) ? 1 : 0;
        }
        Optional<CrossingsLimits> limits = useful.size() >= settings.crossingsMinimumPoints()
                ? Optional.of(CrossingsLimits.of(useful.size(), settings.crossingsTailProbability()))
                : Optional.empty();
        if (limits.isPresent() && (crossings < limits.get().fewest() || crossings > limits.get().most())) {
            signals.add(new RunSignal(SignalRule.RUN_CROSSINGS, Optional.empty(), Meaning.NEUTRAL_CHANGE, useful));
        }
        return new RunChart(median, useful.size(), crossings, limits, signals);
    }

    /** Maximal runs of useful points on one side; points on the median were already left out. */
    private static List<RunSignal> shifts(List<ChartPoint> useful, double median, Polarity polarity, int length) {
        List<RunSignal> signals = new ArrayList<>();
        int start = 0;
        while (start < useful.size()) {
            int side = side(useful.get(start), median);
            int end = start;
            while (end + 1 < useful.size() && side(useful.get(end + 1), median) == side) {
                end++;
            }
            if (end - start + 1 >= length) {
                signals.add(signal(SignalRule.RUN_SHIFT, side > 0 ? Direction.UP : Direction.DOWN, polarity, useful.subList(start, end + 1)));
            }
            start = end + 1;
        }
        return signals;
    }

    /** Maximal monotone runs once each repeated value is skipped; the skipped points are not reported. */
    private static List<RunSignal> trends(List<ChartPoint> points, Polarity polarity, int length) {
        List<ChartPoint> distinct = new ArrayList<>();
        for (ChartPoint p : points) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).value() != p.value()) {
                distinct.add(p);
            }
        }
        List<RunSignal> signals = new ArrayList<>();
        int start = 0;
        while (start < distinct.size() - 1) {
            boolean up = distinct.get(start + 1).value() > distinct.get(start).value();
            int end = start + 1;
            while (end + 1 < distinct.size() && (distinct.get(end + 1).value() > distinct.get(end).value()) == up) {
                end++;
            }
            if (end - start + 1 >= length) {
                signals.add(signal(SignalRule.RUN_TREND, up ? Direction.UP : Direction.DOWN, polarity, distinct.subList(start, end + 1)));
            }
            start = end;
        }
        return signals;
    }

    private static RunSignal signal(SignalRule rule, Direction direction, Polarity polarity, List<ChartPoint> points) {
        return new RunSignal(rule, Optional.of(direction), Meaning.of(direction, polarity), points);
    }

    private static int side(ChartPoint p, double median) {
        return p.value() > median ? 1 : p.value() < median ? -1 : 0;
    }

    private static double median(List<ChartPoint> points) {
        double[] sorted = points.stream().mapToDouble(ChartPoint::value).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
