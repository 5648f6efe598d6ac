package uk.beacon.signals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.beacon.catalogue.Indicator.Polarity;

/**
 * An XmR (individuals and moving range) chart by NHS England's "Making Data Count" method.
 *
 * <p>The limits come from the baseline (the first {@link SpcSettings#baselineLength()} points, or
 * the whole series if shorter): the mean, and the mean moving range mR̄ recomputed after leaving
 * out moving ranges above the upper range limit (3.267 × mR̄), so that one freak month does not
 * widen the limits enough to hide the next. The rules are then applied to every point, baseline
 * and after.
 *
 * @param baselineLength       points the limits were computed from
 * @param screenedMovingRanges index of the later point of each baseline moving range left out
 * @param points               every point, labelled with its highest-precedence special cause
 * @param specialCauses        every firing of every rule, in rule then position order
 */
public record XmrChart(int baselineLength, XmrLimits limits, List<Integer> screenedMovingRanges,
                       List<PointLabel> points, List<SpecialCause> specialCauses) implements SeriesAnalysis {

    public XmrChart {
        screenedMovingRanges = List.copyOf(screenedMovingRanges);
        points = List.copyOf(points);
        specialCauses = List.copyOf(specialCauses);
    }

    public static XmrChart fit(List<SeriesPoint> series, Polarity polarity, SpcSettings settings) {
        if (series.size() < settings.minimumXmrPoints()) {
            throw new IllegalArgumentException("an XmR chart needs at least " + settings.minimumXmrPoints()
                    + " points, this series has " + series.size() + ": use a run chart");
        }
        double[] values = series.stream().mapToDouble(SeriesPoint::value).toArray();
        int baseline = Math.min(settings.baselineLength(), values.length);
        List<Integer> screened = new ArrayList<>();
        XmrLimits limits = limits(values, baseline, settings, screened);

        List<SpecialCause> causes = new ArrayList<>();
        for (XmrRules.Firing f : XmrRules.all(values, limits, settings)) {
            List<ChartPoint> covered = f.indices().stream()
                    .map(i -> new ChartPoint(i, series.get(i).period(), values[i])).toList();
            causes.add(new SpecialCause(f.rule(), f.direction(), Meaning.of(f.direction(), polarity), covered, limits,
                    overlap(f.indices(), baseline)));
        }

        List<PointLabel> labelled = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            int index = i;
            Optional<SpecialCause> label = causes.stream().filter(c -> c.covers(index))
                    .min(Comparator.comparing(SpecialCause::rule));
            labelled.add(new PointLabel(new ChartPoint(i, series.get(i).period(), values[i]), i < baseline, label));
        }
        return new XmrChart(baseline, limits, screened, labelled, causes);
    }

    /**
     * What the chart says about the series' last point, as that point becomes known: the
     * highest-precedence special cause covering it, judged on this series alone (so a run counts
     * only as far as it reached by then). Lighter than {@link #fit} for evaluating a series point by
     * point; the same limits and rules.
     */
    public static Optional<SpecialCause> causeAtLastPoint(List<SeriesPoint> series, Polarity polarity, SpcSettings settings) {
        double[] values = series.stream().mapToDouble(SeriesPoint::value).toArray();
        int last = values.length - 1;
        int baseline = Math.min(settings.baselineLength(), values.length);
        XmrLimits limits = limits(values, baseline, settings, new ArrayList<>());
        XmrRules.Firing best = null;
        for (XmrRules.Firing f : XmrRules.all(values, limits, settings)) {
            if (f.indices().contains(last) && (best == null || f.rule().compareTo(best.rule()) < 0)) {
                best = f;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<ChartPoint> covered = best.indices().stream().map(i -> new ChartPoint(i, series.get(i).period(), values[i])).toList();
        return Optional.of(new SpecialCause(best.rule(), best.direction(), Meaning.of(best.direction(), polarity), covered, limits,
                overlap(best.indices(), baseline)));
    }

    /**
     * What the chart says about each point as it arrives, for a series whose points arrive in
     * order: element i is {@link #causeAtLastPoint} of the first i + 1 points (empty inside the
     * baseline, which only sets the limits), in one pass: once the baseline is complete the
     * limits no longer change, and each rule only needs the run or window ending at the point.
     */
    public static List<Optional<SpecialCause>> causesAsEachPointArrives(List<SeriesPoint> series, Polarity polarity, SpcSettings settings) {
        int n = series.size();
        List<Optional<SpecialCause>> out = new ArrayList<>(n);
        int baseline = Math.min(settings.baselineLength(), n);
        if (n < settings.minimumXmrPoints() || n <= baseline) {
            for (int i = 0; i < n; i++) {
                out.add(Optional.empty());
            }
            return out;
        }
        double[] values = series.stream().mapToDouble(SeriesPoint::value).toArray();
        XmrLimits l = limits(values, baseline, settings, new ArrayList<>());
        int trendRun = 1;
        int shiftRun = 0;
        int window = settings.twoOfThreeWindow();
        for (int i = 0; i < n; i++) {
            int step = i == 0 ? 0 : values[i] > values[i - 1] ? 1 : values[i] < values[i - 1] ? -1 : 0;
            int previousStep = i < 2 ? 0 : values[i - 1] > values[i - 2] ? 1 : values[i - 1] < values[i - 2] ? -1 : 0;
            trendRun = step == 0 ? 1 : step == previousStep ? trendRun + 1 : 2;
            int side = values[i] > l.mean() ? 1 : values[i] < l.mean() ? -1 : 0;
            int previousSide = i == 0 ? 0 : values[i - 1] > l.mean() ? 1 : values[i - 1] < l.mean() ? -1 : 0;
            shiftRun = side == 0 ? 0 : side == previousSide ? shiftRun + 1 : 1;
            if (i < baseline || i + 1 < settings.minimumXmrPoints()) {
                out.add(Optional.empty());
                continue;
            }
            SignalRule rule = null;
            Direction direction = null;
            int first = i;
            if (values[i] > l.upperLimit() || values[i] < l.lowerLimit()) {
                rule = SignalRule.SPC_OUTSIDE_LIMITS;
                direction = values[i] > l.upperLimit() ? Direction.UP : Direction.DOWN;
            } else if (step != 0 && trendRun >= settings.trendLength()) {
                rule = SignalRule.SPC_TREND;
                direction = step > 0 ? Direction.UP : Direction.DOWN;
                first = i - trendRun + 1;
            } else if (i >= window - 1 && twoOfThreeAt(values, i, l, settings) != null) {
                direction = twoOfThreeAt(values, i, l, settings);
                rule = SignalRule.SPC_TWO_OF_THREE;
                first = i - window + 1;
            } else if (side != 0 && shiftRun >= settings.shiftLength()) {
                rule = SignalRule.SPC_SHIFT;
                direction = side > 0 ? Direction.UP : Direction.DOWN;
                first = i - shiftRun + 1;
            }
            if (rule == null) {
                out.add(Optional.empty());
                continue;
            }
            List<Integer> indices = new ArrayList<>();
            List<ChartPoint> covered = new ArrayList<>();
            for (int k = first; k <= i; k++) {
                boolean beyond = rule != SignalRule.SPC_TWO_OF_THREE
                        || (direction == Direction.UP ? values[k] > l.upperTwoThirds() : values[k] < l.lowerTwoThirds());
                if (beyond) {
                    indices.add(k);
                    covered.add(new ChartPoint(k, series.get(k).period(), values[k]));
                }
            }
            out.add(Optional.of(new SpecialCause(rule, direction, Meaning.of(direction, polarity), covered, l, overlap(indices, baseline))));
        }
        return out;
    }

    /** The side on which point i is one of enough points beyond the two-thirds line in the window ending at it, or null. */
    private static Direction twoOfThreeAt(double[] values, int i, XmrLimits l, SpcSettings settings) {
        for (Direction side : Direction.values()) {
            boolean beyondHere = side == Direction.UP ? values[i] > l.upperTwoThirds() : values[i] < l.lowerTwoThirds();
            if (!beyondHere) {
                continue;
            }
            int count = 0;
            for (int k = i - settings.twoOfThreeWindow() + 1; k <= i; k++) {
                count += (side == Direction.UP ? values[k] > l.upperTwoThirds() : values[k] < l.lowerTwoThirds()) ? 1 : 0;
            }
            if (count >= settings.twoOfThreePoints()) {
                return side;
            }
        }
        return null;
    }

    /** Mean and screened mean moving range of the first {@code baseline} points; {@code screened} receives the ranges left out. */
    private static XmrLimits limits(double[] values, int baseline, SpcSettings settings, List<Integer> screened) {
        double mean = 0;
        for (int i = 0; i < baseline; i++) {
            mean += values[i];
        }
        mean /= baseline;

        double unscreened = 0;
        for (int i = 1; i < baseline; i++) {
            unscreened += Math.abs(values[i] - values[i - 1]);
        }
        unscreened /= baseline - 1;
        double upperRangeLimit = settings.movingRangeScreenFactor() * unscreened;
        double kept = 0;
        for (int i = 1; i < baseline; i++) {
            double range = Math.abs(values[i] - values[i - 1]);
            if (range > upperRangeLimit) {
                screened.add(i);
            } else {
                kept += range;
            }
        }
        // Never empty: the smallest moving range is at most their mean, so at most the limit.
        double meanMovingRange = kept / (baseline - 1 - screened.size());

        double spread = settings.limitFactor() * meanMovingRange;
        double nearSpread = settings.twoOfThreeFraction() * spread;
        return new XmrLimits(mean, meanMovingRange, unscreened, mean - spread, mean + spread,
                mean - nearSpread, mean + nearSpread);
    }

    private static BaselineOverlap overlap(List<Integer> indices, int baseline) {
        boolean before = indices.stream().anyMatch(i -> i < baseline);
        boolean after = indices.stream().anyMatch(i -> i >= baseline);
        return before && after ? BaselineOverlap.STRADDLES_BASELINE
                : before ? BaselineOverlap.WITHIN_BASELINE : BaselineOverlap.AFTER_BASELINE;
    }
}
