package uk.beacon.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.beacon.catalogue.Indicator;
import uk.beacon.catalogue.Indicator.Polarity;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.reports.chart.SpecialCauseMark;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.signals.SeriesPoint;
import uk.beacon.signals.step.StatisticalSignalsModel;

/**
 * The dashboard's SPC overlay as the signals step stores it and the reports read it back: the
 * series goes into a small in-memory warehouse, the statistical-signals model (default settings)
 * writes signals.spc and signals.spc_limits, and {@link TrendSpc#load} reads them.
 */
class TrendSpcTest {

    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();

    /** A monthly indicator of the built-in catalogue with this polarity. */
    private static String indicator(Polarity polarity) {
        return CATALOGUE.all().stream().filter(i -> i.polarity() == polarity).map(Indicator::code).sorted().findFirst().orElseThrow();
    }

    /** Writes the series for authority 900 under {@code indicator}, builds the signals and reads the overlay back. */
    private static TrendSpc stored(List<SeriesPoint> series, String indicator) {
        return stored(series, indicator, YearMonth.of(2024, 12));
    }

    private static TrendSpc stored(List<SeriesPoint> series, String indicator, YearMonth asAt) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = c.createStatement()) {
                s.execute("create schema core; create schema signals");
                s.execute("create table core.indicator_values (la_code varchar, indicator varchar, period varchar, period_type varchar, "
                        + "value double, numerator double, denominator double)");
                s.execute("create table core.authorities (la_code varchar, region_name varchar)");
                s.execute("insert into core.authorities values ('900', 'Test Region')");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into core.indicator_values values ('900', ?, ?, 'month', ?, null, null)")) {
                for (SeriesPoint p : series) {
                    ps.setString(1, indicator);
                    ps.setString(2, p.period());
                    ps.setDouble(3, p.value());
                    ps.executeUpdate();
                }
            }
            new StatisticalSignalsModel(CATALOGUE, new Properties()).build(c, Map.of());
            return TrendSpc.load(c, indicator, asAt).getOrDefault("900", TrendSpc.NONE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TrendSpc stored(List<SeriesPoint> series, Polarity polarity) {
        return stored(series, indicator(polarity));
    }

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
        TrendSpc spc = stored(series(), Polarity.LOW);

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
        Map<String, SpecialCauseMark> marks = stored(series(), Polarity.LOW).marks();

        assertThat(marks).containsOnlyKeys("2024-02", "2024-04", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10",
                "2024-11", "2024-12");
        assertThat(marks).containsEntry("2024-02", SpecialCauseMark.CONCERN).containsEntry("2024-04", SpecialCauseMark.IMPROVEMENT);
        for (int month = 6; month <= 12; month++) {
            assertThat(marks).containsEntry(YearMonth.of(2024, month).toString(), SpecialCauseMark.CONCERN);
        }
    }

    @Test
    void polarityDecidesWhatTheSameSpecialCausesMean() {
        Map<String, SpecialCauseMark> high = stored(series(), Polarity.HIGH).marks();
        assertThat(high).containsEntry("2024-02", SpecialCauseMark.IMPROVEMENT).containsEntry("2024-04", SpecialCauseMark.CONCERN)
                .containsEntry("2024-09", SpecialCauseMark.IMPROVEMENT);
        Map<String, SpecialCauseMark> neutral = stored(series(), Polarity.NEUTRAL).marks();
        assertThat(neutral).hasSize(9).containsValues(SpecialCauseMark.NEUTRAL_CHANGE).doesNotContainValue(SpecialCauseMark.CONCERN);
    }

    @Test
    void tooShortASeriesGetsNoLimitsAndNoMarks() {
        TrendSpc spc = stored(series().subList(0, 11), Polarity.LOW);

        assertThat(spc.limits()).isNull();
        assertThat(spc.marks()).isEmpty();
        assertThat(stored(series(), "NOT_IN_THE_CATALOGUE")).isEqualTo(TrendSpc.NONE);
    }

    @Test
    void marksAfterTheReportedMonthAreNotShown() {
        // a report for June 2024 shows the special causes up to June only, with the same limits
        TrendSpc june = stored(series(), indicator(Polarity.LOW), YearMonth.of(2024, 6));
        assertThat(june.marks()).containsOnlyKeys("2024-02", "2024-04", "2024-06");
        assertThat(june.limits()).isEqualTo(stored(series(), Polarity.LOW).limits());
    }

    @Test
    void onlyTheMonthsShownAreMarkedAndAGapIsNever() {
        TrendSpc spc = stored(series(), Polarity.LOW);
        List<TrendPoint> shown = List.of(
                new TrendPoint("REREFERRAL_PCT", "2024-01", 11.0, 20.0, 21.0),
                new TrendPoint("REREFERRAL_PCT", "2024-02", 17.0, 20.0, 21.0),
                new TrendPoint("REREFERRAL_PCT", "2024-04", null, 20.0, 21.0));

        List<TrendPoint> marked = spc.mark(shown);

        assertThat(marked).extracting(TrendPoint::specialCause).containsExactly(null, SpecialCauseMark.CONCERN, null);
        assertThat(marked).extracting(TrendPoint::value).containsExactly(11.0, 17.0, null);
    }
}
