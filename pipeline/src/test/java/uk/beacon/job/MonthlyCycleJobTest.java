package uk.beacon.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.ingest.FileArchive;
import uk.beacon.render.Manifest;
import uk.beacon.render.ManifestEntry;
import uk.beacon.cycle.CycleParameters;

/** Runs the whole monthly cycle on demo inputs against a temporary warehouse file. */
class MonthlyCycleJobTest {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path inputs;

    @BeforeAll
    static void writeDemo() throws Exception {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, PERIOD, 14)).write(inputs.resolve("inbox"), inputs.resolve("truth"));
    }

    private static CycleParameters params(Path dir) {
        return new CycleParameters(PERIOD, inputs.resolve("inbox"), dir.resolve("out"), dir.resolve("work"), AS_OF);
    }

    @Test
    void runsEveryStepAndWritesRowsOutputsAndManifest(@TempDir Path dir) throws Exception {
        try (BeaconContext ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            JobExecution run = new MonthlyCycleRunner(ctx).run(params(dir));

            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            Map<String, StepExecution> steps = byName(run);
            assertThat(steps).containsOnlyKeys("returnsIngestStep", "intelligenceIngestStep", "warehouseTransformStep", "signalsDetectStep", "triggersTrackStep",
                    "reportsRenderStep", "outputsPublishStep");
            steps.values().forEach(s -> assertThat(s.getStatus()).isEqualTo(BatchStatus.COMPLETED));

            try (Connection c = ctx.warehouse().connect()) {
                long figures = count(c, "raw.return_values");
                // 30 authorities x 14 months x 18 indicators, less 4 missing returns and 5 spoiled rows, plus 1 resubmitted figure.
                assertThat(figures).isEqualTo(30L * 14 * 18 - 4 * 18 - 5 + 1);
                assertThat(steps.get("returnsIngestStep").getWriteCount()).isEqualTo(figures);
                assertThat(count(c, "raw.rejections")).as("5 planted bad rows, 2 spoiled notes").isEqualTo(7);
                assertThat(count(c, "core.indicator_values")).isEqualTo(figures - 1); // the resubmission supersedes one figure
                assertThat(count(c, "core.authorities")).isEqualTo(30);
                assertThat(steps.get("warehouseTransformStep").getExecutionContext().getLong("rows.core.indicator_values")).isEqualTo(figures - 1);
                assertThat(steps.get("signalsDetectStep").getExecutionContext().getLong("rows.marts.authority_comparison"))
                        .isEqualTo(count(c, "marts.authority_comparison")).isEqualTo(30L * 14 * 18);
                assertThat(scalar(c, "select count(*) from signals.missing_returns where period = '2026-10' and state = 'missing'")).isEqualTo(2);
                assertThat(scalar(c, "select value from marts.indicator_values where la_code = '962' and period = '2026-10' and indicator = 'SW_VACANCY_PCT'"))
                        .as("resubmitted figure wins").isEqualTo(19.5);
            }

            Path published = dir.resolve("out").resolve("2026-10");
            assertThat(Files.isSymbolicLink(published)).isTrue();
            List<ManifestEntry> manifest = Manifest.read(published.resolve("manifest.json"));
            assertThat(manifest.stream().filter(e -> e.kind().equals("authority-dashboard") && e.audience().equals("region"))).hasSize(30);
            assertThat(manifest.stream().filter(e -> e.kind().equals("authority-dashboard") && e.audience().equals("authority"))).hasSize(30);
            assertThat(manifest.stream().filter(e -> e.kind().equals("rejection-report"))).hasSize(6);
            assertThat(manifest.stream().filter(e -> e.kind().equals("rejection-summary"))).hasSize(6);
            assertThat(manifest).filteredOn(e -> e.path().equals("sector-body/intelligence-rejections.csv"))
                    .singleElement().satisfies(e -> assertThat(e.audience()).isEqualTo("sector-body"));
            for (ManifestEntry e : manifest) {
                assertThat(FileArchive.sha256(Files.readAllBytes(published.resolve(e.path())))).as(e.path()).isEqualTo(e.sha256());
            }
            try (Stream<Path> files = Files.walk(published.toRealPath())) {
                assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(manifest.size() + 1);
            }
            assertThat(steps.get("reportsRenderStep").getWriteCount()).isEqualTo(manifest.size());
        }
    }

    @Test
    void runningThePeriodAgainChangesNoRowCountsAndSwapsOutputsAtomically(@TempDir Path dir) throws Exception {
        try (BeaconContext ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            MonthlyCycleRunner runner = new MonthlyCycleRunner(ctx);
            runner.run(params(dir));
            Map<String, Long> before = dataRowCounts(ctx);
            Path firstRun = dir.resolve("out/2026-10").toRealPath();

            JobExecution again = runner.run(params(dir));

            assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(dataRowCounts(ctx)).isEqualTo(before);
            Path secondRun = dir.resolve("out/2026-10").toRealPath();
            assertThat(secondRun).isNotEqualTo(firstRun);
            assertThat(firstRun).doesNotExist();
            assertThat(secondRun.resolve("manifest.json")).exists();
        }
    }

    @Test
    void aFailedRunRestartsFromTheFailedStepAndKeepsWhatEarlierStepsCommitted(@TempDir Path dir) throws Exception {
        // A file where the reports step wants a folder makes that step fail.
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/.runs"), "in the way");
        try (BeaconContext ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            MonthlyCycleRunner runner = new MonthlyCycleRunner(ctx);
            JobExecution failed = runner.run(params(dir));
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(byName(failed).get("reportsRenderStep").getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(byName(failed)).doesNotContainKey("outputsPublishStep");
            Map<String, Long> afterFailure = dataRowCounts(ctx);
            assertThat(afterFailure.get("raw.return_values")).isPositive();
            assertThat(dir.resolve("out/2026-10")).doesNotExist();

            Files.delete(dir.resolve("out/.runs"));
            JobExecution restarted = runner.run(params(dir));

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(byName(restarted)).containsOnlyKeys("reportsRenderStep", "outputsPublishStep");
            assertThat(dataRowCounts(ctx)).isEqualTo(afterFailure);
            assertThat(dir.resolve("out/2026-10/manifest.json")).exists();
        }
    }

    static Map<String, StepExecution> byName(JobExecution e) {
        Map<String, StepExecution> m = new LinkedHashMap<>();
        MonthlyCycleRunner.stepsInOrder(e).forEach(s -> m.put(s.getStepName(), s));
        return m;
    }

    /** Row counts of every table in the data schemas (not Spring Batch's own bookkeeping). */
    static Map<String, Long> dataRowCounts(BeaconContext ctx) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = ctx.warehouse().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select schema_name || '.' || table_name from duckdb_tables() "
                     + "where schema_name in ('raw','ref','staging','core','signals','marts') order by 1")) {
            while (rs.next()) {
                counts.put(rs.getString(1), count(c, rs.getString(1)));
            }
        }
        return counts;
    }

    static long count(Connection c, String table) throws Exception {
        return (long) scalar(c, "select count(*) from " + table);
    }

    static double scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
