package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    @ParameterizedTest(name = "[{0}] = {1}")
    @CsvSource(delimiter = '|', value = {
            "12 | 12", "12.5 | 12.5", " 12.5 | 12.5", "12.5% | 12.5", "12.5 % | 12.5", "1,234 | 1234", "1,234,567.25 | 1234567.25",
            "12.0 | 12", "-3 | -3", "+3 | 3", ".5 | 0.5", "5. | 5", "1e3 | 1000", "2.5E-1 | 0.25", "0 | 0"})
    void readsNumbersAsSpreadsheetsWriteThem(String text, double expected) {
        assertThat(NumberParser.parseDecimal(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,23", "12,3456", "1,2345", ",123", "1.2.3", "12%%", "%", "-", ".", "1e", "1,234e5", "١٢", "12 34", "0x1F", "NaN", "Infinity"})
    void refusesWhatIsNotANumber(String text) {
        assertThatThrownBy(() -> NumberParser.parseDecimal(text)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @CsvSource({"12.50%,2", "12,0", "1.0,1", "3e5,0"})
    void countsDecimalPlacesAsWritten(String text, int places) {
        assertThat(NumberParser.decimalPlaces(text)).isEqualTo(places);
    }
}
