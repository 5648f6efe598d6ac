package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The five return layouts of docs/input-formats.md, each from its example file
 * (src/test/resources/layouts/), loaded with exactly the figures the file holds.
 */
class ReturnLayoutsTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ReturnLayoutsTest.class.getResourceAsStream("/layouts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static ReturnFileResult load(String name) throws IOException {
        byte[] bytes = resource(name);
        TableReader reader = Containers.forFileName(name).orElseThrow();
        return ReturnFileValidatorTest.VALIDATOR.validate(bytes, name, reader);
    }

    /** sheet|line|authority|period|indicator|numerator|denominator|value|status, one per accepted figure. */
    static List<String> figures(ReturnFileResult r) {
        return r.accepted().stream().map(f -> f.sheet() + "|" + f.rowNumber() + "|" + f.laCode() + "|" + f.period().text() + "|"
                + f.indicator() + "|" + f.numerator() + "|" + f.denominator() + "|" + f.value() + "|" + f.status()).toList();
    }

    static List<String> rules(ReturnFileResult r) {
        return r.rejections().stream().map(x -> x.rule().id() + (x.sheet() == null ? "" : "@" + x.sheet())).toList();
    }

    @Test
    void long_() throws Exception {
        ReturnFileResult r = load("long.csv");
        assertThat(r.layout()).isEqualTo("long");
        assertThat(r.rejections()).isEmpty();
        assertThat(figures(r)).containsExactly(
                "null|2|805|2026-09|REREFERRAL_PCT|45|200|22.5|null",
                "null|3|805|2026-09|CPP_2YRS_PCT|null|null|null|c",
                "null|4|805|2026-10|REREFERRAL_PCT|52|208|25.0|null",
                "null|5|805|2026-10|SW_VACANCY_PCT|null|null|14.2|null");
    }

    @Test
    void wideWithADescriptiveNameColumn() throws Exception {
        ReturnFileResult r = load("wide.csv");
        assertThat(r.layout()).isEqualTo("wide");
        assertThat(r.rejections()).isEmpty(); // la_name labels the row: it is not an indicator
        assertThat(figures(r)).containsExactly(
                "null|2|805|2026-09|REREFERRAL_PCT|null|null|22.5|null",
                "null|2|805|2026-09|SW_VACANCY_PCT|null|null|13.8|null",
                "null|2|805|2026-09|CPP_2YRS_PCT|null|null|null|c",
                "null|3|805|2026-10|REREFERRAL_PCT|null|null|25.0|null",
                "null|3|805|2026-10|SW_VACANCY_PCT|null|null|14.2|null");
    }

    @Test
    void indicatorsAsRowsPeriodsAsColumns() throws Exception {
        ReturnFileResult r = load("indicator-rows.csv");
        assertThat(r.fileRefused()).isFalse();
        assertThat(r.layout()).isEqualTo("indicator-rows");
        assertThat(r.rejections()).isEmpty();
        assertThat(figures(r)).containsExactly(
                "null|2|805|2026-08|REREFERRAL_PCT|null|null|21.0|null",
                "null|2|805|2026-09|REREFERRAL_PCT|null|null|22.5|null",
                "null|2|805|2026-10|REREFERRAL_PCT|null|null|25.0|null",
                "null|3|805|2026-08|SW_VACANCY_PCT|null|null|13.1|null",
                "null|3|805|2026-09|SW_VACANCY_PCT|null|null|13.8|null",
                "null|3|805|2026-10|SW_VACANCY_PCT|null|null|14.2|null",
                "null|4|805|2026-09|CPP_2YRS_PCT|null|null|null|c",
                "null|4|805|2026-10|CPP_2YRS_PCT|null|null|3.4|null");
    }

    @Test
    void aColumnThatIsNotAPeriodIsRefusedCellByCellNotDropped() {
        ReturnFileResult r = ReturnFileValidatorTest.validate("la_code,indicator,2026-09,Year to date\n805,REREFERRAL_PCT,22.5,25\n");
        assertThat(r.layout()).isEqualTo("indicator-rows");
        assertThat(r.accepted()).hasSize(1);
        assertThat(r.rejections()).extracting(x -> x.rule().id() + " " + x.column() + " " + x.offendingValue())
                .containsExactly("R003 period year to date");
    }

    @Test
    void oneSheetPerIndicator() throws Exception {
        ReturnFileResult r = load("indicator-sheets.xlsx");
        assertThat(r.layout()).isEqualTo("indicator-sheet");
        assertThat(r.rejections()).isEmpty();
        assertThat(figures(r)).containsExactly(
                "REREFERRAL_PCT|2|805|2026-09|REREFERRAL_PCT|45|200|22.5|null",
                "REREFERRAL_PCT|3|805|2026-10|REREFERRAL_PCT|52|208|25.0|null",
                "SW_VACANCY_PCT|2|805|2026-09|SW_VACANCY_PCT|null|null|13.8|null",
                "SW_VACANCY_PCT|3|805|2026-10|SW_VACANCY_PCT|null|null|14.2|null",
                "CPP_2YRS_PCT|2|805|2026-09|CPP_2YRS_PCT|null|null|null|c",
                "CPP_2YRS_PCT|3|805|2026-10|CPP_2YRS_PCT|3|88|3.4|null",
                "CLA_RATE|2|805|2026-10|CLA_RATE|null|null|71.0|null");
    }

    @Test
    void oneSheetPerPeriodLongOrWideAndAReadMeSheetNamedAsSkipped() throws Exception {
        ReturnFileResult r = load("period-sheets.xlsx");
        assertThat(r.fileRefused()).isFalse();
        assertThat(r.layout()).isEqualTo("period-sheet-long+period-sheet-wide");
        assertThat(figures(r)).containsExactly(
                "2026-09|2|805|2026-09|REREFERRAL_PCT|45|200|22.5|null",
                "2026-09|3|805|2026-09|SW_VACANCY_PCT|null|null|13.8|null",
                "2026-09|4|805|2026-09|CPP_2YRS_PCT|null|null|null|c",
                "2026-10|2|805|2026-10|REREFERRAL_PCT|null|null|25.0|null",
                "2026-10|2|805|2026-10|SW_VACANCY_PCT|null|null|14.2|null",
                "2026-10|2|805|2026-10|CPP_2YRS_PCT|null|null|3.4|null");
        assertThat(rules(r)).containsExactly("S001@Read me");
        Rejection skipped = r.rejections().get(0);
        assertThat(skipped.laCode()).isEqualTo("805"); // filed to the sender
        assertThat(skipped.message()).contains("sheet 'Read me'", "missing la_code", "The other sheets were loaded");
        assertThat(r.sheetsSkipped()).isEqualTo(1);
    }

    @Test
    void aWorkbookWithAnUnreadableSheetReportsThatSheetAndLoadsTheOthers() throws Exception {
        byte[] damaged = replaceEntry(resource("indicator-sheets.xlsx"), "xl/worksheets/sheet2.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"".getBytes(StandardCharsets.UTF_8));

        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(damaged, "damaged.xlsx", new XlsxTableReader());

        assertThat(r.fileRefused()).isFalse();
        assertThat(figures(r)).extracting(f -> f.substring(0, f.indexOf('|'))).containsOnly("REREFERRAL_PCT", "CPP_2YRS_PCT", "CLA_RATE")
                .hasSize(5);
        assertThat(rules(r)).containsExactly("S001@SW_VACANCY_PCT");
        assertThat(r.rejections().get(0).message()).contains("sheet 'SW_VACANCY_PCT': its content cannot be read");
    }

    @Test
    void figureColumnsOnASheetNotNamedAfterAnIndicatorAreNotReadAsIndicators() throws Exception {
        // Today's trap: numerator/denominator taken as indicator codes (38 x R002). Now the sheet is named as skipped.
        byte[] bytes = replaceSheetName(resource("indicator-sheets.xlsx"), "CLA_RATE", "Sheet4");
        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(bytes, "x.xlsx", new XlsxTableReader());
        assertThat(rules(r)).containsExactly("S001@Sheet4");
        assertThat(r.rejections().get(0).message()).contains("need an indicator column", "'Sheet4' is not one");
        assertThat(r.accepted()).hasSize(6);
    }

    @Test
    void aWorkbookWithNoReturnOnAnySheetIsRefusedNamingEverySheet() throws Exception {
        byte[] bytes = replaceSheetName(replaceSheetName(resource("period-sheets.xlsx"), "2026-09", "First"), "2026-10", "Second");
        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(bytes, "x.xlsx", new XlsxTableReader());
        assertThat(r.fileRefused()).isTrue();
        assertThat(rules(r)).containsExactly("F004");
        assertThat(r.rejections().get(0).message()).contains("'First'", "'Second'", "'Read me'");
    }

    @Test
    void sheetsNamedByMonthAsPeopleWriteThem() throws Exception {
        assertThat(ReturnsTableParser.sheetPeriod("2026-09")).isEqualTo("2026-09");
        assertThat(ReturnsTableParser.sheetPeriod("2026-q3")).isEqualTo("2026-Q3");
        assertThat(ReturnsTableParser.sheetPeriod("Sep 2026")).isEqualTo("2026-09");
        assertThat(ReturnsTableParser.sheetPeriod("Sept 2026")).isEqualTo("2026-09");
        assertThat(ReturnsTableParser.sheetPeriod("september 2026")).isEqualTo("2026-09");
        assertThat(ReturnsTableParser.sheetPeriod("Oct-26")).isEqualTo("2026-10");
        assertThat(ReturnsTableParser.sheetPeriod("01/09/2026")).isEqualTo("2026-09");
        assertThat(ReturnsTableParser.sheetPeriod("15/09/2026")).isNull();
        assertThat(ReturnsTableParser.sheetPeriod("Read me")).isNull();
        assertThat(ReturnsTableParser.sheetPeriod("Sheet1")).isNull();
        byte[] bytes = replaceSheetName(replaceSheetName(resource("period-sheets.xlsx"), "2026-09", "Sept 2026"), "2026-10", "Oct-26");
        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(bytes, "x.xlsx", new XlsxTableReader());
        assertThat(r.accepted()).extracting(f -> f.period().text()).containsExactly("2026-09", "2026-09", "2026-09", "2026-10", "2026-10", "2026-10");
    }

    @Test
    void periodHeadingsAsExcelShowsThemAfterTurningThemIntoDates() {
        ReturnFileResult r = ReturnFileValidatorTest.validate("la_code,indicator,Aug-26,Sep-26,01/10/2026\n805,REREFERRAL_PCT,21.0,22.5,25\n");
        assertThat(r.layout()).isEqualTo("indicator-rows");
        assertThat(r.rejections()).isEmpty();
        assertThat(r.accepted()).extracting(f -> f.period().text() + " " + f.value()).containsExactly("2026-08 21.0", "2026-09 22.5", "2026-10 25.0");
    }

    @Test
    void aPeriodInTheFileIsCheckedLikeAnyOther() {
        ReturnFileResult r = ReturnFileValidatorTest.validate("la_code,indicator,value\n805,REREFERRAL_PCT,22.5\n");
        assertThat(r.fileRefused()).isTrue();
        assertThat(r.rejections().get(0).message()).contains("missing period");
    }

    @Test
    void anAuthorityNameIsAcceptedWhereverACodeIs() {
        var dir = uk.beacon.reference.AuthorityDirectory.of(List.of(
                new uk.beacon.reference.AuthorityDirectory.Authority("E06000001", "805", "Hartlepool", "R1", null, null)));
        var validator = new ReturnFileValidator(new FigureValidator(dir, uk.beacon.catalogue.IndicatorCatalogue.builtIn(),
                java.time.LocalDate.of(2026, 11, 23)));
        ReturnFileResult r = validator.validate(("la_code,indicator,2026-09,2026-10\nHartlepool,REREFERRAL_PCT,22.5,25\n"
                + "Hartlepol,SW_VACANCY_PCT,13.8,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.accepted()).extracting(AcceptedFigure::laCode, AcceptedFigure::laCodeGiven)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("805", "Hartlepool"));
        assertThat(r.rejections()).extracting(Rejection::message).singleElement().asString()
                .isEqualTo("Authority is not a known DfE code, ONS code or authority name: 'Hartlepol' (did you mean Hartlepool (805)?). "
                        + Rule.R001_UNKNOWN_AUTHORITY.fix());
    }

    static byte[] replaceEntry(byte[] zip, String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(entry) ? content : in.readAllBytes());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] replaceSheetName(byte[] zip, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("xl/workbook.xml")) {
                    b = new String(b, StandardCharsets.UTF_8).replace("name=\"" + from + "\"", "name=\"" + to + "\"")
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(b);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
