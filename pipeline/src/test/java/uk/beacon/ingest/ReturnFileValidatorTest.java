package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.reference.AuthorityDirectory;

/** The validation rules, each on a small hand-made file, asserted row by row. */
class ReturnFileValidatorTest {

    static final AuthorityDirectory AUTHORITIES = AuthorityDirectory.of(Map.of(
            "805", "805", "E06000001", "805", "806", "806", "E06000002", "806"));
    static final ReturnFileValidator VALIDATOR = new ReturnFileValidator(
            new FigureValidator(AUTHORITIES, IndicatorCatalogue.builtIn(), LocalDate.of(2026, 11, 23)));
    static final String HEADER = "la_code,period,indicator,numerator,denominator,value,status,comment\n";

    static ReturnFileResult validate(String text) {
        return VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsAGoodLongFileAndDerivesNothingItWasNotGiven() {
        ReturnFileResult r = validate(HEADER
                + "805,2026-10,REREFERRAL_PCT,45,200,22.5,,\n"
                + "E06000001,2026-10,REFERRALS_RATE,\"1,234\",\"250,000\",,,\n"
                + "805,2026-Q3,SW_VACANCY_PCT,,,14.2%,,our note\n"
                + "805,2026,CPP_2YRS_PCT,,,,c,\n");
        assertThat(r.fileRefused()).isFalse();
        assertThat(r.rejections()).isEmpty();
        assertThat(r.layout()).isEqualTo("long");
        assertThat(r.accepted()).extracting(AcceptedFigure::laCode).containsOnly("805");
        assertThat(r.accepted().get(1).numerator()).isEqualTo(1234L);
        assertThat(r.accepted().get(1).value()).isNull();
        assertThat(r.accepted().get(2).value()).isEqualTo(14.2);
        assertThat(r.accepted().get(2).period().text()).isEqualTo("2026-Q3");
        assertThat(r.accepted().get(3).status()).isEqualTo("c");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "R001 | 999,2026-10,REREFERRAL_PCT,,,20.0,,                | la_code",
            "R002 | 805,2026-10,REFERALS_RATE,,,41.2,,                 | indicator",
            "R003 | 805,2026-13,CPP_RATE,,,40.1,,                      | period",
            "R003 | 805,Oct-26,CPP_RATE,,,40.1,,                       | period",
            "R004 | 805,2027-01,CPP_RATE,,,40.1,,                      | period",
            "R005 | 805,2026-10,CPP_RATE,12,,,,                        | ",
            "R006 | 805,2026-10,CPP_RATE,,,forty,,                     | value",
            "R007 | 805,2026-10,SW_VACANCY_PCT,,,112.5,,              | value",
            "R007 | 805,2026-10,CLA_RATE,,,-3,,                        | value",
            "R008 | 805,2026-10,COMPLAINTS_COUNT,,,12.5,,              | value",
            "R008 | 805,2026-10,REREFERRAL_PCT,4.5,20,,,               | numerator",
            "R009 | 805,2026-10,ICPC_15WD_PCT,61,52,,,                 | numerator",
            "R010 | 805,2026-10,NFA_PCT,10,200,9.0,,                   | value",
            "R012 | 805,2026-10,NFA_PCT,,,,suppressed,                 | status",
            "R013 | 805,2026-10,NFA_PCT,0,0,,,                         | denominator",
            "R014 | ,2026-10,NFA_PCT,,,5.0,,                            | la_code",
    })
    void eachRowRuleRefusesTheRowWithItsIdLineAndColumn(String rule, String row, String column) {
        ReturnFileResult r = validate(HEADER + "805,2026-10,REREFERRAL_PCT,45,200,22.5,,\n" + row + "\n");
        assertThat(r.fileRefused()).isFalse();
        assertThat(r.accepted()).hasSize(1);
        assertThat(r.rejections()).extracting(x -> x.rule().id()).containsExactly(rule);
        Rejection rej = r.rejections().get(0);
        assertThat(rej.rowNumber()).isEqualTo(3);
        assertThat(rej.column()).isEqualTo(column);
        assertThat(rej.message()).contains(rej.rule().fix());
    }

    @Test
    void valueAgreesWithNumeratorAndDenominatorWithinItsOwnRounding() {
        assertThat(validate(HEADER + "805,2026-10,REREFERRAL_PCT,1,3,33.3,,\n").rejections()).isEmpty();
        assertThat(validate(HEADER + "805,2026-10,REREFERRAL_PCT,1,3,33,,\n").rejections()).isEmpty();
        assertThat(validate(HEADER + "805,2026-10,REREFERRAL_PCT,1,3,33.2,,\n").rejections())
                .extracting(x -> x.rule().id()).containsExactly("R010");
    }

    @Test
    void aRowWithSeveralProblemsReportsEachOnce() {
        ReturnFileResult r = validate(HEADER + "999,2026-13,NOPE,,,abc,,\n");
        assertThat(r.rejections()).extracting(x -> x.rule().id()).containsExactly("R001", "R003", "R002", "R006");
        assertThat(r.rejectedFigures()).isEqualTo(1);
    }

    @Test
    void repeatedIdenticalRowsKeepTheFirstAndConflictingRowsAreAllRefused() {
        ReturnFileResult same = validate(HEADER + "805,2026-10,NFA_PCT,,,5.0,,\n805,2026-10,NFA_PCT,,,5.0,,\n");
        assertThat(same.accepted()).hasSize(1);
        assertThat(same.rejections()).extracting(Rejection::rowNumber).containsExactly(3);
        assertThat(same.rejections().get(0).message()).contains("repeats line 2");

        ReturnFileResult conflict = validate(HEADER + "805,2026-10,NFA_PCT,,,5.0,,\n805,2026-10,NFA_PCT,,,6.0,,\n");
        assertThat(conflict.accepted()).isEmpty();
        assertThat(conflict.rejections()).extracting(x -> x.rule().id()).containsExactly("R011", "R011");
        assertThat(conflict.rejections().get(0).message()).contains("lines 2, 3");
    }

    @Test
    void fileRulesRefuseTheWholeFile() {
        assertThat(VALIDATOR.validate(new byte[0]).rejections()).extracting(x -> x.rule().id()).containsExactly("F001");
        assertThat(validate("  \n\n").rejections()).extracting(x -> x.rule().id()).containsExactly("F001");
        assertThat(validate(HEADER).rejections()).extracting(x -> x.rule().id()).containsExactly("F002");
        assertThat(validate("authority,month,figure\n805,2026-10,3\n").rejections()).extracting(x -> x.rule().id()).containsExactly("F004");
        assertThat(validate(HEADER + "805,\"2026-10,NFA_PCT\n").rejections()).extracting(x -> x.rule().id()).containsExactly("F003");
        ReturnFileResult mixed = validate(HEADER + "805,2026-10,NFA_PCT,,,5.0,,\n806,2026-10,NFA_PCT,,,5.0,,\n");
        assertThat(mixed.fileRefused()).isTrue();
        assertThat(mixed.accepted()).isEmpty();
        assertThat(mixed.rejections()).extracting(x -> x.rule().id()).containsExactly("F005");
        assertThat(mixed.rejectedFigures()).isEqualTo(2);
    }

    @Test
    void readsTheWideLayoutWithSuppressionMarkersInCells() {
        ReturnFileResult r = validate("LA_Code , Period ,REREFERRAL_PCT,NFA_PCT,CPP_2YRS_PCT,BOGUS\n805,2026-10,22.5,c,..,1\n");
        assertThat(r.layout()).isEqualTo("wide");
        assertThat(r.accepted()).extracting(AcceptedFigure::indicator).containsExactly("REREFERRAL_PCT", "NFA_PCT", "CPP_2YRS_PCT");
        assertThat(r.accepted()).extracting(AcceptedFigure::status).containsExactly(null, "c", "x");
        assertThat(r.rejections()).extracting(Rejection::column).containsExactly("bogus");
    }

    @Test
    void readsUtf8WithBomAndWindows1252AsExcelSavesThem() {
        String text = HEADER + "805,2026-10,NFA_PCT,,,5.0,,caf\u00e9 \u00a3 note\n";
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        ReturnFileResult withBom = VALIDATOR.validate(bom);
        assertThat(withBom.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(withBom.accepted().get(0).comment()).isEqualTo("caf\u00e9 \u00a3 note");

        ReturnFileResult cp1252 = VALIDATOR.validate(text.getBytes(Charset.forName("windows-1252")));
        assertThat(cp1252.encoding()).isEqualTo("windows-1252");
        assertThat(cp1252.accepted().get(0).comment()).isEqualTo("caf\u00e9 \u00a3 note");
    }

    /** Property: for any mix of good and bad rows, every received figure is accepted or rejected, never lost. */
    @RepeatedTest(25)
    void acceptedPlusRejectedEqualsReceived(org.junit.jupiter.api.RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(info.getCurrentRepetition());
        String[] good = {"REREFERRAL_PCT,45,200,22.5,,", "NFA_PCT,,,5.0,,", "CPP_RATE,400,100000,40.0,,", "COMPLAINTS_COUNT,,,12,,", "CPP_2YRS_PCT,,,,c,"};
        String[] bad = {"REFERALS_RATE,,,4,,", "NFA_PCT,,,abc,,", "ICPC_15WD_PCT,61,52,,,", "SW_VACANCY_PCT,,,140,,", "NFA_PCT,,,,weird,", "AUDIT_GOOD_PCT,,,,,"};
        StringBuilder b = new StringBuilder(HEADER);
        int rows = 1 + rnd.nextInt(60);
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String period = (2020 + rnd.nextInt(7)) + "-" + String.format("%02d", 1 + rnd.nextInt(9));
            periods.add(period);
            String body = rnd.nextInt(3) == 0 ? bad[rnd.nextInt(bad.length)] : good[rnd.nextInt(good.length)];
            String la = rnd.nextInt(10) == 0 ? "999" : (rnd.nextBoolean() ? "805" : "E06000001");
            b.append(la).append(',').append(rnd.nextInt(15) == 0 ? "2026-13" : period).append(',').append(body).append('\n');
        }
        ReturnFileResult r = validate(b.toString());
        assertThat(r.received()).isEqualTo(rows);
        long rowsWithRejection = r.rejections().stream().filter(x -> x.rowNumber() != null).map(Rejection::rowNumber).distinct().count();
        if (r.fileRefused()) {
            assertThat(r.accepted()).isEmpty();
        } else {
            assertThat(r.accepted().size() + rowsWithRejection).isEqualTo(rows);
            assertThat(r.accepted().size() + r.rejectedFigures()).isEqualTo(r.received());
        }
    }
}
