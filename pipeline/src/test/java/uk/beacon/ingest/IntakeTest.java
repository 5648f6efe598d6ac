package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleJobConfiguration;

/**
 * The intake, through the real ingest job on a small demo inbox: the inbox holds only the inbox,
 * a file beyond the limits costs only itself, and a refusal is reversible.
 */
class IntakeTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final String HEADER = "la_code,period,indicator,numerator,denominator,value,status,comment\n";

    @TempDir
    Path dir;
    Path inbox;
    Path config;

    @BeforeEach
    void demo() throws Exception {
        inbox = dir.resolve("inbox");
        config = Files.createDirectories(dir.resolve("config"));
        new DemoGenerator(new DemoSettings(7, YearMonth.of(2026, 10), 2)).write(inbox, dir.resolve("truth"));
        System.setProperty(IngestSettings.CONFIG_DIR_PROPERTY, config.toString());
    }

    @AfterEach
    void clearConfig() {
        System.clearProperty(IngestSettings.CONFIG_DIR_PROPERTY);
    }

    @Test
    void theInboxHoldsOnlyTheInboxAndEveryIgnoredNameIsListed() throws Exception {
        Path returns = inbox.resolve("returns");
        Path outside = Files.writeString(dir.resolve("outside.csv"), HEADER + "951,2026-09,NFA_PCT,,,3.3,,outside\n");
        Files.createSymbolicLink(returns.resolve("link-outside.csv"), outside);
        Files.createSymbolicLink(returns.resolve("passwd.csv"), Path.of("/etc/passwd"));
        Files.writeString(returns.resolve("..\\..\\evil.csv"), HEADER + "951,2026-09,NFA_PCT,,,3.3,,evil\n");
        Files.writeString(returns.resolve(".hidden.csv"), HEADER + "951,2026-09,NFA_PCT,,,3.3,,hidden\n");
        boolean fifo = new ProcessBuilder("mkfifo", returns.resolve("pipe.csv").toString()).start().waitFor() == 0;
        try (BeaconContext ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            JobExecution e = ingest(ctx, AS_OF, false);
            assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            List<String> ignored = IngestTally.ignoredLines(step(e, "returnsIngestStep").getExecutionContext());
            assertThat(ignored).anyMatch(l -> l.startsWith("returns/link-outside.csv: a link to"));
            assertThat(ignored).anyMatch(l -> l.startsWith("returns/passwd.csv: a link to '/etc/passwd'"));
            assertThat(ignored).anyMatch(l -> l.startsWith("returns/..\\..\\evil.csv: its name holds '\\'"));
            assertThat(ignored).anyMatch(l -> l.startsWith("returns/.hidden.csv: a hidden file"));
            if (fifo) {
                assertThat(ignored).anyMatch(l -> l.startsWith("returns/pipe.csv: not an ordinary file"));
            }
            assertThat(query(ctx, "select count(*) from raw.files where original_name in ('link-outside.csv', 'passwd.csv', "
                    + "'..\\..\\evil.csv', '.hidden.csv', 'pipe.csv')")).isEqualTo("0");
            assertThat(query(ctx, "select count(*) from raw.return_values where comment in ('outside', 'evil', 'hidden')")).isEqualTo("0");
            assertThat(query(ctx, "select count(*) > 0 from raw.files where outcome = 'loaded' and kind = 'returns'")).isEqualTo("true");
            try (Stream<Path> archived = Files.walk(dir.resolve("work"))) {
                for (Path p : archived.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1)).as(p.toString()).doesNotContain("root:x:0:0");
                }
            }
        }
    }

    @Test
    void aRefusedFileIsTriedAgainAfterAFixOfFolderConfigurationOrAsOf() throws Exception {
        try (BeaconContext ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            ingest(ctx, AS_OF, false);
            List<String> sameRegion = sameRegionPair(ctx);
            // 1. Notes dropped in returns/ by mistake: refused; moved to notes/: loaded.
            Path notes = Files.list(inbox.resolve("notes")).filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
            String noteText = Files.readString(notes).replace("\n", "\r\n"); // new content, not yet seen
            Files.writeString(inbox.resolve("returns/notes-by-mistake.csv"), noteText);
            // 2. A consolidated file of one region: refused (F005) until configuration accepts the region.
            Files.writeString(inbox.resolve("returns/consolidated.csv"), HEADER + sameRegion.get(0) + ",2026-09,NFA_PCT,,,3.1,,\n"
                    + sameRegion.get(1) + ",2026-09,NFA_PCT,,,3.2,,\n");
            // 3. Figures for 2026-10 under a wrong --as-of: refused as future-dated, loaded under the corrected one.
            Files.writeString(inbox.resolve("returns/october.csv"), HEADER + sameRegion.get(0) + ",2026-10,NFA_PCT,,,3.4,,\n"
                    + sameRegion.get(0) + ",2026-10,SW_CASELOAD_AVG,,,18.1,,\n");
            JobExecution wrong = ingest(ctx, LocalDate.of(2026, 9, 30), false);
            assertThat(IngestTally.get(step(wrong, "returnsIngestStep").getExecutionContext(), IngestTally.FILES_REFUSED)).isEqualTo(2);
            assertThat(outcome(ctx, "notes-by-mistake.csv")).isEqualTo("rejected");
            assertThat(outcome(ctx, "consolidated.csv")).isEqualTo("rejected");
            assertThat(query(ctx, "select rows_accepted || '/' || rows_rejected from raw.files where original_name = 'october.csv'"))
                    .isEqualTo("0/2");

            // Nothing changed: the refused files are not tried again, and the run says so.
            JobExecution same = ingest(ctx, LocalDate.of(2026, 9, 30), false);
            assertThat(IngestTally.get(step(same, "returnsIngestStep").getExecutionContext(), IngestTally.FILES_STILL_REFUSED)).isEqualTo(2);
            assertThat(IngestTally.get(step(same, "returnsIngestStep").getExecutionContext(), IngestTally.FILES_REFUSED)).isZero();

            Files.move(inbox.resolve("returns/notes-by-mistake.csv"), inbox.resolve("notes/notes-by-mistake.csv"));
            Files.writeString(config.resolve(IngestSettings.FILE), "consolidated-files.regions = " + sameRegion.get(2) + "\n");
            JobExecution fixed = ingest(ctx, AS_OF, false);
            assertThat(fixed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(outcome(ctx, "notes-by-mistake.csv")).isEqualTo("loaded");
            assertThat(outcome(ctx, "consolidated.csv")).isEqualTo("loaded");
            assertThat(query(ctx, "select rows_accepted || '/' || rows_rejected from raw.files where original_name = 'october.csv'"))
                    .isEqualTo("2/0");
            String sha = query(ctx, "select sha256 from raw.files where original_name = 'october.csv'");
            assertThat(query(ctx, "select count(*) from raw.return_values where file_sha256 = '" + sha + "'")).isEqualTo("2");
            assertThat(query(ctx, "select count(*) from raw.rejections where file_sha256 = '" + sha + "'")).isEqualTo("0");
            // Every attempt is kept.
            assertThat(query(ctx, "select string_agg(folder || ':' || outcome, ' ' order by attempted_at) from raw.file_attempts"
                    + " where original_name = 'notes-by-mistake.csv'"))
                    .isEqualTo("returns:rejected notes:loaded");
            assertThat(query(ctx, "select string_agg(outcome || ':' || coalesce(rule_id, ''), ' ' order by attempted_at)"
                    + " from raw.file_attempts where original_name = 'consolidated.csv'")).isEqualTo("rejected:F005 loaded:");
            assertThat(query(ctx, "select count(*) from raw.file_attempts where original_name = 'october.csv'")).isEqualTo("2");
        }
    }

    @Test
    void aFileBeyondTheLimitsIsRefusedByNameAndTheRestOfTheInboxLoads() throws Exception {
        Files.writeString(config.resolve(IngestSettings.FILE), """
                max-file-megabytes = 0.2
                max-columns = 60
                rejections.max-rows-per-rule = 10
                rejections.max-value-characters = 40
                """);
        Path returns = inbox.resolve("returns");
        StringBuilder big = new StringBuilder(HEADER);
        while (big.length() < 300_000) {
            big.append("951,2026-09,NFA_PCT,,,3.3,,padding padding padding padding\n");
        }
        Files.writeString(returns.resolve("big.csv"), big);
        Files.write(returns.resolve("sparse.xlsx"), sparseWorkbook(2_000));
        StringBuilder bad = new StringBuilder(HEADER);
        for (int i = 0; i < 1_000; i++) {
            bad.append("951,2026-0").append(1 + i % 9).append(",NFA_PCT,,,lots-").append("x".repeat(100)).append(",,\n");
        }
        Files.writeString(returns.resolve("bad-rows.csv"), bad);
        Files.writeString(returns.resolve("no-period.csv"), "la_code,indicator,value\n951,NFA_PCT,3.3\n951,SW_CASELOAD_AVG,18\n");
        try (BeaconContext ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            JobExecution e = ingest(ctx, AS_OF, false);
            assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(rule(ctx, "big.csv")).isEqualTo("F007");
            assertThat(rule(ctx, "sparse.xlsx")).isEqualTo("F007");
            assertThat(query(ctx, "select message from raw.rejections r join raw.files f on f.sha256 = r.file_sha256"
                    + " where f.original_name = 'sparse.xlsx'")).contains("XFD1").contains("16,384");
            // The rest of the inbox loaded, and the summary's count is what the warehouse holds.
            long loaded = IngestTally.get(step(e, "returnsIngestStep").getExecutionContext(), IngestTally.FILES_LOADED);
            assertThat(query(ctx, "select count(*) from raw.files where kind = 'returns' and outcome = 'loaded'")).isEqualTo(String.valueOf(loaded));
            assertThat(loaded).isGreaterThan(10);
            // 1,000 bad rows: all counted, ten listed, one line for the rest, no value longer than the cap.
            assertThat(query(ctx, "select rows_received || '/' || rows_rejected from raw.files where original_name = 'bad-rows.csv'"))
                    .isEqualTo("1000/1000");
            assertThat(query(ctx, "select count(*) from raw.rejections r join raw.files f on f.sha256 = r.file_sha256"
                    + " where f.original_name = 'bad-rows.csv'")).isEqualTo("11");
            assertThat(query(ctx, "select message from raw.rejections r join raw.files f on f.sha256 = r.file_sha256"
                    + " where f.original_name = 'bad-rows.csv' and r.message like '%more rows like this%'")).contains("990 more rows");
            assertThat(query(ctx, "select max(length(offending_value)) from raw.rejections")).satisfies(
                    n -> assertThat(Integer.parseInt(n)).isLessThanOrEqualTo(40 + 40));
            // Refused whole, but every row names 951: the refusal is 951's.
            assertThat(query(ctx, "select rule_id || ':' || la_code from raw.rejections r join raw.files f on f.sha256 = r.file_sha256"
                    + " where f.original_name = 'no-period.csv'")).isEqualTo("F004:951");
        }
    }

    /** A sheet whose header has a stray cell in column XFD (the last), over {@code rows} rows. */
    static byte[] sparseWorkbook(int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = wb.createSheet("return");
            var header = sheet.createRow(0);
            String[] names = {"la_code", "period", "indicator", "value"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            header.createCell(16_383).setCellValue("stray");
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("951");
                row.createCell(1).setCellValue("2026-09");
                row.createCell(2).setCellValue("NFA_PCT");
                row.createCell(3).setCellValue(3.3);
            }
            wb.write(out);
            wb.close();
            return out.toByteArray();
        }
    }

    private List<String> sameRegionPair(BeaconContext ctx) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = ctx.warehouse().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select dfe_code, region_code from ref.authorities where region_code = "
                     + "(select min(region_code) from ref.authorities where dfe_code is not null) and dfe_code is not null order by dfe_code limit 2")) {
            while (rs.next()) {
                out.add(rs.getString(1));
                if (out.size() == 2) {
                    out.add(rs.getString(2));
                }
            }
        }
        return out;
    }

    JobExecution ingest(BeaconContext ctx, LocalDate asOf, boolean allowMixed) throws Exception {
        Thread.sleep(5); // the ingest job's run number is the start time in milliseconds
        Path root = dir;
        CycleParameters p = new CycleParameters(null, root.resolve("inbox"), root.resolve("out"), root.resolve("work"), asOf, allowMixed);
        return ctx.bean(JobOperator.class).start(ctx.bean(MonthlyCycleJobConfiguration.INGEST_JOB_NAME, Job.class), p.toIngestJobParameters());
    }

    static StepExecution step(JobExecution e, String name) {
        return e.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private static String outcome(BeaconContext ctx, String name) throws Exception {
        return query(ctx, "select outcome from raw.files where original_name = '" + name + "'");
    }

    private static String rule(BeaconContext ctx, String name) throws Exception {
        return query(ctx, "select string_agg(distinct rule_id) from raw.rejections r join raw.files f on f.sha256 = r.file_sha256"
                + " where f.original_name = '" + name + "'");
    }

    static String query(BeaconContext ctx, String sql) throws Exception {
        try (Connection c = ctx.warehouse().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
