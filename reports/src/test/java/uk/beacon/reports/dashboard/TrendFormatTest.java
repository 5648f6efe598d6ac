package uk.beacon.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import uk.beacon.reports.chart.ProcessLimits;
import uk.beacon.reports.chart.SpecialCauseMark;
import uk.beacon.reports.chart.TrendPoint;

class TrendFormatTest {

    private static final ProcessLimits LIMITS = new ProcessLimits(21.4, 14.25, 28.55, "2023-05", "2024-04", 12, 2.66);

    private static List<TrendPoint> points() {
        return List.of(
                new TrendPoint("REREFERRAL_PCT", "2026-08", 25.0, 22.0, 22.5),
                new TrendPoint("REREFERRAL_PCT", "2026-09", 31.0, 22.1, 22.4, SpecialCauseMark.CONCERN),
                new TrendPoint("REREFERRAL_PCT", "2026-10", 12.0, 22.2, 22.3, SpecialCauseMark.IMPROVEMENT));
    }

    @Test
    void captionSaysWhereTheLimitsComeFromWithTheirUnit() throws Exception {
        assertThat(TrendFormat.caption(LIMITS, points(), "%")).startsWith(
                "Centre line 21.4, process limits 14.3 to 28.6 (%), from the first 12 months, May 2023 to Apr 2024 "
                        + "(XmR: centre \u00B1 2.66 \u00D7 mean moving range). Marked points are special causes")
                .endsWith("2 of the 3 months shown are marked.");
    }

    @Test
    void tooShortASeriesHasNoLimitsAndSaysSo() throws Exception {
        assertThat(TrendFormat.caption(null, points(), "%")).isEqualTo(TrendFormat.TOO_FEW_MONTHS)
                .startsWith("Too few months for process limits");
        assertThat(TrendFormat.caption(null, List.of(), "%")).isEmpty();
    }

    @Test
    void aLowerLimitBelowZeroIsNotDrawnForFiguresThatCannotBeNegative() throws Exception {
        ProcessLimits belowZero = new ProcessLimits(3.0, -1.5, 7.5, "2023-05", "2024-04", 12, 2.66);
        assertThat(TrendFormat.drawsLowerLimit(belowZero, points())).isFalse();
        assertThat(TrendFormat.caption(belowZero, points(), "%")).contains("process limits below zero (not drawn) to 7.5 (%)");
        assertThat(DashboardDataSources.trendRecords(points(), belowZero)).allSatisfy(r -> assertThat(r.get("lowerLimit")).isNull());
        assertThat(TrendFormat.drawsLowerLimit(LIMITS, points())).isTrue();
    }

    @Test
    void valueAxisAlwaysCarriesAUnit() {
        assertThat(TrendFormat.axisLabel("%")).isEqualTo("Per cent (%)");
        assertThat(TrendFormat.axisLabel("per 10,000 children")).isEqualTo("per 10,000 children");
        assertThat(TrendFormat.axisLabel(" ")).isEqualTo("Value");
    }

    @Test
    void chartRecordsCarryTheLimitsOnEveryMonthAndEachMarkerOnlyAtItsMonth() throws Exception {
        List<Map<String, ?>> records = DashboardDataSources.trendRecords(points(), LIMITS);

        assertThat(records).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("centre")).isEqualTo(21.4);
            assertThat(r.get("upperLimit")).isEqualTo(28.55);
            assertThat(r.get("lowerLimit")).isEqualTo(14.25);
        });
        // August: nothing marked; September: a concern at its value; October: an improvement at its value.
        assertThat(markers(records.get(0))).containsExactly(null, null, null);
        assertThat(markers(records.get(1))).containsExactly(31.0, null, null);
        assertThat(markers(records.get(2))).containsExactly(null, 12.0, null);
        // Without limits, no centre line or limits at all.
        assertThat(DashboardDataSources.trendRecords(points(), null))
                .allSatisfy(r -> assertThat(r.get("centre")).isNull())
                .allSatisfy(r -> assertThat(r.get("upperLimit")).isNull());
    }

    /** concern, improvement, neutralChange of one record. */
    private static List<Object> markers(Map<String, ?> record) {
        return java.util.Arrays.asList(record.get("concern"), record.get("improvement"), record.get("neutralChange"));
    }
}
