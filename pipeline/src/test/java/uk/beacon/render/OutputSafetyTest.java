package uk.beacon.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import uk.beacon.audience.Tlp;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.cli.Main;
import uk.beacon.cycle.PdfPassword;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleRunner;
import uk.beacon.cells.CellText;
import uk.beacon.testing.StdOut;

/**
 * One demo cycle with hostile inputs and a password, then every CSV and XLSX it wrote is
 * read back: sender-controlled text that a spreadsheet would run as a formula is
 * neutralised in every column of every kind of output; 800 notes about one authority do not
 * stop publication (the evidence cell is cut with a marker); and every output whose marking
 * requires encryption is encrypted, whatever its kind, with the CSV withheld and said so.
 */
class OutputSafetyTest {

    static final String PASSWORD = "correct horse battery staple";
    static final String HOSTILE_NAME = "=HYPERLINK(\"http:__evil.example\",\"open me\").csv";

    @TempDir
    static Path dir;
    static Path published;
    static Path warehouse;

    @BeforeAll
    static void runCycleWithHostileInputs() throws Exception {
        Path inbox = dir.resolve("inbox");
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, YearMonth.of(2026, 10), 14)).write(inbox, dir.resolve("truth"));
        // A return named like a formula, whose bad values look like formulas too.
        Files.writeString(inbox.resolve("returns").resolve(HOSTILE_NAME), """
                la_code,period,indicator,numerator,denominator,value,status,comment
                951,2026-10,REFERRALS_RATE,,,=1+1,,
                951,2026-10,REREFERRAL_PCT,,,@SUM(A1:A9),,
                951,2026-10,CPP_RATE,,,-cmd|' /C calc'!A0,,
                """, StandardCharsets.UTF_8);
        // 800 notes about one authority in twelve months, and a refused note whose bad field is a formula.
        StringBuilder notes = new StringBuilder("note_id,la_code,observed_on,category,signal,severity,tlp,source,summary\n");
        for (int i = 0; i < 800; i++) {
            notes.append(String.format("MANY-%04d,957,%s,WORKFORCE,concern,2,GREEN,Regional workforce network,Caseloads rising again (%d).%n",
                    i, LocalDate.of(2025, 11, 1).plusDays(i % 360), i));
        }
        notes.append("BAD-0001,957,2026-10-01,WORKFORCE,concern,=1+1,GREEN,+Regional network,@note\n");
        Files.writeString(inbox.resolve("notes").resolve("many-notes.csv"), notes, StandardCharsets.UTF_8);

        warehouse = dir.resolve("w.duckdb");
        try (BeaconContext ctx = BeaconContext.open(warehouse, IndicatorCatalogue.builtIn(), PdfPassword.of(PASSWORD.toCharArray()))) {
            var run = new MonthlyCycleRunner(ctx).run(new CycleParameters(YearMonth.of(2026, 10), inbox, dir.resolve("out"),
                    dir.resolve("work"), LocalDate.of(2026, 11, 23)));
            assertThat(run.getStatus()).as("800 notes and hostile names do not stop publication").isEqualTo(BatchStatus.COMPLETED);
        }
        published = dir.resolve("out/2026-10").toRealPath();
    }

    @Test
    void noCellOfAnyCsvOrXlsxCouldRunAsAFormula() throws Exception {
        List<Path> tables = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".xlsx")).forEach(tables::add);
        }
        if (Files.isDirectory(dir.resolve("work/quarantine"))) {
            // Beacon's notes beside each refused file (the refused file itself is the sender's, kept as sent).
            try (Stream<Path> files = Files.walk(dir.resolve("work/quarantine"))) {
                files.filter(p -> p.toString().endsWith(".rejections.csv")).forEach(tables::add);
            }
        }
        assertThat(tables).as("rejection reports, quarantine notes, the region's tables, the triage's").hasSizeGreaterThan(5);
        List<String> hostileSeen = new ArrayList<>();
        for (Path table : tables) {
            if (table.toString().endsWith(".xlsx") && !encryptedXlsx(table)) {
                for (Cell cell : cells(table, null)) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertSafe(table, cell.getStringCellValue());
                        collect(hostileSeen, cell.getStringCellValue());
                    }
                    assertThat(cell.getCellType()).as("%s %s", table, cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            } else if (table.toString().endsWith(".csv")) {
                try (CSVParser p = CSVParser.parse(table, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
                    for (CSVRecord r : p) {
                        for (String field : r) {
                            assertSafe(table, field);
                            collect(hostileSeen, field);
                        }
                    }
                }
            }
        }
        assertThat(hostileSeen).as("the hostile texts did reach the outputs, neutralised")
                .contains("'" + HOSTILE_NAME, "'=1+1", "'@SUM(A1:A9)", "'-cmd|' /C calc'!A0");
    }

    @Test
    void theSqlCommandsCsvIsNeutralisedToo() {
        String out = StdOut.capture(() -> Main.execute("sql", "--warehouse", warehouse.toString(),
                "select '=1+1' as a, -1.5 as b, '-1.5' as c, '@x' as d"));
        assertThat(out.lines().toList()).containsExactly("a,b,c,d", "'=1+1,-1.5,-1.5,'@x");
    }

    @Test
    void eightHundredNotesAreCutToFitTheirCellWithAMarker() throws Exception {
        List<String> xlsxCells = new ArrayList<>();
        for (Cell cell : cells(published.resolve("sector-body/peer-review-triage-2026-10.xlsx"), PASSWORD)) {
            if (cell.getCellType() == CellType.STRING) {
                xlsxCells.add(cell.getStringCellValue());
            }
        }
        assertThat(xlsxCells).anySatisfy(v -> assertThat(v).hasSizeLessThanOrEqualTo(CellText.XLSX_CELL_LIMIT)
                .contains("\u2026 [cut: ").contains("more characters; the whole text: "));
    }

    @Test
    void everyOutputWhoseMarkingRequiresEncryptionIsEncryptedWhateverItsKind() throws Exception {
        List<ManifestEntry> manifest = Manifest.read(published.resolve(Manifest.FILE_NAME));
        List<ManifestEntry> restricted = manifest.stream().filter(e -> Tlp.parse(e.tlp()).compareTo(Tlp.AMBER_STRICT) >= 0).toList();
        assertThat(restricted).as("the demo's triage carries AMBER+STRICT evidence").isNotEmpty();
        assertThat(restricted).extracting(ManifestEntry::path).contains("sector-body/peer-review-triage-2026-10.pdf",
                "sector-body/peer-review-triage-2026-10.xlsx");
        for (ManifestEntry e : restricted) {
            Path file = published.resolve(e.path());
            assertThat(e.encrypted()).as(e.path()).isTrue();
            if (e.path().endsWith(".pdf")) {
                try (PDDocument d = Loader.loadPDF(file.toFile(), PASSWORD)) {
                    assertThat(d.isEncrypted()).as(e.path()).isTrue();
                    assertThat(d.getEncryption().getLength()).isEqualTo(256);
                }
            } else if (e.path().endsWith(".xlsx")) {
                assertThat(encryptedXlsx(file)).as(e.path()).isTrue();
                try (InputStream in = Files.newInputStream(file); POIFSFileSystem fs = new POIFSFileSystem(in)) {
                    EncryptionInfo info = new EncryptionInfo(fs);
                    assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
                    assertThat(info.getHeader().getCipherAlgorithm().jceId).isEqualTo("AES");
                    assertThat(info.getHeader().getKeySize()).isEqualTo(256);
                    assertThat(Decryptor.getInstance(info).verifyPassword("wrong")).isFalse();
                }
                assertThat(cells(file, PASSWORD)).as("opens with the password").isNotEmpty();
            } else {
                throw new AssertionError(e.path() + " is " + e.tlp() + " but of a kind that cannot be encrypted");
            }
        }
        // Everything else, for every audience, opens without the password (and says so in the manifest).
        for (ManifestEntry e : manifest) {
            if (restricted.contains(e)) {
                continue;
            }
            assertThat(e.encrypted()).as(e.path()).isFalse();
            Path file = published.resolve(e.path());
            if (e.path().endsWith(".pdf")) {
                try (PDDocument d = Loader.loadPDF(file.toFile())) {
                    assertThat(d.isEncrypted()).as(e.path()).isFalse();
                }
            } else if (e.path().endsWith(".xlsx")) {
                assertThat(encryptedXlsx(file)).as(e.path()).isFalse();
            }
        }
        assertThat(manifest).extracting(ManifestEntry::audience).contains("region", "authority", "sector-body");
        // The CSV cannot be encrypted: it is not written, and the manifest says so.
        assertThat(published.resolve("sector-body/peer-review-triage-2026-10.csv")).doesNotExist();
        assertThat(Manifest.readWithheld(published.resolve(Manifest.FILE_NAME))).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("sector-body/peer-review-triage-2026-10.csv");
            assertThat(w.reason()).contains("cannot be encrypted");
        });
        // Nothing on disk that the manifest does not list (no plain copy beside an encrypted one).
        try (Stream<Path> files = Files.walk(published)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(manifest.size() + 1);
        }
    }

    private static void assertSafe(Path table, String value) {
        if (value.isEmpty() || CellText.isNumber(value)) {
            return;
        }
        assertThat("=+-@\t\r".indexOf(value.charAt(0))).as("%s: a cell starts like a formula: %s", table.getFileName(), value).isEqualTo(-1);
    }

    private static void collect(List<String> seen, String value) {
        if (value.startsWith("'")) {
            seen.add(value);
        }
    }

    private static boolean encryptedXlsx(Path file) throws Exception {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            return FileMagic.valueOf(in) == FileMagic.OLE2; // an encrypted OOXML file is an OLE2 container
        }
    }

    private static List<Cell> cells(Path xlsx, String password) throws Exception {
        List<Cell> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in, password)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
