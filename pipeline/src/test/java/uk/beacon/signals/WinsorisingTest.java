package uk.beacon.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WinsorisingTest {

    @Test
    void tenPercentEachEndByLinearInterpolation() {
        // 1..10: 10th percentile at position 0.9 between 1 and 2 → 1.9; 90th at 8.1 between 9 and 10 → 9.1.
        double[] out = Winsorising.winsorise(new double[] {10, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 0.10);

        assertThat(out[0]).isCloseTo(9.1, within(1e-12));
        assertThat(out[1]).isCloseTo(1.9, within(1e-12));
        assertThat(out[2]).isEqualTo(2.0);
        assertThat(out[9]).isEqualTo(9.0);
    }

    @Test
    void zeroLeavesTheValuesAlone() {
        assertThat(Winsorising.winsorise(new double[] {-5, 0, 5}, 0)).containsExactly(-5, 0, 5);
    }
}
