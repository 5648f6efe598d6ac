package uk.beacon.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.catalogue.Indicator.Polarity;

/** Anhøj's run-chart rules, on hand-worked annual and quarterly series. */
class RunChartTest {

    static RunChart analyse(Polarity polarity, double... values) {
        return RunChart.analyse(Series.of(values), polarity, SpcSettings.defaults());
    }

    static List<SignalRule> rules(RunChart chart) {
        return chart.signals().stream().map(RunSignal::rule).toList();
    }

    static List<Integer> indices(RunSignal signal) {
        return signal.points().stream().map(ChartPoint::index).toList();
    }

    @Test
    void limitsMatchAnhojsTable() {
        // Anhøj and Olesen 2014 (PLoS ONE 9(11): e113825), Table 1: for n useful points, the longest
        // run allowed and the fewest crossings expected, n = 10 to 30.
        int[][] table = {
                {10, 6, 2}, {11, 6, 2}, {12, 7, 3}, {13, 7, 3}, {14, 7, 4}, {15, 7, 4}, {16, 7, 4}, {17, 7, 5}, {18, 7, 5},
                {19, 7, 6}, {20, 7, 6}, {21, 7, 6}, {22, 7, 7}, {23, 8, 7}, {24, 8, 8}, {25, 8, 8}, {26, 8, 8}, {27, 8, 9},
                {28, 8, 9}, {29, 8, 10}, {30, 8, 10}};
        for (int[] row : table) {
            assertThat(RunChart.longestRunLimit(row[0])).as("longest run, n = %d", row[0]).isEqualTo(row[1]);
            assertThat(RunChart.fewestCrossings(row[0], 0.05)).as("fewest crossings, n = %d", row[0]).isEqualTo(row[2]);
        }
        // Below the table, as the formulas give: n = 8, round(log2 8 + 3) = 6; qbinom(0.05, 7, 0.5) = 1
        // (P(X <= 0) = 1/128 = 0.008, P(X <= 1) = 8/128 = 0.0625).
        assertThat(RunChart.longestRunLimit(8)).isEqualTo(6);
        assertThat(RunChart.fewestCrossings(8, 0.05)).isEqualTo(1);
    }

    @Test
    void eightAnnualFiguresWithNothingToSay() {
        // Eight annual re-referral rates 21 23 20 22 24 19 22 21: sorted 19 20 21 21 22 22 23 24, median
        // (21 + 22) / 2 = 21.5, no point on it, n = 8. Sides - + - + + - + -: runs 1,1,1,2,1,1,1, so the
        // longest run is 2 (limit 6) and there are 7 runs, 6 crossings (fewest expected 1): random.
        RunChart chart = analyse(Polarity.LOW, 21, 23, 20, 22, 24, 19, 22, 21);

        assertThat(chart.median()).isEqualTo(21.5);
        assertThat(chart.usefulPoints()).isEqualTo(8);
        assertThat(chart.longestRun()).isEqualTo(2);
        assertThat(chart.longestRunLimit()).isEqualTo(6);
        assertThat(chart.crossings()).isEqualTo(6);
        assertThat(chart.fewestCrossings()).isEqualTo(1);
        assertThat(chart.signals()).isEmpty();
    }

    @Test
    void tenAnnualFiguresThatMovedUpCrossOnce() {
        // Ten reporting years of re-referrals (lower is better): 20 21 19 22 20 23 24 25 26 27. Sorted
        // 19 20 20 21 22 23 24 25 26 27, median (22 + 23) / 2 = 22.5. Sides - - - - - + + + + +: two runs
        // of 5, longest 5 <= 6 (no long run), 1 crossing < 2 expected for n = 10: too few crossings.
        // The latest run is above the median: for a lower-is-better measure, a concern.
        RunChart chart = analyse(Polarity.LOW, 20, 21, 19, 22, 20, 23, 24, 25, 26, 27);

        assertThat(chart.median()).isEqualTo(22.5);
        assertThat(chart.longestRun()).isEqualTo(5);
        assertThat(chart.crossings()).isEqualTo(1);
        assertThat(chart.fewestCrossings()).isEqualTo(2);
        assertThat(rules(chart)).containsExactly(SignalRule.RUN_CROSSINGS);
        RunSignal crossings = chart.signals().get(0);
        assertThat(crossings.direction()).contains(Direction.UP);
        assertThat(crossings.meaning()).isEqualTo(Meaning.CONCERN);
        assertThat(chart.signalsAtLastPoint(9)).containsExactly(crossings);
        // The same move in a higher-is-better measure is an improvement.
        assertThat(analyse(Polarity.HIGH, 20, 21, 19, 22, 20, 23, 24, 25, 26, 27).signals().get(0).meaning())
                .isEqualTo(Meaning.IMPROVEMENT);
    }

    @Test
    void pointsOnTheMedianNeitherBreakNorExtendARun() {
        // Thirteen annual figures 30 31 29 30 28 29 35 36 37 36 38 37 39: sorted, the 7th is 35, the
        // median, so the 7th year (35) is not a useful point: n = 12. Sides - - - - - - (0) + + + + + +:
        // runs of 6 and 6, longest 6 <= 7; 1 crossing < 3 expected for n = 12.
        RunChart chart = analyse(Polarity.LOW, 30, 31, 29, 30, 28, 29, 35, 36, 37, 36, 38, 37, 39);

        assertThat(chart.median()).isEqualTo(35);
        assertThat(chart.usefulPoints()).isEqualTo(12);
        assertThat(chart.longestRun()).isEqualTo(6);
        assertThat(chart.longestRunLimit()).isEqualTo(7);
        assertThat(chart.crossings()).isEqualTo(1);
        assertThat(chart.fewestCrossings()).isEqualTo(3);
        assertThat(rules(chart)).containsExactly(SignalRule.RUN_CROSSINGS);
    }

    @Test
    void sixteenQuartersWithARunOfEight() {
        // Sixteen quarters of agency social workers (lower is better): 8 quarters at 10-12 %, then 8 at
        // 15-17 %. Median (12 + 15) / 2 = 13.5; sides: 8 below, then 8 above. n = 16: runs longer than
        // round(log2 16 + 3) = 7 are unusual, so both runs of 8 fire; 1 crossing < 4 expected.
        RunChart chart = analyse(Polarity.LOW, 10, 11, 12, 10, 11, 12, 11, 10, 15, 16, 17, 15, 16, 17, 16, 15);

        assertThat(chart.median()).isEqualTo(13.5);
        assertThat(chart.longestRun()).isEqualTo(8);
        assertThat(chart.longestRunLimit()).isEqualTo(7);
        assertThat(chart.crossings()).isEqualTo(1);
        assertThat(chart.fewestCrossings()).isEqualTo(4);
        assertThat(rules(chart)).containsExactly(SignalRule.RUN_SHIFT, SignalRule.RUN_SHIFT, SignalRule.RUN_CROSSINGS);
        RunSignal first = chart.signals().get(0);
        assertThat(indices(first)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(first.meaning()).isEqualTo(Meaning.IMPROVEMENT); // below the median, lower is better
        // As the 16th quarter becomes known, the run it belongs to (above: a concern) and the crossings fire.
        assertThat(chart.signalsAtLastPoint(15)).extracting(RunSignal::rule, RunSignal::meaning)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SignalRule.RUN_SHIFT, Meaning.CONCERN),
                        org.assertj.core.groups.Tuple.tuple(SignalRule.RUN_CROSSINGS, Meaning.CONCERN));
        // A run of 7 is not unusual for 16 points: 7 below, one above, one below, 7 above (median 13.5).
        RunChart seven = analyse(Polarity.LOW, 10, 11, 12, 10, 11, 12, 11, 15, 10, 16, 17, 15, 16, 17, 16, 15);
        assertThat(rules(seven)).doesNotContain(SignalRule.RUN_SHIFT);
    }
}
