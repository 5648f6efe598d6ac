package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX returns: cells as Excel shows them, spreadsheet row numbers, sheet choice, and damaged files. */
class XlsxTableReaderTest {

    static final Object[] HEADER = {"la_code", "period", "indicator", "numerator", "denominator", "value", "status", "comment"};

    @TempDir
    Path dir;

    final XlsxTableReader reader = new XlsxTableReader();

    /** A cell value in a named number format, e.g. {@code fmt(0.225, "0.0%")}. */
    record Formatted(double value, String format) {
    }

    static Formatted fmt(double value, String format) {
        return new Formatted(value, format);
    }

    /** Writes one sheet per name; {@code rows[i]} goes to spreadsheet row i + 1, null for an absent row or cell. */
    byte[] xlsx(Workbook wb, List<String> sheetNames, Object[]... rows) throws IOException {
        try (wb) {
            for (String name : sheetNames) {
                Sheet sheet = wb.createSheet(name);
                for (int r = 0; r < rows.length; r++) {
                    if (rows[r] != null) {
                        fill(wb, sheet.createRow(r), rows[r]);
                    }
                }
            }
            Path file = dir.resolve("return-" + System.nanoTime() + ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return Files.readAllBytes(file);
        }
    }

    byte[] xlsx(Object[]... rows) throws IOException {
        return xlsx(new XSSFWorkbook(), List.of("Sheet1"), rows);
    }

    static void fill(Workbook wb, Row row, Object[] values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof String s) {
                row.createCell(c).setCellValue(s);
            } else if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof Formatted f) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(f.format()));
                Cell cell = row.createCell(c);
                cell.setCellValue(f.value());
                cell.setCellStyle(style);
            }
        }
    }

    static Object[] row(Object... values) {
        return values;
    }

    @Test
    void readsCellsAsExcelShowsThemWithSpreadsheetRowNumbers() throws Exception {
        byte[] bytes = xlsx(HEADER,
                row(805, "2026-10", "REREFERRAL_PCT", 45, 200, 22.5, null, "our note"),
                row("", " "),
                null,
                row(805, "2026-10", "SW_VACANCY_PCT", null, null, fmt(0.225, "0.0%")),
                row(805, "2026-10", "REFERRALS_RATE", fmt(1234, "#,##0"), fmt(250000, "#,##0")));

        Table t = reader.read(bytes, "x.xlsx");

        assertThat(t.sheet()).isEqualTo("Sheet1");
        assertThat(t.encoding()).isNull();
        assertThat(t.header()).containsExactly("la_code", "period", "indicator", "numerator", "denominator", "value", "status", "comment");
        assertThat(t.rows()).extracting(Table.Row::line).containsExactly(2, 5, 6);
        assertThat(t.rows().get(0).cells()).containsExactly("805", "2026-10", "REREFERRAL_PCT", "45", "200", "22.5", "", "our note");
        assertThat(t.rows().get(1).cells()).containsExactly("805", "2026-10", "SW_VACANCY_PCT", "", "", "22.5%", "", "");
        assertThat(t.rows().get(2).cells()).containsExactly("805", "2026-10", "REFERRALS_RATE", "1,234", "250,000", "", "", "");
    }

    @Test
    void generalNumbersKeepTheirFullPrecisionAndNoSpuriousDecimal() throws Exception {
        byte[] bytes = xlsx(row("a", "b", "c", "d", "e"), row(805.0, 22.5, 1234567.8912345, 0.1 + 0.2, 123456789012.0));

        assertThat(reader.read(bytes, "x.xlsx").rows().get(0).cells())
                .containsExactly("805", "22.5", "1234567.8912345", "0.3", "123456789012");
    }

    @Test
    void readsTheSheetNamedReturnElseTheFirst() throws Exception {
        byte[] named = xlsx(new XSSFWorkbook(), List.of("Notes", "Return"), row("la_code"));
        assertThat(reader.read(named, "x.xlsx").sheet()).isEqualTo("Return");

        byte[] unnamed = xlsx(new XSSFWorkbook(), List.of("Data", "Notes"), row("la_code"));
        assertThat(reader.read(unnamed, "x.xlsx").sheet()).isEqualTo("Data");
    }

    @Test
    void aGoodWorkbookIsAcceptedWithItsSheetAndABadRowNamesItsSpreadsheetRow() throws Exception {
        byte[] bytes = xlsx(new XSSFWorkbook(), List.of("return"), HEADER,
                row(805, "2026-10", "REREFERRAL_PCT", 45, 200, 22.5),
                null,
                row("E06000001", "2026-10", "REFERRALS_RATE", fmt(1234, "#,##0"), fmt(250000, "#,##0")),
                row(805, "2026-Q3", "SW_VACANCY_PCT", null, null, fmt(0.142, "0.0%")),
                row(805, "2026-10", "CPP_2YRS_PCT", null, null, null, "c"),
                row(805, "2026-10", "SW_AGENCY_PCT", null, null, 112.5));

        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(bytes, "x.xlsx", reader);

        assertThat(r.fileRefused()).isFalse();
        assertThat(r.sheet()).isEqualTo("return");
        assertThat(r.layout()).isEqualTo("long");
        assertThat(r.accepted()).extracting(AcceptedFigure::rowNumber).containsExactly(2, 4, 5, 6);
        assertThat(r.accepted()).extracting(AcceptedFigure::laCode).containsOnly("805");
        assertThat(r.accepted().get(0).value()).isEqualTo(22.5);
        assertThat(r.accepted().get(1).numerator()).isEqualTo(1234L);
        assertThat(r.accepted().get(1).denominator()).isEqualTo(250000L);
        assertThat(r.accepted().get(2).value()).isEqualTo(14.2);
        assertThat(r.accepted().get(3).status()).isEqualTo("c");
        assertThat(r.rejections()).extracting(x -> x.rule().id()).containsExactly("R007");
        assertThat(r.rejections().get(0).rowNumber()).isEqualTo(7);
    }

    @Test
    void aSheetWithNothingOnItIsAnEmptyFile() throws Exception {
        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(xlsx(), "x.xlsx", reader);
        assertThat(r.rejections()).extracting(x -> x.rule().id()).containsExactly("F001");
        assertThat(r.rejections().get(0).message()).contains("Sheet1");
    }

    @Test
    void filesThatAreNotReadableWorkbooksAreRefusedWithAReasonTheSenderCanActOn() throws Exception {
        assertThat(f003("la_code,period\n805,2026-10\n".getBytes(StandardCharsets.UTF_8))).contains("not a zip archive");
        assertThat(f003(xlsx(new XSSFWorkbook(), List.of()))).contains("no sheets");
        assertThat(f003(oldStyleXls())).contains("Excel 97-2003");
        assertThat(f003(encrypted(xlsx(HEADER)))).contains("password-protected");
        byte[] truncated = xlsx(HEADER);
        assertThat(f003(Arrays.copyOf(truncated, truncated.length / 2))).contains("not a readable XLSX workbook");
    }

    String f003(byte[] bytes) {
        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(bytes, "x.xlsx", reader);
        assertThat(r.fileRefused()).isTrue();
        assertThat(r.rejections()).extracting(x -> x.rule().id()).containsExactly("F003");
        return r.rejections().get(0).message();
    }

    /** An Excel 97-2003 file as a reader first sees it: an OLE2 container holding a Workbook stream. */
    static byte[] oldStyleXls() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "Workbook");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** What Excel's "Encrypt with Password" saves: the package inside an encrypted OLE2 container. */
    static byte[] encrypted(byte[] xlsx) throws Exception {
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(xlsx);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void streamsALargeSheet() throws Exception {
        int rows = 100_000;
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("return");
            fill(wb, sheet.createRow(0), HEADER);
            for (int r = 1; r <= rows; r++) {
                fill(wb, sheet.createRow(r), row(805, "2026-10", "REREFERRAL_PCT", r, 200_000, 22.5, "", "note " + r));
            }
            wb.write(out);
            wb.dispose();
        }

        Table t = reader.read(Files.readAllBytes(file), "large.xlsx");

        assertThat(t.rows()).hasSize(rows);
        assertThat(t.rows().get(rows - 1).line()).isEqualTo(rows + 1);
    }
}
