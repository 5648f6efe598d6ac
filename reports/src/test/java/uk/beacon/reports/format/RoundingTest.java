package uk.beacon.reports.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void halvesRoundUpOnTheShortestDecimalFormNotOnTheBinaryValue() {
        assertThat(Rounding.text(0.15, 1)).isEqualTo("0.2"); // the double is 0.14999999999999999445
        assertThat(Rounding.text(2.675, 2)).isEqualTo("2.68"); // the double is 2.67499999999999982236
        assertThat(Rounding.text(41.45, 1)).isEqualTo("41.5");
        assertThat(Rounding.text(-2.25, 1)).isEqualTo("-2.3"); // away from zero
        assertThat(Rounding.text(-0.04, 1)).isEqualTo("0.0"); // no "-0.0"
        assertThat(Rounding.text(12, 1)).isEqualTo("12.0");
        assertThat(FigureFormat.figure(0.15, "percent")).isEqualTo("0.2");
        assertThat(FigureFormat.figure(1234.45, "rate")).isEqualTo("1,234.5");
    }
}
