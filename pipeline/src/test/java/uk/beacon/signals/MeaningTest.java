package uk.beacon.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.beacon.catalogue.Indicator.Polarity;

class MeaningTest {

    @ParameterizedTest(name = "{0} polarity, {1} → {2}")
    @CsvSource({
            "LOW, UP, CONCERN", "LOW, DOWN, IMPROVEMENT",
            "HIGH, UP, IMPROVEMENT", "HIGH, DOWN, CONCERN",
            "NEUTRAL, UP, NEUTRAL_CHANGE", "NEUTRAL, DOWN, NEUTRAL_CHANGE"})
    void directionAndPolarityGiveTheMeaning(Polarity polarity, Direction direction, Meaning meaning) {
        assertThat(Meaning.of(direction, polarity)).isEqualTo(meaning);
    }
}
