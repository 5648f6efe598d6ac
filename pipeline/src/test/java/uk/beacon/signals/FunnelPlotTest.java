package uk.beacon.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.beacon.catalogue.Indicator.Polarity;

/**
 * Known answers are worked by hand in the comments from the published formulas (and were checked
 * against SciPy's binomial, Poisson and normal distributions): no published worked example with
 * numbers for these limits could be found to test against.
 */
class FunnelPlotTest {

    static final Offset<Double> CLOSE = within(1e-9);
    static final FunnelSettings PLAIN_EXACT = new FunnelSettings(0.975, 0.999, LimitMethod.EXACT, false, 0.10);
    static final FunnelSettings PLAIN_NORMAL = new FunnelSettings(0.975, 0.999, LimitMethod.NORMAL, false, 0.10);
    static final FunnelSettings ADJUSTED_NORMAL = new FunnelSettings(0.975, 0.999, LimitMethod.NORMAL, true, 0.10);

    static FunnelUnit unit(String id, double numerator, double denominator) {
        return new FunnelUnit(id, numerator, denominator);
    }

    static Map<String, FunnelPoint> byUnit(FunnelResult result) {
        return result.points().stream().collect(Collectors.toMap(FunnelPoint::unitId, Function.identity()));
    }

    @Nested
    class ExactLimits {

        @Test
        void binomialLimitsInterpolatedAsInSpiegelhaltersAppendix() {
            // Target 55 / 110 = 0.5; unit A has n = 10, so R ~ Binomial(10, 0.5): P(R ≤ k) = c(k) / 1024
            // with c = 1, 11, 56, 176, 386, 638, 848, 968, 1013, 1023, 1024 for k = 0..10.
            // Limit for p: r = smallest k with P(R ≤ k) ≥ p; α = (P(R ≤ r) − p) / P(R = r); limit = (r − α) / n.
            //   p = 0.025 (25.6/1024): r = 2, α = (56 − 25.6) / 45 = 0.675556, limit = 1.324444 / 10 = 0.1324444
            //   p = 0.975 (998.4/1024): r = 8, α = (1013 − 998.4) / 45 = 0.324444, limit = 7.675556 / 10 = 0.7675556
            //   p = 0.001 (1.024/1024): r = 1, α = (11 − 1.024) / 10 = 0.9976, limit = 0.0024 / 10 = 0.00024
            //   p = 0.999 (1022.976/1024): r = 9, α = (1023 − 1022.976) / 10 = 0.0024, limit = 8.9976 / 10 = 0.89976
            // As percentages (scale 100):
            FunnelResult result = FunnelPlot.forProportions(List.of(unit("A", 5, 10), unit("B", 50, 100)), 100, Polarity.HIGH, PLAIN_EXACT);

            assertThat(result.target()).isCloseTo(50.0, CLOSE);
            FunnelPoint a = byUnit(result).get("A");
            assertThat(a.limitMethod()).isEqualTo(LimitMethod.EXACT);
            assertThat(a.limits().outerLower()).isCloseTo(0.024, CLOSE);
            assertThat(a.limits().innerLower()).isCloseTo(13.244444444444444, CLOSE);
            assertThat(a.limits().innerUpper()).isCloseTo(76.755555555555555, CLOSE);
            assertThat(a.limits().outerUpper()).isCloseTo(89.976, CLOSE);
            assertThat(a.band()).isEqualTo(FunnelBand.INSIDE);
        }

        @Test
        void binomialUpperLimitForATargetOfOneFifth() {
            // Target 22 / 110 = 0.2, n = 10: P(R ≤ 4) = 0.9672065024, P(R ≤ 5) = 0.9936306176,
            // P(R = 5) = 252 × 0.2^5 × 0.8^5 = 0.0264241152.
            // p = 0.975: r = 5, α = (0.9936306176 − 0.975) / 0.0264241152 = 0.7050612…, limit = 0.4294939
            // p = 0.025: r = 0 (P(R = 0) = 0.8^10 = 0.107 ≥ 0.025) gives (0 − α)/n < 0: clipped to 0.
            FunnelPoint a = byUnit(FunnelPlot.forProportions(List.of(unit("A", 2, 10), unit("B", 20, 100)), 1, Polarity.LOW, PLAIN_EXACT)).get("A");

            assertThat(a.limits().innerUpper()).isCloseTo(0.42949388292100700, CLOSE);
            assertThat(a.limits().innerLower()).isZero();
            assertThat(a.limits().outerLower()).isZero();
        }

        @Test
        void poissonLimitsForARate() {
            // Target 20 / 10,000 = 0.002 per child; unit X has 1,000 children, so its count is
            // Poisson(2): P(N ≤ k) = 0.1353353, 0.4060058, 0.6766764, 0.8571235, 0.9473470,
            // 0.9834364, 0.9954662, 0.9989033, 0.9997626 for k = 0..8.
            //   p = 0.975: r = 5, α = (0.9834364 − 0.975) / (0.9834364 − 0.9473470) = 0.2337636,
            //              limit = 4.7662364 / 1000 = 0.0047662 → 47.662 per 10,000
            //   p = 0.999: r = 8, α = (0.9997626 − 0.999) / (0.9997626 − 0.9989033) = 0.887441,
            //              limit = 7.112559 / 1000 → 71.126 per 10,000
            FunnelPoint x = byUnit(FunnelPlot.forRates(List.of(unit("X", 2, 1000), unit("Y", 18, 9000)), 10_000, Polarity.NEUTRAL, PLAIN_EXACT)).get("X");

            assertThat(x.limits().innerUpper()).isCloseTo(47.66236361715188, within(1e-7));
            assertThat(x.limits().outerUpper()).isCloseTo(71.12559245995805, within(1e-7));
            assertThat(x.limits().innerLower()).isZero();
            assertThat(x.value()).isCloseTo(20.0, CLOSE);
        }

        @Test
        void aProportionWithAFractionalDenominatorFallsBackToTheNormalApproximation() {
            FunnelResult result = FunnelPlot.forProportions(List.of(unit("FTE", 3, 20.5), unit("B", 20, 100)), 100, Polarity.LOW, PLAIN_EXACT);

            assertThat(byUnit(result).get("FTE").limitMethod()).isEqualTo(LimitMethod.NORMAL);
            assertThat(byUnit(result).get("B").limitMethod()).isEqualTo(LimitMethod.EXACT);
        }
    }

    @Nested
    class NormalLimits {

        @Test
        void proportion() {
            // Target 40 / 200 = 0.2; n = 100: s = √(0.2 × 0.8 / 100) = 0.04.
            // 95%: 0.2 ± 1.959964 × 0.04 = 0.2 ± 0.0783986; 99.8%: 0.2 ± 3.090232 × 0.04 = 0.2 ± 0.1236093.
            Map<String, FunnelPoint> points = byUnit(
                    FunnelPlot.forProportions(List.of(unit("A", 30, 100), unit("B", 10, 100)), 100, Polarity.LOW, PLAIN_NORMAL));
            FunnelPoint a = points.get("A");

            assertThat(a.limits().innerLower()).isCloseTo(12.160144061837784, CLOSE);
            assertThat(a.limits().innerUpper()).isCloseTo(27.839855938162216, CLOSE);
            assertThat(a.limits().outerLower()).isCloseTo(7.639070775328748, CLOSE);
            assertThat(a.limits().outerUpper()).isCloseTo(32.36092922467125, CLOSE);
            // z = (0.3 − 0.2) / 0.04 = 2.5: above the inner limit, inside the outer; B mirrors it.
            assertThat(a.zScore()).isCloseTo(2.5, CLOSE);
            assertThat(a.band()).isEqualTo(FunnelBand.ABOVE_INNER);
            assertThat(a.meaning()).contains(Meaning.CONCERN);
            assertThat(points.get("B").band()).isEqualTo(FunnelBand.BELOW_INNER);
            assertThat(points.get("B").meaning()).contains(Meaning.IMPROVEMENT);
        }

        @Test
        void rate() {
            // Target 150 / 30,000 = 0.005 (50 per 10,000); n = 20,000: s = √(0.005 / 20,000) = 0.0005
            // → 5 per 10,000. 95%: 50 ± 1.959964 × 5; 99.8%: 50 ± 3.090232 × 5.
            FunnelPoint a = byUnit(FunnelPlot.forRates(List.of(unit("A", 100, 20_000), unit("B", 50, 10_000)), 10_000, Polarity.NEUTRAL, PLAIN_NORMAL)).get("A");

            assertThat(a.limits().innerLower()).isCloseTo(40.20018007729973, within(1e-8));
            assertThat(a.limits().innerUpper()).isCloseTo(59.79981992270027, within(1e-8));
            assertThat(a.limits().outerLower()).isCloseTo(34.548838469160935, within(1e-8));
            assertThat(a.limits().outerUpper()).isCloseTo(65.45116153083907, within(1e-8));
            assertThat(a.meaning()).isEmpty();
        }
    }

    @Nested
    class OverdispersionAdjustment {

        @Test
        void zScoresPhiAndTau2ByHand() {
            // Target 80 / 400 = 0.2; every n = 100 so s² = 0.0016, s = 0.04, w = 625.
            // z = −2.5, 2.5, 0, 0. Without winsorising φ = (6.25 + 6.25) / 4 = 3.125; I·φ = 12.5 > 3.
            // τ² = (12.5 − 3) / (2500 − 4 × 625² / 2500) = 9.5 / 1875 = 0.00506667 (50.6667 in %²).
            // Adjusted s = √(0.0016 + 0.00506667) = 0.0816497; z(A) = −0.1 / 0.0816497 = −1.2247449.
            List<FunnelUnit> units = List.of(unit("A", 10, 100), unit("B", 30, 100), unit("C", 20, 100), unit("D", 20, 100));
            FunnelResult result = FunnelPlot.forProportions(units, 100, Polarity.LOW,
                    new FunnelSettings(0.975, 0.999, LimitMethod.EXACT, true, 0));

            assertThat(result.overdispersion().phi()).isCloseTo(3.125, CLOSE);
            assertThat(result.overdispersion().applied()).isTrue();
            assertThat(result.overdispersion().tau2()).isCloseTo(50.666666666666667, within(1e-8));
            FunnelPoint a = byUnit(result).get("A");
            assertThat(a.zScore()).isCloseTo(-1.224744871391589, CLOSE);
            assertThat(a.limitMethod()).isEqualTo(LimitMethod.NORMAL);
            // 20 ± 1.959964 × 8.164966 = 20 ± 16.003039
            assertThat(a.limits().innerLower()).isCloseTo(3.996961078815, within(1e-8));
            assertThat(a.band()).isEqualTo(FunnelBand.INSIDE);
        }

        @Test
        void winsorisingPullsInTheExtremeZScores() {
            // The same four units, 10% winsorised: the z-scores −2.5, 0, 0, 2.5 have 10th and 90th
            // percentiles −2.5 + 0.3 × 2.5 = −1.75 and 0 + 0.7 × 2.5 = 1.75 (linear interpolation), so
            // φ = 2 × 1.75² / 4 = 1.53125 and τ² = (6.125 − 3) / 1875 = 0.00166667 (16.6667 in %²).
            List<FunnelUnit> units = List.of(unit("A", 10, 100), unit("B", 30, 100), unit("C", 20, 100), unit("D", 20, 100));
            FunnelResult result = FunnelPlot.forProportions(units, 100, Polarity.LOW, FunnelSettings.defaults());

            assertThat(result.overdispersion().phi()).isCloseTo(1.53125, CLOSE);
            assertThat(result.overdispersion().tau2()).isCloseTo(16.666666666666667, within(1e-8));
        }

        /**
         * Eighteen authorities whose true rates differ (15% to 28%), one large authority far above
         * them all (BIG, 42% of 1,500) and one small one a little high (SMALL, 16 of 40).
         * Target 5,136 / 19,740 ≈ 0.2602; φ ≈ 4.84, so the group is over-dispersed; τ² ≈ 0.00251.
         */
        static final List<FunnelUnit> OVER_DISPERSED = List.of(
                unit("A", 56, 200), unit("B", 48, 300), unit("C", 39, 150), unit("D", 72, 400), unit("E", 70, 250),
                unit("F", 85, 500), unit("G", 50, 180), unit("H", 21, 120), unit("I", 84, 350), unit("J", 44, 220),
                unit("K", 45, 160), unit("L", 108, 600), unit("M", 65, 260), unit("N", 28, 140), unit("O", 99, 450),
                unit("P", 68, 380), unit("Q", 50, 210), unit("R", 34, 170), unit("BIG", 630, 1500), unit("SMALL", 16, 40));

        @Test
        void overDispersedDataWidenTheLimits() {
            FunnelResult plain = FunnelPlot.forProportions(OVER_DISPERSED, 100, Polarity.LOW, PLAIN_NORMAL);
            FunnelResult adjusted = FunnelPlot.forProportions(OVER_DISPERSED, 100, Polarity.LOW, ADJUSTED_NORMAL);

            assertThat(plain.overdispersion().phi()).isCloseTo(4.841591231835108, within(1e-9));
            assertThat(plain.overdispersion().applied()).isFalse();
            assertThat(plain.overdispersion().tau2()).isZero();
            assertThat(adjusted.overdispersion().applied()).isTrue();
            assertThat(adjusted.overdispersion().tau2()).isCloseTo(0.002507778837462644 * 100 * 100, within(1e-7));

            Map<String, FunnelPoint> before = byUnit(plain);
            for (FunnelPoint after : adjusted.points()) {
                FunnelLimits was = before.get(after.unitId()).limits();
                assertThat(after.limits().innerUpper()).isGreaterThan(was.innerUpper());
                assertThat(after.limits().outerLower()).isLessThan(was.outerLower());
                assertThat(Math.abs(after.zScore())).isLessThan(Math.abs(before.get(after.unitId()).zScore()));
            }
        }

        @Test
        void aGenuinelyExtremeLargeUnitStaysOutsideAndASmallNoisyOneIsNoLongerFlagged() {
            Map<String, FunnelPoint> plain = byUnit(FunnelPlot.forProportions(OVER_DISPERSED, 100, Polarity.LOW, PLAIN_NORMAL));
            Map<String, FunnelPoint> adjusted = byUnit(FunnelPlot.forProportions(OVER_DISPERSED, 100, Polarity.LOW, ADJUSTED_NORMAL));

            // BIG: z 14.1 plain, 3.11 adjusted: beyond the 99.8% limit either way.
            assertThat(plain.get("BIG").band()).isEqualTo(FunnelBand.ABOVE_OUTER);
            assertThat(adjusted.get("BIG").band()).isEqualTo(FunnelBand.ABOVE_OUTER);
            assertThat(adjusted.get("BIG").zScore()).isCloseTo(3.113, within(0.001));
            // SMALL: 40% on 40 cases is above the plain 95% limit (39.6%), inside the adjusted one (42.8%).
            assertThat(plain.get("SMALL").band()).isEqualTo(FunnelBand.ABOVE_INNER);
            assertThat(adjusted.get("SMALL").band()).isEqualTo(FunnelBand.INSIDE);
            // Plain limits call five mid-sized authorities extreme (z below −3.09); adjusted, none.
            assertThat(plain.values().stream().filter(p -> p.band() == FunnelBand.BELOW_OUTER).map(FunnelPoint::unitId))
                    .containsExactlyInAnyOrder("B", "D", "F", "L", "P");
            assertThat(adjusted.values().stream().filter(p -> p.band() != FunnelBand.INSIDE).map(FunnelPoint::unitId))
                    .containsExactly("BIG");
        }

        @Test
        void dataWithinChanceLeaveTheLimitsAlone() {
            // Ten units of 200 whose rates barely differ: φ well below 1, so τ² = 0.
            List<FunnelUnit> units = new ArrayList<>();
            int[] numerators = {40, 41, 39, 40, 42, 38, 40, 41, 39, 40};
            for (int i = 0; i < numerators.length; i++) {
                units.add(unit("U" + i, numerators[i], 200));
            }
            FunnelResult adjusted = FunnelPlot.forProportions(units, 100, Polarity.LOW, FunnelSettings.defaults());
            FunnelResult plain = FunnelPlot.forProportions(units, 100, Polarity.LOW, PLAIN_EXACT);

            assertThat(adjusted.overdispersion().phi()).isLessThan(1);
            assertThat(adjusted.overdispersion().applied()).isFalse();
            assertThat(adjusted.overdispersion().tau2()).isZero();
            assertThat(adjusted.points()).isEqualTo(plain.points());
        }
    }

    @Test
    void aValueExactlyOnALimitIsInsideIt() {
        FunnelLimits limits = new FunnelLimits(10, 20, 30, 40);

        assertThat(FunnelBand.of(30, limits)).isEqualTo(FunnelBand.INSIDE);
        assertThat(FunnelBand.of(Math.nextUp(30.0), limits)).isEqualTo(FunnelBand.ABOVE_INNER);
        assertThat(FunnelBand.of(40, limits)).isEqualTo(FunnelBand.ABOVE_INNER);
        assertThat(FunnelBand.of(Math.nextUp(40.0), limits)).isEqualTo(FunnelBand.ABOVE_OUTER);
        assertThat(FunnelBand.of(20, limits)).isEqualTo(FunnelBand.INSIDE);
        assertThat(FunnelBand.of(10, limits)).isEqualTo(FunnelBand.BELOW_INNER);
        assertThat(FunnelBand.of(Math.nextDown(10.0), limits)).isEqualTo(FunnelBand.BELOW_OUTER);
    }

    @Nested
    class NotAssessableUnits {

        @Test
        void unitsWithoutAUsableFigureAreLeftOutOfEverything() {
            List<FunnelUnit> units = List.of(unit("A", 30, 100), unit("B", 10, 100),
                    unit("ZERO", 0, 0), unit("NO_DENOMINATOR", 5, Double.NaN), unit("NO_NUMERATOR", Double.NaN, 50),
                    unit("TOO_MANY", 60, 50));

            FunnelResult result = FunnelPlot.forProportions(units, 100, Polarity.LOW, FunnelSettings.defaults());

            assertThat(result.target()).isCloseTo(20.0, CLOSE); // 40 / 200: the others do not count
            assertThat(result.overdispersion().units()).isEqualTo(2);
            assertThat(result.points()).extracting(FunnelPoint::unitId).containsExactly("A", "B");
            assertThat(result.notAssessable()).containsExactly(
                    new NotAssessable("ZERO", "no denominator"),
                    new NotAssessable("NO_DENOMINATOR", "no denominator"),
                    new NotAssessable("NO_NUMERATOR", "no numerator"),
                    new NotAssessable("TOO_MANY", "numerator exceeds denominator"));
        }

        @Test
        void aRateMayExceedOnePerHead() {
            FunnelResult result = FunnelPlot.forRates(List.of(unit("A", 60, 50), unit("B", 40, 50)), 1, Polarity.NEUTRAL, FunnelSettings.defaults());

            assertThat(result.notAssessable()).isEmpty();
            assertThat(result.target()).isCloseTo(1.0, CLOSE);
        }

        @Test
        void noEventsAnywhereFlagsNobody() {
            FunnelResult result = FunnelPlot.forProportions(List.of(unit("A", 0, 100), unit("B", 0, 10)), 100, Polarity.LOW, FunnelSettings.defaults());

            assertThat(result.target()).isZero();
            assertThat(result.points()).allSatisfy(p -> {
                assertThat(p.band()).isEqualTo(FunnelBand.INSIDE);
                assertThat(p.zScore()).isZero();
            });
        }

        @Test
        void anEmptyGroupHasNoTarget() {
            FunnelResult result = FunnelPlot.forProportions(List.of(unit("A", 0, 0)), 100, Polarity.LOW, FunnelSettings.defaults());

            assertThat(result.target()).isNaN();
            assertThat(result.points()).isEmpty();
            assertThat(result.notAssessable()).hasSize(1);
        }
    }

    /** The drawn curves of the regional pack come from limitsAt: they must be every unit's own limits. */
    @Nested
    class Curves {

        @Test
        void theCurveAtEachUnitsDenominatorIsThatUnitsLimitsWithAndWithoutOverDispersion() {
            List<FunnelUnit> plain = List.of(unit("A", 20, 100), unit("B", 45, 200), unit("C", 13, 50), unit("D", 70, 300), unit("E", 9, 40));
            List<FunnelUnit> spread = List.of(unit("A", 5, 100), unit("B", 90, 200), unit("C", 25, 50), unit("D", 30, 300), unit("E", 20, 40));
            for (List<FunnelUnit> units : List.of(plain, spread)) {
                FunnelResult r = FunnelPlot.forProportions(units, 100, Polarity.LOW, FunnelSettings.defaults());
                for (FunnelPoint p : r.points()) {
                    FunnelLimits curve = FunnelPlot.limitsAt(r, p.denominator(), FunnelSettings.defaults());
                    // Equal but for the last bit: τ² is stored on the indicator's scale and scaled back.
                    assertThat(curve.outerLower()).isCloseTo(p.limits().outerLower(), within(1e-9));
                    assertThat(curve.innerLower()).isCloseTo(p.limits().innerLower(), within(1e-9));
                    assertThat(curve.innerUpper()).isCloseTo(p.limits().innerUpper(), within(1e-9));
                    assertThat(curve.outerUpper()).isCloseTo(p.limits().outerUpper(), within(1e-9));
                }
            }
            assertThat(FunnelPlot.forProportions(spread, 100, Polarity.LOW, FunnelSettings.defaults()).overdispersion().applied()).isTrue();
            assertThat(FunnelPlot.forProportions(plain, 100, Polarity.LOW, FunnelSettings.defaults()).overdispersion().applied()).isFalse();
        }

        @Test
        void theCurveNarrowsAsTheDenominatorGrows() {
            FunnelResult r = FunnelPlot.forRates(List.of(unit("A", 50, 10000), unit("B", 60, 12000), unit("C", 30, 7000),
                    unit("D", 80, 15000), unit("E", 45, 9000)), 10000, Polarity.NEUTRAL, FunnelSettings.defaults());
            FunnelLimits small = FunnelPlot.limitsAt(r, 5000, FunnelSettings.defaults());
            FunnelLimits large = FunnelPlot.limitsAt(r, 50000, FunnelSettings.defaults());
            assertThat(large.outerUpper() - large.outerLower()).isLessThan(small.outerUpper() - small.outerLower());
            assertThat(large.innerUpper()).isLessThan(large.outerUpper());
            assertThat(large.innerLower()).isGreaterThan(large.outerLower());
        }
    }
}
