package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.cli.ExitCodes;
import uk.beacon.cli.Main;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.warehouse.Warehouse;

/**
 * A real kill: a separate JVM ingests 6,000 files and is killed with SIGKILL while a batch is
 * in flight. Every file in the warehouse afterwards must be complete, and running the ingest
 * again must load the rest exactly once.
 */
class IngestKillTest {

    @Test
    void aKillDuringIngestLeavesNoPartialFileAndARerunCompletesWithoutDuplicates(@TempDir Path dir) throws Exception {
        new DemoGenerator(new DemoSettings(1, YearMonth.of(2026, 10), 200)).write(dir.resolve("inbox"), dir.resolve("truth"));
        Path warehouse = dir.resolve("w.duckdb");
        String[] args = {"ingest", "--warehouse", warehouse.toString(), "--inbox", dir.resolve("inbox").toString(),
                "--work", dir.resolve("work").toString(), "--as-of", "2026-11-23"};

        Process p = new ProcessBuilder(javaCommand(args)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        // The archive fills as files are read, before their batch commits: wait until the second batch is under way.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (archived(dir) < ReturnsIngestTasklet.FILES_PER_BATCH + 300 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("the child must still be ingesting when killed; log: %s", Files.readString(dir.resolve("child.log"))).isTrue();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        long totalFiles;
        try (Stream<Path> s = Files.walk(dir.resolve("inbox/returns"))) {
            totalFiles = s.filter(Files::isRegularFile).count();
        }
        try (Warehouse w = Warehouse.open(warehouse); Connection c = w.connect()) {
            long files = scalar(c, "select count(*) from raw.files where kind = 'returns'");
            assertThat(files).as("whole batches only").isLessThan(totalFiles).isEqualTo(files / ReturnsIngestTasklet.FILES_PER_BATCH * ReturnsIngestTasklet.FILES_PER_BATCH);
            assertThat(scalar(c, """
                    select count(*) from raw.files f
                    where f.kind = 'returns'
                      and f.rows_accepted <> (select count(*) from raw.return_values v where v.file_sha256 = f.sha256)"""))
                    .as("files whose rows are not all loaded").isZero();
        }

        assertThat(Main.execute(args)).isIn(ExitCodes.OK, ExitCodes.COMPLETED_WITH_REJECTIONS);

        try (Warehouse w = Warehouse.open(warehouse); Connection c = w.connect()) {
            assertThat(scalar(c, "select count(*) from batch_job_execution where status in ('STARTED', 'STARTING')"))
                    .as("the killed ingest is not left running for ever").isZero();
            assertThat(scalar(c, "select count(*) from raw.files where kind = 'returns'")).isEqualTo(totalFiles);
            assertThat(scalar(c, "select count(*) from (select file_sha256, row_number, indicator from raw.return_values group by all having count(*) > 1)"))
                    .as("duplicated rows").isZero();
            assertThat(scalar(c, "select sum(rows_accepted) from raw.files where kind = 'returns'")).isEqualTo(scalar(c, "select count(*) from raw.return_values"));
        }
    }

    private static long archived(Path dir) throws Exception {
        Path archive = dir.resolve("work/archive");
        if (!Files.isDirectory(archive)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(archive)) {
            return s.filter(Files::isRegularFile).count();
        } catch (java.io.UncheckedIOException e) {
            return 0; // a temp file was renamed while we walked: look again on the next poll
        }
    }

    /** The same JVM and class path as this test (surefire's class path), running Beacon's main. */
    private static List<String> javaCommand(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static long scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
