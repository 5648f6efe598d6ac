package uk.beacon.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.cli.ExitCodes;
import uk.beacon.cli.Main;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.ingest.FileArchive;
import uk.beacon.render.Manifest;
import uk.beacon.render.ManifestEntry;
import uk.beacon.warehouse.Warehouse;

/**
 * The fault suite, and determinism, against one uninterrupted run of the demo. {@code kill -9} inside each of the seven steps of the monthly cycle, and
 * inside publication between its changes to the out folder, then restart; the result must
 * be identical to an uninterrupted run: every warehouse table by content hash, every
 * output's text, and the exit code (3: the demo's planted bad rows were rejected, in the
 * first, killed attempt's ingest).
 *
 * <p>To stay within a couple of minutes the kills are chained on one warehouse: a separate
 * JVM runs the cycle and stops at the first point, where it is killed with SIGKILL; the next
 * JVM restarts the run (so it resumes inside the step that was killed) and is killed at the
 * next point, and so on; a last restart completes the run. Each point is after its step's
 * work and before its transaction commits, the most damaging moment.
 */
class CycleKillTest {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    static final List<String> POINTS = List.of("step:returnsIngestStep", "step:intelligenceIngestStep", "step:warehouseTransformStep",
            "step:signalsDetectStep", "step:triggersTrackStep", "step:reportsRenderStep",
            "publish:rename-staging", "publish:swap-link", "publish:remove", "step:outputsPublishStep");

    @TempDir
    static Path dir;
    static Map<String, String> cleanTables;
    static Map<String, String> cleanOutputs;

    /** The uninterrupted run both tests compare with. */
    @BeforeAll
    static void cleanRun() throws Exception {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, PERIOD, 14)).write(dir.resolve("inbox"), dir.resolve("truth"));
        assertThat(Main.execute(args(dir, "clean"))).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        cleanTables = tables(dir.resolve("clean"));
        cleanOutputs = Fingerprints.outputs(dir.resolve("clean/out").resolve(PERIOD.toString()).toRealPath(), null);
    }

    /**
     * Determinism: a second clean run on identical inputs gives byte-identical tables and the
     * same text in every output (DuckDB's parallel floating-point sums once made a regional
     * value 41.450000000000003 in one run and 41.449999999999996 in the other).
     */
    @Test
    void twoCleanRunsGiveIdenticalTablesAndOutputText() throws Exception {
        assertThat(Main.execute(args(dir, "again"))).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(tables(dir.resolve("again"))).isEqualTo(cleanTables);
        assertSameOutputs(dir.resolve("again"));
    }

    @Test
    void killedInsideEveryStepAndRestartedGivesTheUninterruptedResult() throws Exception {
        String[] killed = args(dir, "killed");
        List<String> log = new ArrayList<>();
        for (String point : POINTS) {
            Path marker = dir.resolve("marker");
            Files.deleteIfExists(marker);
            Process p = new ProcessBuilder(javaCommand(point, marker, killed)).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600); // generous: the machine may be busy
            while (!Files.exists(marker) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(25);
            }
            assertThat(Files.exists(marker)).as("the child reached %s; its log:\n%s", point, Files.readString(dir.resolve("child.log"))).isTrue();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
            log.add(point);
            assertPublishedOutputsAreWhole(dir.resolve("killed/out"));
        }
        assertThat(log).hasSize(POINTS.size());

        assertThat(Main.execute(killed)).as("restart after the last kill; the input rejected in the first attempt still counts")
                .isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(tables(dir.resolve("killed"))).isEqualTo(cleanTables);
        assertSameOutputs(dir.resolve("killed"));
        try (Stream<Path> runs = Files.list(dir.resolve("killed/out/.runs").resolve(PERIOD.toString()))) {
            assertThat(runs.toList()).as("the killed attempts' folders are cleared away").hasSize(1);
        }
    }

    private static void assertSameOutputs(Path home) throws Exception {
        Map<String, String> outputs = Fingerprints.outputs(home.resolve("out").resolve(PERIOD.toString()).toRealPath(), null);
        assertThat(outputs.keySet()).isEqualTo(cleanOutputs.keySet());
        for (String path : cleanOutputs.keySet()) {
            assertThat(outputs.get(path)).as(path).isEqualTo(cleanOutputs.get(path));
        }
    }

    private static String[] args(Path dir, String name) {
        Path home = dir.resolve(name);
        return new String[] {"run", "--period", PERIOD.toString(), "--as-of", "2026-11-23", "--warehouse", home.resolve("w.duckdb").toString(),
                "--inbox", dir.resolve("inbox").toString(), "--work", home.resolve("work").toString(), "--out", home.resolve("out").toString()};
    }

    private static Map<String, String> tables(Path home) throws Exception {
        try (Warehouse w = Warehouse.open(home.resolve("w.duckdb")); Connection c = w.connect()) {
            return Fingerprints.warehouse(c);
        }
    }

    /** Whatever the link points at, at any moment, is a whole run: every file its manifest lists, and nothing else. */
    private static void assertPublishedOutputsAreWhole(Path out) throws Exception {
        Path link = out.resolve(PERIOD.toString());
        if (!Files.exists(link)) {
            return;
        }
        Path folder = link.toRealPath();
        List<ManifestEntry> manifest = Manifest.read(folder.resolve(Manifest.FILE_NAME));
        for (ManifestEntry e : manifest) {
            assertThat(FileArchive.sha256(Files.readAllBytes(folder.resolve(e.path())))).as(e.path()).isEqualTo(e.sha256());
        }
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(manifest.size() + 1);
        }
    }

    /** The same JVM and class path as this test, running Beacon's main, told to wait at {@code point}. */
    private static List<String> javaCommand(String point, Path marker, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-Dbeacon.fault.pause=" + point, "-Dbeacon.fault.marker=" + marker,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
