package uk.beacon.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.beacon.catalogue.Indicator.Polarity;

/**
 * A series judged point by point as it arrives: the one-pass evaluation agrees with judging each
 * prefix on its own, and a run counts at a point only as far as it had reached by then.
 */
class SignalsAsKnownTest {

    @Test
    void onePassAgreesWithEachPrefixJudgedAlone() {
        SplittableRandom rnd = new SplittableRandom(13);
        for (int s = 0; s < 300; s++) {
            int n = 12 + rnd.nextInt(60);
            List<SeriesPoint> series = new ArrayList<>();
            double level = 20;
            for (int i = 0; i < n; i++) {
                level += i > n / 2 && s % 3 == 0 ? 0.4 : 0; // a third of them drift up in their second half
                double v = Math.round((level + rnd.nextGaussian() * 2) * (s % 5 == 0 ? 1 : 10)) / (s % 5 == 0 ? 1.0 : 10.0);
                series.add(new SeriesPoint("p" + i, v));
            }
            List<Optional<SpecialCause>> pass = XmrChart.causesAsEachPointArrives(series, Polarity.LOW, SpcSettings.defaults());
            for (int i = 12; i < n; i++) {
                Optional<SpecialCause> alone = XmrChart.causeAtLastPoint(series.subList(0, i + 1), Polarity.LOW, SpcSettings.defaults());
                assertThat(pass.get(i).map(SpecialCause::rule)).as("series %d, point %d", s, i).isEqualTo(alone.map(SpecialCause::rule));
                assertThat(pass.get(i).map(SpecialCause::direction)).as("series %d, point %d", s, i).isEqualTo(alone.map(SpecialCause::direction));
                if (alone.isPresent() && alone.get().rule() != SignalRule.SPC_TWO_OF_THREE) {
                    assertThat(pass.get(i).get().points()).as("series %d, point %d", s, i).isEqualTo(alone.get().points());
                }
            }
        }
    }

    @Test
    void aShiftCountsOnlyFromItsSeventhPoint() {
        // Twelve baseline months alternating 12 and 10 (mean 11, the 12th is 10), then 11.5 for eight months: seven in a
        // row above the mean is a shift from the seventh (index 18) on; the first six are not, yet.
        List<SeriesPoint> series = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            series.add(new SeriesPoint("m" + i, i % 2 == 0 ? 12 : 10));
        }
        for (int i = 12; i < 20; i++) {
            series.add(new SeriesPoint("m" + i, 11.5));
        }
        List<Optional<SpecialCause>> pass = XmrChart.causesAsEachPointArrives(series, Polarity.LOW, SpcSettings.defaults());
        for (int i = 12; i < 18; i++) {
            assertThat(pass.get(i)).as("point %d", i).isEmpty();
        }
        assertThat(pass.get(18).map(SpecialCause::rule)).contains(SignalRule.SPC_SHIFT);
        assertThat(pass.get(18).get().points()).hasSize(7);
        assertThat(pass.get(19).get().points()).hasSize(8);
        // Judged on the whole series (hindsight), every one of the eight would be labelled.
        XmrChart hindsight = XmrChart.fit(series, Polarity.LOW, SpcSettings.defaults());
        assertThat(hindsight.points().get(12).label()).isPresent();
    }
}
