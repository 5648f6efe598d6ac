package uk.beacon.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.BinomialDistribution;
import uk.beacon.catalogue.Indicator.Polarity;

/**
 * Anhøj's run-chart rules for a series too short for XmR limits, such as a decade of annual
 * figures (J. Anhøj and A. V. Olesen, "Run charts revisited: a simulation study of run chart
 * rules for detection of non-random variation in health care processes", PLoS ONE 9(11):
 * e113825, 2014; J. Anhøj, "Diagnostic value of run chart analysis", PLoS ONE 10(3): e0121349,
 * 2015). With n useful points (points not on the median, which neither break nor extend a run):
 * <ul>
 *   <li>unusually long run: the longest run on one side of the median is longer than
 *       round(log2(n) + 3) points;</li>
 *   <li>unusually few crossings: the series crosses its median fewer times than the lower 5%
 *       quantile of the binomial distribution with n − 1 trials and success probability ½
 *       (R: {@code qbinom(0.05, n - 1, 0.5)}).</li>
 * </ul>
 * Either is a signal of non-random variation. Both limits match the table of the 2014 paper
 * (RunChartTest checks them from 10 to 30 useful points). Anhøj's rules have no trend rule: his
 * simulations showed it adds false signals without adding sensitivity.
 *
 * @param median          the centre line, over the whole series
 * @param usefulPoints    points not on the median
 * @param longestRun      the longest run of useful points on one side of the median
 * @param longestRunLimit a longest run above this is a signal
 * @param crossings       times the series crosses the median (consecutive useful points on opposite sides)
 * @param fewestCrossings fewer crossings than this is a signal
 */
public record RunChart(double median, int usefulPoints, int longestRun, int longestRunLimit, int crossings, int fewestCrossings,
                       List<RunSignal> signals) implements SeriesAnalysis {

    public RunChart {
        signals = List.copyOf(signals);
    }

    /** round(log2(n) + 3); log2(n) + 3 is never exactly half-way for a whole n, so the rounding rule does not matter. */
    public static int longestRunLimit(int usefulPoints) {
        return (int) Math.round(Math.log(usefulPoints) / Math.log(2) + 3);
    }

    /** The smallest c with P(X ≤ c) ≥ probability, X ~ Binomial(n − 1, ½): R's {@code qbinom}. */
    public static int fewestCrossings(int usefulPoints, double probability) {
        if (usefulPoints < 2) {
            return 0;
        }
        return new BinomialDistribution(null, usefulPoints - 1, 0.5).inverseCumulativeProbability(probability);
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
        int n = useful.size();

        // Maximal runs of useful points on one side.
        List<List<ChartPoint>> runs = new ArrayList<>();
        for (ChartPoint p : useful) {
            if (runs.isEmpty() || side(runs.get(runs.size() - 1).get(0), median) != side(p, median)) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(p);
        }
        int longest = runs.stream().mapToInt(List::size).max().orElse(0);
        int crossings = Math.max(0, runs.size() - 1);
        int runLimit = n == 0 ? 0 : longestRunLimit(n);
        int fewest = fewestCrossings(n, settings.crossingsProbability());

        List<RunSignal> signals = new ArrayList<>();
        if (n == 0) {
            return new RunChart(median, 0, 0, runLimit, 0, fewest, signals);
        }
        for (List<ChartPoint> run : runs) {
            if (run.size() > runLimit) {
                signals.add(signal(SignalRule.RUN_SHIFT, side(run.get(0), median) > 0 ? Direction.UP : Direction.DOWN, polarity, run));
            }
        }
        if (crossings < fewest) {
            List<ChartPoint> last = runs.get(runs.size() - 1);
            signals.add(signal(SignalRule.RUN_CROSSINGS, side(last.get(0), median) > 0 ? Direction.UP : Direction.DOWN, polarity, useful));
        }
        return new RunChart(median, n, longest, runLimit, crossings, fewest, signals);
    }

    /** The signals that involve the series' last point: what the run chart says as that point becomes known. */
    public List<RunSignal> signalsAtLastPoint(int lastIndex) {
        return signals.stream()
                .filter(s -> s.rule() == SignalRule.RUN_CROSSINGS || s.points().stream().anyMatch(p -> p.index() == lastIndex))
                .toList();
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
