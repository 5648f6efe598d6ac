package uk.beacon.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DataQualityFormatTest {

    @Test
    void returnsLineCountsHowTheReturnsArrived() {
        DataQuality q = new DataQuality("November 2025 to October 2026", 12, 10, 1, 1, 2, List.of());
        assertThat(DataQualityFormat.returnsLine(q)).isEqualTo(
                "Returns in the last 12 months (November 2025 to October 2026): 10 in full, 1 partial, 1 not received; 2 late.");
        DataQuality young = new DataQuality("June 2026 to October 2026", 5, 5, 0, 0, 0, List.of());
        assertThat(DataQualityFormat.returnsLine(young)).isEqualTo(
                "Returns in the last 5 months (June 2026 to October 2026): 5 in full, 0 partial, 0 not received; none late.");
    }

    @Test
    void thisPeriodListsTheFindingsOrSaysThereAreNone() {
        DataQuality none = new DataQuality("November 2025 to October 2026", 12, 12, 0, 0, 0, List.of());
        assertThat(DataQualityFormat.thisPeriod(none, "October 2026")).isEqualTo("No data-quality issues found for October 2026.");
        DataQuality two = new DataQuality("November 2025 to October 2026", 12, 11, 1, 0, 0,
                List.of("Return incomplete: 17 of 18 indicators received.", " 1 row(s) refused. "));
        assertThat(DataQualityFormat.thisPeriod(two, "October 2026")).isEqualTo(
                "October 2026:\n\u2022 Return incomplete: 17 of 18 indicators received.\n\u2022 1 row(s) refused.");
    }
}
