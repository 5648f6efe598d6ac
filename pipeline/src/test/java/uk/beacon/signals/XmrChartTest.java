package uk.beacon.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.beacon.signals.Series.afterSteadyBaseline;

import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.beacon.catalogue.Indicator.Polarity;

class XmrChartTest {

    static final SpcSettings DEFAULTS = SpcSettings.defaults();
    static final Offset<Double> EXACT = within(1e-12);

    static XmrChart fit(List<SeriesPoint> series) {
        return XmrChart.fit(series, Polarity.LOW, DEFAULTS);
    }

    static List<SignalRule> rules(XmrChart chart) {
        return chart.specialCauses().stream().map(SpecialCause::rule).toList();
    }

    static List<Integer> indices(SpecialCause cause) {
        return cause.points().stream().map(ChartPoint::index).toList();
    }

    static SpecialCause only(XmrChart chart, SignalRule rule) {
        List<SpecialCause> causes = chart.specialCauses().stream().filter(c -> c.rule() == rule).toList();
        assertThat(causes).hasSize(1);
        return causes.get(0);
    }

    @Test
    void knownAnswerWithALargeMovingRangeScreenedOut() {
        // Baseline of 12 points, the last a one-off drop to 3:
        //   20 22 21 23 22 21 22 20 21 23 22 3
        // mean = 240 / 12 = 20
        // moving ranges: 2 1 2 1 1 1 2 1 2 1 (sum 14) and |3 - 22| = 19; all 11: 33 / 11 = 3.0
        // upper range limit = 3.267 × 3.0 = 9.801: the 19 is above it and is left out
        // mR̄ = 14 / 10 = 1.4 (without screening the limits would be 20 ± 7.98)
        // limits = 20 ± 2.66 × 1.4 = 20 ± 3.724 → 16.276 and 23.724
        // two-thirds lines = 20 ± (2/3) × 3.724 = 20 ± 2.482667 → 17.517333 and 22.482667
        XmrChart chart = fit(Series.of(20, 22, 21, 23, 22, 21, 22, 20, 21, 23, 22, 3));

        XmrLimits l = chart.limits();
        assertThat(chart.baselineLength()).isEqualTo(12);
        assertThat(l.mean()).isCloseTo(20.0, EXACT);
        assertThat(l.unscreenedMovingRange()).isCloseTo(3.0, EXACT);
        assertThat(chart.screenedMovingRanges()).containsExactly(11);
        assertThat(l.meanMovingRange()).isCloseTo(1.4, EXACT);
        assertThat(l.lowerLimit()).isCloseTo(16.276, EXACT);
        assertThat(l.upperLimit()).isCloseTo(23.724, EXACT);
        assertThat(l.lowerTwoThirds()).isCloseTo(17.517333333333333, within(1e-9));
        assertThat(l.upperTwoThirds()).isCloseTo(22.482666666666667, within(1e-9));

        // Only the drop fires. Points 1..6 are six in a row above the mean, then 20 sits on it:
        // one short of a shift, and the point on the centre line breaks the run.
        SpecialCause drop = only(chart, SignalRule.SPC_OUTSIDE_LIMITS);
        assertThat(rules(chart)).containsExactly(SignalRule.SPC_OUTSIDE_LIMITS);
        assertThat(drop.direction()).isEqualTo(Direction.DOWN);
        assertThat(drop.meaning()).isEqualTo(Meaning.IMPROVEMENT); // lower is better
        assertThat(drop.points()).containsExactly(new ChartPoint(11, "2024-12", 3));
        assertThat(drop.overlap()).isEqualTo(BaselineOverlap.WITHIN_BASELINE);
        assertThat(drop.limits()).isEqualTo(l);
        assertThat(chart.points().get(11).inBaseline()).isTrue();
        assertThat(chart.points().get(11).label()).contains(drop);
        assertThat(chart.points().get(10).label()).isEmpty();
    }

    @Test
    void theLimitsComeFromTheBaselineOnly() {
        XmrChart chart = fit(afterSteadyBaseline(10, 12, 8, 10));

        assertThat(chart.baselineLength()).isEqualTo(12);
        assertThat(chart.limits().mean()).isCloseTo(10.0, EXACT);
        assertThat(chart.limits().meanMovingRange()).isCloseTo(2.0, EXACT);
        assertThat(chart.limits().upperLimit()).isCloseTo(15.32, EXACT);
        assertThat(chart.limits().lowerLimit()).isCloseTo(4.68, EXACT);
        assertThat(chart.points().get(12).inBaseline()).isFalse();
        assertThat(chart.specialCauses()).isEmpty();
    }

    @Test
    void aFlatBaselineGivesZeroWidthLimits() {
        XmrChart chart = fit(Series.of(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5.1));

        assertThat(chart.limits().meanMovingRange()).isZero();
        assertThat(chart.limits().upperLimit()).isEqualTo(5.0);
        // Twelve points on the centre line are a run on neither side.
        assertThat(rules(chart)).containsExactly(SignalRule.SPC_OUTSIDE_LIMITS);
        assertThat(indices(chart.specialCauses().get(0))).containsExactly(12);
    }

    @Test
    void fewerPointsThanTheMinimumGetARunChartInstead() {
        List<SeriesPoint> eleven = Series.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThatThrownBy(() -> fit(eleven)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run chart");
        assertThat(SeriesAnalysis.of(eleven, Polarity.LOW, DEFAULTS)).isInstanceOf(RunChart.class);
        assertThat(SeriesAnalysis.of(Series.of(Series.STEADY_BASELINE), Polarity.LOW, DEFAULTS)).isInstanceOf(XmrChart.class);
    }

    @Nested
    class OutsideLimits {

        @Test
        void aPointExactlyOnALimitDoesNotFire() {
            XmrLimits l = fit(afterSteadyBaseline()).limits();

            assertThat(fit(afterSteadyBaseline(l.upperLimit())).specialCauses()).isEmpty();
            assertThat(fit(afterSteadyBaseline(l.lowerLimit())).specialCauses()).isEmpty();
        }

        @Test
        void aPointJustBeyondALimitFires() {
            XmrLimits l = fit(afterSteadyBaseline()).limits();

            SpecialCause up = only(fit(afterSteadyBaseline(Math.nextUp(l.upperLimit()))), SignalRule.SPC_OUTSIDE_LIMITS);
            assertThat(up.direction()).isEqualTo(Direction.UP);
            assertThat(up.meaning()).isEqualTo(Meaning.CONCERN);
            assertThat(up.overlap()).isEqualTo(BaselineOverlap.AFTER_BASELINE);
            assertThat(indices(up)).containsExactly(12);

            SpecialCause down = only(fit(afterSteadyBaseline(Math.nextDown(l.lowerLimit()))), SignalRule.SPC_OUTSIDE_LIMITS);
            assertThat(down.direction()).isEqualTo(Direction.DOWN);
        }
    }

    @Nested
    class Trend {

        @Test
        void sevenRisingPointsFire() {
            // 11 (last baseline point) falls to 7, then 7 points each above the one before.
            XmrChart chart = fit(afterSteadyBaseline(7, 8, 9, 10.5, 11, 12, 13));

            SpecialCause trend = only(chart, SignalRule.SPC_TREND);
            assertThat(rules(chart)).containsExactly(SignalRule.SPC_TREND);
            assertThat(trend.direction()).isEqualTo(Direction.UP);
            assertThat(indices(trend)).containsExactly(12, 13, 14, 15, 16, 17, 18);
            assertThat(trend.points().get(6).period()).isEqualTo("2025-07");
        }

        @Test
        void sixRisingPointsDoNot() {
            assertThat(fit(afterSteadyBaseline(7, 8, 9, 10.5, 11, 12)).specialCauses()).isEmpty();
        }

        @Test
        void anEqualNeighbourBreaksTheRun() {
            // 7 8 9 | 9 10.5 11 12 13: runs of 3 and 5, neither long enough.
            assertThat(fit(afterSteadyBaseline(7, 8, 9, 9, 10.5, 11, 12, 13)).specialCauses()).isEmpty();
        }

        @Test
        void sevenFallingPointsFireDownwards() {
            SpecialCause trend = only(fit(afterSteadyBaseline(13, 12, 11, 9.5, 9, 8, 7)), SignalRule.SPC_TREND);

            assertThat(trend.direction()).isEqualTo(Direction.DOWN);
            assertThat(trend.meaning()).isEqualTo(Meaning.IMPROVEMENT);
            assertThat(indices(trend)).containsExactly(12, 13, 14, 15, 16, 17, 18);
        }
    }

    @Nested
    class TwoOfThree {

        // The steady baseline's two-thirds lines: 10 ± (2/3) × 5.32 = 6.4533… and 13.5466…

        @Test
        void twoOfThreePointsBeyondTheLineOnOneSideFire() {
            XmrChart chart = fit(afterSteadyBaseline(10, 14, 10, 14));

            SpecialCause near = only(chart, SignalRule.SPC_TWO_OF_THREE);
            assertThat(rules(chart)).containsExactly(SignalRule.SPC_TWO_OF_THREE);
            assertThat(near.direction()).isEqualTo(Direction.UP);
            assertThat(indices(near)).containsExactly(13, 15); // the middle point is not beyond the line
        }

        @Test
        void aPointExactlyOnTheLineDoesNotCount() {
            double line = fit(afterSteadyBaseline()).limits().upperTwoThirds();

            assertThat(fit(afterSteadyBaseline(10, 14, 10, line)).specialCauses()).isEmpty();
        }

        @Test
        void twoPointsFurtherApartThanTheWindowDoNotFire() {
            assertThat(fit(afterSteadyBaseline(14, 10, 10, 14)).specialCauses()).isEmpty();
        }

        @Test
        void pointsBeyondOppositeLinesDoNotFire() {
            assertThat(fit(afterSteadyBaseline(14, 10, 6)).specialCauses()).isEmpty();
        }

        @Test
        void threeOfThreeFireOnceWithAllThreePoints() {
            SpecialCause near = only(fit(afterSteadyBaseline(10, 6, 6.2, 6)), SignalRule.SPC_TWO_OF_THREE);

            assertThat(near.direction()).isEqualTo(Direction.DOWN);
            assertThat(indices(near)).containsExactly(13, 14, 15);
        }
    }

    @Nested
    class Shift {

        @Test
        void sevenPointsAboveTheMeanFire() {
            // 9 (below) then 10.5 11 10.5 11 10.5 11 10.5: seven above, no trend, none near the limits.
            XmrChart chart = fit(afterSteadyBaseline(9, 10.5, 11, 10.5, 11, 10.5, 11, 10.5));

            SpecialCause shift = only(chart, SignalRule.SPC_SHIFT);
            assertThat(rules(chart)).containsExactly(SignalRule.SPC_SHIFT);
            assertThat(shift.direction()).isEqualTo(Direction.UP);
            assertThat(indices(shift)).containsExactly(13, 14, 15, 16, 17, 18, 19);
        }

        @Test
        void sixPointsDoNot() {
            assertThat(fit(afterSteadyBaseline(9, 10.5, 11, 10.5, 11, 10.5, 11)).specialCauses()).isEmpty();
        }

        @Test
        void aPointOnTheCentreLineBreaksTheRun() {
            // 10 is exactly the mean: the run is 3 above, then 4 above, never 7.
            assertThat(fit(afterSteadyBaseline(9, 10.5, 11, 10.5, 10, 11, 10.5, 11, 10.5)).specialCauses()).isEmpty();
        }

        @Test
        void aRunThatStartsInTheBaselineStraddlesIt() {
            // The baseline ends on 11 (above the mean); six more above make seven.
            SpecialCause shift = only(fit(afterSteadyBaseline(10.5, 11, 10.5, 11, 10.5, 11)), SignalRule.SPC_SHIFT);

            assertThat(indices(shift)).startsWith(11).hasSize(7);
            assertThat(shift.overlap()).isEqualTo(BaselineOverlap.STRADDLES_BASELINE);
        }
    }

    @Nested
    class Precedence {

        @Test
        void aPointOutsideTheLimitsThatEndsAShiftIsLabelledOutsideLimits() {
            XmrChart chart = fit(afterSteadyBaseline(9, 10.5, 11, 10.5, 11, 10.5, 11, 16));

            assertThat(rules(chart)).containsExactlyInAnyOrder(SignalRule.SPC_OUTSIDE_LIMITS, SignalRule.SPC_SHIFT);
            assertThat(indices(only(chart, SignalRule.SPC_SHIFT))).containsExactly(13, 14, 15, 16, 17, 18, 19);
            assertThat(label(chart, 19)).contains(SignalRule.SPC_OUTSIDE_LIMITS);
            for (int i = 13; i < 19; i++) {
                assertThat(label(chart, i)).contains(SignalRule.SPC_SHIFT);
            }
            assertThat(label(chart, 12)).isEmpty();
        }

        @Test
        void aTrendOutranksTheShiftItAlsoMakes() {
            XmrChart chart = fit(afterSteadyBaseline(9, 10.2, 10.4, 10.6, 10.8, 11, 11.2, 11.4));

            assertThat(rules(chart)).containsExactlyInAnyOrder(SignalRule.SPC_TREND, SignalRule.SPC_SHIFT);
            for (int i = 13; i <= 19; i++) {
                assertThat(label(chart, i)).contains(SignalRule.SPC_TREND);
            }
        }

        private Optional<SignalRule> label(XmrChart chart, int index) {
            return chart.points().get(index).label().map(SpecialCause::rule);
        }
    }

    @Test
    void polarityGivesTheMeaning() {
        List<SeriesPoint> jump = afterSteadyBaseline(20);

        assertThat(XmrChart.fit(jump, Polarity.LOW, DEFAULTS).specialCauses().get(0).meaning()).isEqualTo(Meaning.CONCERN);
        assertThat(XmrChart.fit(jump, Polarity.HIGH, DEFAULTS).specialCauses().get(0).meaning()).isEqualTo(Meaning.IMPROVEMENT);
        assertThat(XmrChart.fit(jump, Polarity.NEUTRAL, DEFAULTS).specialCauses().get(0).meaning()).isEqualTo(Meaning.NEUTRAL_CHANGE);
    }

    @Test
    void aLongerBaselineFromTheSettings() {
        SpcSettings twenty = new SpcSettings(12, 20, 2.66, 3.267, 7, 2, 3, 2.0 / 3.0, 7, 8, 0.05);
        double[] values = new double[24];
        for (int i = 0; i < 20; i++) {
            values[i] = i % 2 == 0 ? 9 : 11;
        }
        values[20] = 30;
        values[21] = 30;
        values[22] = 30;
        values[23] = 30;

        XmrChart chart = XmrChart.fit(Series.of(values), Polarity.LOW, twenty);

        assertThat(chart.baselineLength()).isEqualTo(20);
        assertThat(chart.limits().mean()).isCloseTo(10.0, EXACT);
        assertThat(chart.specialCauses()).filteredOn(c -> c.rule() == SignalRule.SPC_OUTSIDE_LIMITS).hasSize(4);
    }
}
