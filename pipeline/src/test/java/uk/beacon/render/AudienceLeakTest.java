package uk.beacon.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.audience.Audience;
import uk.beacon.audience.AudiencePolicy;
import uk.beacon.audience.Tlp;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleRunner;
import uk.beacon.cycle.NamedRecipients;
import uk.beacon.cycle.PdfPassword;

/**
 * For every output of the demo's monthly cycle, and every note in the warehouse: a note the
 * output's audience may not see must not appear in it, searched by its summary (sources are
 * role names shared by many notes, so the summary is what identifies a note) in the PDF's
 * text and in CSV and text files. The demo has notes at every TLP level.
 */
class AudienceLeakTest {

    @TempDir
    static Path dir;
    static Path published;
    static List<Map<String, String>> notes = new ArrayList<>();
    static Map<String, String> regionOf = new HashMap<>();
    static Map<String, String> regionCodeOfName = new HashMap<>();

    static final List<String> logLines = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void runCycle() throws Exception {
        // Capture every log event of the cycle, at DEBUG, to prove no note text is ever logged.
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Logger beacon = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("uk.beacon");
        ch.qos.logback.classic.Level before = beacon.getLevel();
        beacon.setLevel(ch.qos.logback.classic.Level.DEBUG);
        ch.qos.logback.core.AppenderBase<ch.qos.logback.classic.spi.ILoggingEvent> capture = new ch.qos.logback.core.AppenderBase<>() {
            @Override
            protected void append(ch.qos.logback.classic.spi.ILoggingEvent e) {
                logLines.add(e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()));
            }
        };
        capture.start();
        root.addAppender(capture);
        try {
            runDemoCycle();
        } finally {
            root.detachAppender(capture);
            beacon.setLevel(before);
        }
        published = dir.resolve("out/2026-10").toRealPath();
    }

    static void runDemoCycle() throws Exception {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, YearMonth.of(2026, 10), 14)).write(dir.resolve("inbox"), dir.resolve("truth"));
        try (BeaconContext ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            new MonthlyCycleRunner(ctx).run(new CycleParameters(YearMonth.of(2026, 10), dir.resolve("inbox"), dir.resolve("out"),
                    dir.resolve("work"), LocalDate.of(2026, 11, 23)));
            try (Connection c = ctx.warehouse().connect(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select la_code, tlp, summary, source, observed_on > date '2025-10-31' as recent from core.notes")) {
                    while (rs.next()) {
                        notes.add(Map.of("la", rs.getString(1), "tlp", rs.getString(2), "summary", rs.getString(3), "source", rs.getString(4),
                                "recent", String.valueOf(rs.getBoolean(5))));
                    }
                }
                try (ResultSet rs = s.executeQuery("select la_code, region_code, region_name from core.authorities")) {
                    while (rs.next()) {
                        regionOf.put(rs.getString(1), rs.getString(2));
                        regionCodeOfName.put(rs.getString(3), rs.getString(2));
                    }
                }
            }
        }
    }

    @Test
    void noLogLineContainsNoteText() throws Exception {
        assertThat(logLines).as("the cycle logged something").isNotEmpty();
        List<String> summaries = new ArrayList<>(notes.stream().map(n -> snippet(n.get("summary"))).toList());
        // The two refused notes are not in core.notes: their text must not be logged either.
        summaries.add("Call the duty team on");
        summaries.add("01632 960 123");
        for (String line : logLines) {
            for (String text : summaries) {
                assertThat(line).doesNotContain(text);
            }
        }
    }

    @Test
    void theDemoHasNotesAtEveryTlpLevelEachIdentifiableByItsSummary() {
        assertThat(notes.stream().map(n -> Tlp.parse(n.get("tlp"))).distinct()).containsExactlyInAnyOrder(Tlp.values());
        assertThat(notes.stream().map(n -> snippet(n.get("summary")))).doesNotHaveDuplicates();
    }

    @Test
    void notesTheAudienceMaySeeDoAppear() throws Exception {
        Map<String, Audience> audiences = Audience.builtIn();
        int shown = 0;
        for (ManifestEntry e : Manifest.read(published.resolve("manifest.json"))) {
            if (!e.kind().equals("authority-dashboard")) {
                continue;
            }
            String text = textOf(published.resolve(e.path()));
            for (Map<String, String> n : notes) {
                // Dashboards show the notes of the twelve months to the end of the period.
                if (n.get("la").equals(e.laCode()) && n.get("recent").equals("true") && AudiencePolicy.maySee(audiences.get(e.audience()), Tlp.parse(n.get("tlp")),
                        n.get("la"), regionOf.get(n.get("la")), e.laCode(), regionOf.get(e.laCode()))) {
                    assertThat(text).as("%s should show its note", e.path()).contains(snippet(n.get("summary")));
                    shown++;
                }
            }
        }
        assertThat(shown).isGreaterThan(20);
    }

    @Test
    void noOutputContainsANoteItsAudienceMayNotSee() throws Exception {
        Map<String, Audience> audiences = Audience.builtIn();
        int checked = 0;
        for (ManifestEntry e : Manifest.read(published.resolve("manifest.json"))) {
            String text = textOf(published.resolve(e.path()));
            Audience audience = audiences.get(e.audience());
            for (Map<String, String> n : notes) {
                boolean visible = AudiencePolicy.maySee(audience, Tlp.parse(n.get("tlp")), n.get("la"), regionOf.get(n.get("la")),
                        e.laCode(), outputRegion(e));
                if (!visible) {
                    assertThat(text).as("%s (%s) must not show a %s note about %s", e.path(), e.audience(), n.get("tlp"), n.get("la"))
                            .doesNotContain(snippet(n.get("summary")));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /** The region an output is about: its authority's, or the region it covers as a whole (a regional pack). */
    private static String outputRegion(ManifestEntry e) {
        return e.laCode() != null ? regionOf.get(e.laCode()) : e.region() == null ? null : regionCodeOfName.get(e.region());
    }

    @Test
    void everyOutputIsMarkedWithItsTlpLevel() throws Exception {
        for (ManifestEntry e : Manifest.read(published.resolve("manifest.json"))) {
            assertThat(e.tlp()).startsWith("TLP:");
            if (e.path().endsWith(".pdf")) {
                assertThat(textOf(published.resolve(e.path()))).contains(e.tlp());
            }
        }
    }

    @Test
    void outputsAndTheWarehouseAreOwnerOnly() throws Exception {
        for (ManifestEntry e : Manifest.read(published.resolve("manifest.json"))) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(published.resolve(e.path()))))
                    .as(e.path()).isEqualTo("rw-------");
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(published))).isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("w.duckdb")))).isEqualTo("rw-------");
        try (var archived = Files.walk(dir.resolve("work/archive"))) {
            assertThat(archived.filter(Files::isRegularFile)).allSatisfy(p ->
                    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-------"));
        }
    }

    @Test
    void restrictedOutputsOfEveryKindAreEncryptedWhenAPasswordIsGivenAndOthersAreNot(@TempDir Path other) throws Exception {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, YearMonth.of(2026, 10), 14)).write(other.resolve("inbox"), other.resolve("truth"));
        try (BeaconContext ctx = BeaconContext.open(other.resolve("w.duckdb"), IndicatorCatalogue.builtIn(),
                PdfPassword.of("correct horse".toCharArray()), NamedRecipients.of(List.of("Jo Bloggs", " Sam  Smith ", "Jo Bloggs")))) {
            new MonthlyCycleRunner(ctx).run(new CycleParameters(YearMonth.of(2026, 10), other.resolve("inbox"), other.resolve("out"),
                    other.resolve("work"), LocalDate.of(2026, 11, 23)));
        }
        Path out = other.resolve("out/2026-10").toRealPath();
        int encrypted = 0;
        for (ManifestEntry e : Manifest.read(out.resolve("manifest.json"))) {
            boolean restricted = Tlp.parse(e.tlp()).compareTo(Tlp.AMBER_STRICT) >= 0;
            assertThat(e.encrypted()).as(e.path()).isEqualTo(restricted);
            assertThat(restricted && e.path().endsWith(".csv")).as("a restricted CSV (it cannot be encrypted): %s", e.path()).isFalse();
            if (restricted && e.path().endsWith(".xlsx")) {
                encrypted++;
                try (var in = Files.newInputStream(out.resolve(e.path()));
                     var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in, "correct horse")) {
                    assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(e.tlp());
                }
                assertThatThrownBy(() -> {
                    try (var in = Files.newInputStream(out.resolve(e.path()))) {
                        org.apache.poi.ss.usermodel.WorkbookFactory.create(in, "wrong").close();
                    }
                }).isInstanceOf(org.apache.poi.EncryptedDocumentException.class);
            } else if (restricted) {
                encrypted++;
                assertThatThrownBy(() -> Loader.loadPDF(out.resolve(e.path()).toFile()).close())
                        .isInstanceOf(org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class);
                try (PDDocument doc = Loader.loadPDF(out.resolve(e.path()).toFile(), "correct horse")) {
                    assertThat(new PDFTextStripper().getText(doc)).contains("peer-review triage", e.tlp());
                }
            }
        }
        assertThat(encrypted).as("the triage carries AMBER+STRICT evidence").isPositive();

        // The named recipients' copy: TLP:RED, encrypted, every note above AMBER (the demo's RED note is about
        // Carrick Fell, 953, which no other output may show), the names in its header.
        List<ManifestEntry> named = Manifest.read(out.resolve("manifest.json")).stream().filter(e -> e.audience().equals("named")).toList();
        assertThat(named).hasSize(1);
        assertThat(named.get(0).path()).isEqualTo("named/peer-review-triage-2026-10-named.pdf");
        assertThat(named.get(0).tlp()).isEqualTo("TLP:RED");
        assertThat(named.get(0).encrypted()).isTrue();
        String red = notes.stream().filter(n -> n.get("tlp").equals("RED")).map(n -> snippet(n.get("summary"))).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(out.resolve(named.get(0).path()).toFile(), "correct horse")) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Audience: Named recipients: Jo Bloggs, Sam Smith", "Restricted notes", "Carrick Fell (953)", red);
        }
    }

    /** The whole summary, white space folded as the PDF's text is (line wrapping becomes a space). */
    static String snippet(String summary) {
        return summary.replaceAll("\\s+", " ").trim();
    }

    static String textOf(Path file) throws Exception {
        if (file.toString().endsWith(".xlsx")) {
            StringBuilder b = new StringBuilder();
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
                for (var sheet : wb) {
                    for (var row : sheet) {
                        for (var cell : row) {
                            b.append(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell)).append(' ');
                        }
                    }
                }
            }
            return b.toString().replaceAll("\\s+", " ");
        }
        if (file.toString().endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
        }
        return Files.readString(file).replaceAll("\\s+", " ");
    }
}
