package uk.beacon.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.beacon.catalogue.Indicator.Polarity;

class RunChartTest {

    static RunChart analyse(Polarity polarity, double... annualValues) {
        return RunChart.analyse(Series.of(annualValues), polarity, SpcSettings.defaults());
    }

    static List<SignalRule> rules(RunChart chart) {
        return chart.signals().stream().map(RunSignal::rule).toList();
    }

    static List<Integer> indices(RunSignal signal) {
        return signal.points().stream().map(ChartPoint::index).toList();
    }

    @Test
    void aShortAnnualSeriesWithNothingToSay() {
        // Eight annual re-referral rates: median (21 + 22) / 2 = 21.5; sides - + - + + - + -.
        RunChart chart = analyse(Polarity.LOW, 21, 23, 20, 22, 24, 19, 22, 21);

        assertThat(chart.median()).isEqualTo(21.5);
        assertThat(chart.usefulPoints()).isEqualTo(8);
        assertThat(chart.crossings()).isEqualTo(6);
        assertThat(chart.crossingsLimits()).isEmpty(); // fewer than 10 useful points: not judged
        assertThat(chart.signals()).isEmpty();
    }

    @Nested
    class RunShift {

        // Shifts need a longer series: with the median of the series itself, at most half its
        // points lie on either side. Fourteen points, seven each side of the median 32.5.

        @Test
        void sixPointsOnOneSideOfTheMedianFire() {
            RunChart chart = analyse(Polarity.LOW, 30, 36, 31, 29, 30, 28, 34, 35, 36, 35, 37, 34, 31, 29);

            assertThat(chart.median()).isEqualTo(32.5);
            List<RunSignal> shifts = chart.signals().stream().filter(s -> s.rule() == SignalRule.RUN_SHIFT).toList();
            assertThat(shifts).hasSize(1);
            assertThat(indices(shifts.get(0))).containsExactly(6, 7, 8, 9, 10, 11);
            assertThat(shifts.get(0).direction()).contains(Direction.UP);
            assertThat(shifts.get(0).meaning()).isEqualTo(Meaning.CONCERN);
        }

        @Test
        void fivePointsDoNot() {
            assertThat(rules(analyse(Polarity.LOW, 30, 36, 31, 29, 30, 28, 34, 35, 36, 35, 37, 31, 34, 29)))
                    .doesNotContain(SignalRule.RUN_SHIFT);
        }

        @Test
        void aPointOnTheMedianNeitherCountsNorBreaks() {
            // Thirteen points, the middle value 30 once: six above it with the 30 between them.
            RunChart chart = analyse(Polarity.HIGH, 20, 21, 19, 34, 35, 30, 36, 35, 37, 34, 22, 20, 21);

            assertThat(chart.median()).isEqualTo(30.0);
            assertThat(chart.usefulPoints()).isEqualTo(12);
            List<RunSignal> shifts = chart.signals().stream().filter(s -> s.rule() == SignalRule.RUN_SHIFT).toList();
            assertThat(shifts).hasSize(1);
            assertThat(indices(shifts.get(0))).containsExactly(3, 4, 6, 7, 8, 9);
            assertThat(shifts.get(0).meaning()).isEqualTo(Meaning.IMPROVEMENT);
        }
    }

    @Nested
    class RunTrend {

        @Test
        void fiveRisingPointsFire() {
            RunChart chart = analyse(Polarity.NEUTRAL, 40, 38, 39, 41, 43, 44);

            RunSignal trend = chart.signals().stream().filter(s -> s.rule() == SignalRule.RUN_TREND).findFirst().orElseThrow();
            assertThat(indices(trend)).containsExactly(1, 2, 3, 4, 5);
            assertThat(trend.direction()).contains(Direction.UP);
            assertThat(trend.meaning()).isEqualTo(Meaning.NEUTRAL_CHANGE);
        }

        @Test
        void fourRisingPointsDoNot() {
            assertThat(rules(analyse(Polarity.LOW, 40, 38, 39, 41, 43))).doesNotContain(SignalRule.RUN_TREND);
        }

        @Test
        void aRepeatedValueIsSkippedNotABreak() {
            // 38 39 39 41 43 44: the second 39 is ignored, leaving five rising points (IHI convention).
            RunChart chart = analyse(Polarity.LOW, 40, 38, 39, 39, 41, 43, 44);

            RunSignal trend = chart.signals().stream().filter(s -> s.rule() == SignalRule.RUN_TREND).findFirst().orElseThrow();
            assertThat(indices(trend)).containsExactly(1, 2, 4, 5, 6);
        }

        @Test
        void fiveFallingPointsFireDownwards() {
            RunSignal trend = analyse(Polarity.HIGH, 50, 48, 47, 45, 44).signals().get(0);

            assertThat(trend.rule()).isEqualTo(SignalRule.RUN_TREND);
            assertThat(trend.direction()).contains(Direction.DOWN);
            assertThat(trend.meaning()).isEqualTo(Meaning.CONCERN);
        }
    }

    @Nested
    class RunCrossings {

        @Test
        void tenUsefulPointsMayCrossTheMedianTwoToEightTimes() {
            assertThat(CrossingsLimits.of(10, 0.025)).isEqualTo(new CrossingsLimits(10, 2, 8));
        }

        @Test
        void oneCrossingIsTooFew() {
            // Five low then five high (median 5): one crossing, and no run reaches six.
            RunChart chart = analyse(Polarity.LOW, 1, 2, 1, 2, 1, 9, 8, 9, 8, 9);

            assertThat(chart.crossings()).isEqualTo(1);
            assertThat(rules(chart)).containsExactly(SignalRule.RUN_CROSSINGS);
            RunSignal crossings = chart.signals().get(0);
            assertThat(crossings.direction()).isEmpty();
            assertThat(crossings.meaning()).isEqualTo(Meaning.NEUTRAL_CHANGE);
            assertThat(crossings.points()).hasSize(10);
        }

        @Test
        void twoCrossingsAreNot() {
            RunChart chart = analyse(Polarity.LOW, 1, 2, 1, 9, 8, 9, 8, 2, 1, 2);

            assertThat(chart.crossings()).isEqualTo(2);
            assertThat(chart.signals()).isEmpty();
        }

        @Test
        void nineCrossingsAreTooMany() {
            RunChart chart = analyse(Polarity.LOW, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9);

            assertThat(chart.crossings()).isEqualTo(9);
            assertThat(rules(chart)).containsExactly(SignalRule.RUN_CROSSINGS);
        }

        @Test
        void eightCrossingsAreNot() {
            RunChart chart = analyse(Polarity.LOW, 1, 9, 1, 9, 1, 9, 1, 9, 9, 1);

            assertThat(chart.crossings()).isEqualTo(8);
            assertThat(chart.signals()).isEmpty();
        }
    }

    @Nested
    class CrossingsTable {

        @Test
        void theRunsDistributionMatchesEveryArrangementCounted() {
            // All C(12,6) = 924 ways to place 6 points above and 6 below, runs counted one by one.
            double[] counted = new double[13];
            int arrangements = 0;
            for (int mask = 0; mask < 1 << 12; mask++) {
                if (Integer.bitCount(mask) != 6) {
                    continue;
                }
                arrangements++;
                int runs = 1;
                for (int i = 1; i < 12; i++) {
                    runs += ((mask >> i) & 1) != ((mask >> (i - 1)) & 1) ? 1 : 0;
                }
                counted[runs]++;
            }
            double[] computed = CrossingsLimits.runsDistribution(6, 6);
            for (int r = 0; r <= 12; r++) {
                assertThat(computed[r]).as("P(R = %d)", r).isCloseTo(counted[r] / arrangements, within(1e-12));
            }
        }

        @Test
        void limitsForLongerSeries() {
            // Runs limits (crossings + 1) from the exact distribution, two-sided 5%:
            // n = 20: 7..15, n = 30: 11..21, n = 60: 24..38.
            assertThat(CrossingsLimits.of(20, 0.025)).isEqualTo(new CrossingsLimits(20, 6, 14));
            assertThat(CrossingsLimits.of(30, 0.025)).isEqualTo(new CrossingsLimits(30, 10, 20));
            assertThat(CrossingsLimits.of(60, 0.025)).isEqualTo(new CrossingsLimits(60, 23, 37));
        }

        @Test
        void longSeriesStayFinite() {
            // About half of the 1,999 gaps cross (mean 1,000, sd about 22.4): roughly ±44.
            assertThat(CrossingsLimits.of(2000, 0.025)).isEqualTo(new CrossingsLimits(2000, 956, 1044));
        }
    }
}
