package uk.beacon.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataScreenTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "UPN           | Child A (UPN A801200112345) was discussed",
            "UPN           | temporary number H80120011234B on file",
            "NHS_NUMBER    | NHS no 943 476 5919 recorded",
            "NHS_NUMBER    | ref 9434765919.",
            "DATE_OF_BIRTH | DOB 03/04/2015, placed out of area",
            "DATE_OF_BIRTH | born on 3rd April 2015 in the county",
            "DATE_OF_BIRTH | date of birth: 2015-04-03",
            "POSTCODE      | lives near SW1A 1AA with her aunt",
            "POSTCODE      | moved to m1 1ae recently",
            "EMAIL         | contact a.parent@example.org for details",
            "PHONE         | ring 07700 900123 after 5pm",
            "PHONE         | call +44 20 7946 0958",
            "PHONE         | duty team (01632) 960123"})
    void catchesEachKind(PersonalDataScreen.Kind kind, String text) {
        assertThat(PersonalDataScreen.scan(text)).extracting(PersonalDataScreen.Finding::kind).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Inspection on 12/03/2025 judged the service good",       // a date that is not a birth date
            "Referrals rose 12% to 1,234 in the quarter",             // numbers that are not identifiers
            "The SW1A district office merged with M1",                // postcode districts, not full postcodes
            "Ofsted ILACS visit, 2025-Q3 focus on the front door",
            "Ten-digit figure 1234567890 that fails the NHS check",   // not a valid NHS number, no leading 0
            "Agency staff rose from 14.2% to 19.5% of FTE"})
    void leavesOrdinaryServiceTextAlone(String text) {
        assertThat(PersonalDataScreen.scan(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"9434765919,true", "9434765918,false", "4010232137,true", "1234567890,false"})
    void checksTheNhsNumberCheckDigit(String digits, boolean valid) {
        assertThat(PersonalDataScreen.isValidNhsNumber(digits)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ring 07700 900123 after 5pm | 6 | 17"})
    void reportsWhereNotWhat(String text, int start, int end) {
        PersonalDataScreen.Finding f = PersonalDataScreen.scan(text).get(0);
        assertThat(f.start()).isEqualTo(start - 1);
        assertThat(f.end()).isEqualTo(end);
    }
}
