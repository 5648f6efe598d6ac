package uk.beacon.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.beacon.catalogue.Indicator.Polarity;
import uk.beacon.reports.chart.SpecialCauseMark;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.signals.SeriesPoint;
import uk.beacon.signals.SpcSettings;

class TrendSpcTest {

    /**
     * Worked by hand with the default settings (12-month baseline, limits at 2.66 × mR̄, runs of 7):
     * the baseline Jan to Dec 2023 alternates 10, 12, so the mean is 11, every moving range is 2
     * (none screened: 2 ≤ 3.267 × 2) and the limits are 11 ± 5.32 = 5.68 to 16.32. After it:
     * Jan 2024 11 (on the mean), Feb 17 (above the upper limit), Mar 11, Apr 5 (below the lower
     * limit), May 11, then Jun to Dec 12, seven in a row above the mean (a shift; equal values
     * are no trend, and 12 is short of the two-thirds line at 14.55).
     */
    private static List<SeriesPoint> series() {
        double[] values = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 11, 17, 11, 5, 11, 12, 12, 12, 12, 12, 12, 12};
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new SeriesPoint(YearMonth.of(2023, 1).plusMonths(i).toString(), values[i]));
        }
        return points;
    }

    @Test
    void limitsComeFromTheBaselineMonths() {
        TrendSpc spc = TrendSpc.fit(series(), Polarity.LOW, SpcSettings.defaults());

        assertThat(spc.limits().centre()).isCloseTo(11.0, within(1e-9));
        assertThat(spc.limits().lower()).isCloseTo(5.68, within(1e-9));
        assertThat(spc.limits().upper()).isCloseTo(16.32, within(1e-9));
        assertThat(spc.limits().baselineFirst()).isEqualTo("2023-01");
        assertThat(spc.limits().baselineLast()).isEqualTo("2023-12");
        assertThat(spc.limits().baselineMonths()).isEqualTo(12);
        assertThat(spc.limits().limitFactor()).isEqualTo(2.66);
    }

    @Test
    void lowerIsBetterAPointAboveTheLimitAndAShiftAboveTheMeanAreConcernsAPointBelowIsAnImprovement() {
        Map<String, SpecialCauseMark> marks = TrendSpc.fit(series(), Polarity.LOW, SpcSettings.defaults()).marks();

        assertThat(marks).containsOnlyKeys("2024-02", "2024-04", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10",
                "2024-11", "2024-12");
        assertThat(marks).containsEntry("2024-02", SpecialCauseMark.CONCERN).containsEntry("2024-04", SpecialCauseMark.IMPROVEMENT);
        for (int month = 6; month <= 12; month++) {
            assertThat(marks).containsEntry(YearMonth.of(2024, month).toString(), SpecialCauseMark.CONCERN);
        }
    }

    @Test
    void polarityDecidesWhatTheSameSpecialCausesMean() {
        Map<String, SpecialCauseMark> high = TrendSpc.fit(series(), Polarity.HIGH, SpcSettings.defaults()).marks();
        assertThat(high).containsEntry("2024-02", SpecialCauseMark.IMPROVEMENT).containsEntry("2024-04", SpecialCauseMark.CONCERN)
                .containsEntry("2024-09", SpecialCauseMark.IMPROVEMENT);
        Map<String, SpecialCauseMark> neutral = TrendSpc.fit(series(), Polarity.NEUTRAL, SpcSettings.defaults()).marks();
        assertThat(neutral).hasSize(9).containsValues(SpecialCauseMark.NEUTRAL_CHANGE).doesNotContainValue(SpecialCauseMark.CONCERN);
    }

    @Test
    void tooShortASeriesGetsNoLimitsAndNoMarks() {
        TrendSpc spc = TrendSpc.fit(series().subList(0, 11), Polarity.LOW, SpcSettings.defaults());

        assertThat(spc.limits()).isNull();
        assertThat(spc.marks()).isEmpty();
        assertThat(TrendSpc.fit(series(), null, SpcSettings.defaults())).isEqualTo(TrendSpc.NONE);
    }

    @Test
    void onlyTheMonthsShownAreMarkedAndAGapIsNever() {
        TrendSpc spc = TrendSpc.fit(series(), Polarity.LOW, SpcSettings.defaults());
        List<TrendPoint> shown = List.of(
                new TrendPoint("REREFERRAL_PCT", "2024-01", 11.0, 20.0, 21.0),
                new TrendPoint("REREFERRAL_PCT", "2024-02", 17.0, 20.0, 21.0),
                new TrendPoint("REREFERRAL_PCT", "2024-04", null, 20.0, 21.0));

        List<TrendPoint> marked = spc.mark(shown);

        assertThat(marked).extracting(TrendPoint::specialCause).containsExactly(null, SpecialCauseMark.CONCERN, null);
        assertThat(marked).extracting(TrendPoint::value).containsExactly(11.0, 17.0, null);
    }
}
