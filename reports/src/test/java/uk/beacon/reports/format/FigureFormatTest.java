package uk.beacon.reports.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureFormatTest {

    @Test
    void ratesAndPercentagesHaveOneDecimalPlaceRoundedHalfUp() {
        assertThat(FigureFormat.figure(341.25, "rate per 10,000")).isEqualTo("341.3");
        assertThat(FigureFormat.figure(12.0, "%")).isEqualTo("12.0");
        assertThat(FigureFormat.figure(1234.56, "%")).isEqualTo("1,234.6");
        assertThat(FigureFormat.figure(-0.04, "%")).isEqualTo("0.0");
    }

    @Test
    void countsAreWholeNumbersWithThousandsSeparators() {
        assertThat(FigureFormat.figure(83630.0, "count")).isEqualTo("83,630");
        assertThat(FigureFormat.figure(16.5, "Count")).isEqualTo("17");
    }

    @Test
    void missingFiguresShowADashOrTheSuppressionMarker() {
        assertThat(FigureFormat.figure(null, "%")).isEqualTo("\u2013");
        assertThat(FigureFormat.figure(Double.NaN, "%")).isEqualTo("\u2013");
        assertThat(FigureFormat.authorityFigure(null, "count", "c")).isEqualTo("c (suppressed)");
        assertThat(FigureFormat.authorityFigure(null, "count", "[c]")).isEqualTo("[c]");
        assertThat(FigureFormat.authorityFigure(null, "count", " ")).isEqualTo("\u2013");
        assertThat(FigureFormat.authorityFigure(5.0, "count", "c")).isEqualTo("5");
    }
}
