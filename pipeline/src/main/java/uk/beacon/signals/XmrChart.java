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
