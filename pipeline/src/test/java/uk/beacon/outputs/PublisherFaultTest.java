package uk.beacon.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.ingest.FileArchive;
import uk.beacon.render.Manifest;
import uk.beacon.render.ManifestEntry;
import uk.beacon.render.OutputRun;

/**
 * Publishing killed before each change it makes to the out folder, then run again: the
 * result is the same as an uninterrupted publication, and at every moment in between the
 * period's link opens a complete run whose files match its manifest. (The fault suite,
 * {@code uk.beacon.fault.CycleKillTest}, also kills a real process with SIGKILL inside publication.)
 */
class PublisherFaultTest {

    /** Stops publication before its k-th change to the out folder (counting from 0). */
    private static final class StopAt implements Publisher.Hook {
        final int k;
        final List<String> seen = new ArrayList<>();

        StopAt(int k) {
            this.k = k;
        }

        @Override
        public void before(String operation) throws IOException {
            if (seen.size() == k) {
                throw new IOException("killed before " + operation);
            }
            seen.add(operation);
        }
    }

    /** A process id that is not running (Linux pids stop at 4,194,304). */
    private static final long DEAD_PID = 4_194_399L;

    /** The state a new run's publication starts from: last run's outputs published, this run's rendered, a killed run's staging. */
    private static OutputRun setUp(Path out) throws Exception {
        OutputRun previous = new OutputRun(out, "2026-10", "run-1-" + DEAD_PID + "-aaaa0001");
        render(previous.staging(), "old");
        new Publisher(op -> { }).publish(previous);
        render(new OutputRun(out, "2026-10", "run-2-" + DEAD_PID + "-aaaa0002").staging(), "abandoned");
        OutputRun run = new OutputRun(out, "2026-10", "run-3-" + ProcessHandle.current().pid() + "-bbbb0003");
        render(run.staging(), "new");
        return run;
    }

    private static void render(Path staging, String version) throws Exception {
        List<ManifestEntry> entries = new ArrayList<>();
        for (String f : List.of("region/north/pack.pdf", "authority/951/951-rejections.csv", "sector-body/triage.xlsx")) {
            Path file = staging.resolve(f);
            Files.createDirectories(file.getParent());
            Files.writeString(file, version + " " + f, StandardCharsets.UTF_8);
            entries.add(Manifest.entry(staging, file, "test", "region", "TLP:GREEN", null));
        }
        Manifest.write(staging, "2026-10", "2026-11-23", 1, true, entries);
    }

    @Test
    void killedBeforeEachChangeToTheOutFolderThenRunAgainGivesTheUninterruptedResult(@TempDir Path dir) throws Exception {
        Path cleanOut = dir.resolve("clean");
        OutputRun clean = setUp(cleanOut);
        StopAt counter = new StopAt(Integer.MAX_VALUE);
        new Publisher(counter).publish(clean);
        Map<String, String> expected = snapshot(cleanOut);
        assertThat(expected).containsEntry("2026-10 -> ", ".runs/2026-10/" + clean.runName())
                .doesNotContainKey(".runs/2026-10/run-1-" + DEAD_PID + "-aaaa0001/")
                .doesNotContainKey(".runs/2026-10/run-2-" + DEAD_PID + "-aaaa0002.staging/");
        assertThat(counter.seen).as("every change publication makes").containsExactly("rename-staging", "make-link", "swap-link",
                "remove:run-1-" + DEAD_PID + "-aaaa0001", "remove:run-2-" + DEAD_PID + "-aaaa0002.staging");

        for (int k = 0; k < counter.seen.size(); k++) {
            Path out = dir.resolve("kill-" + k);
            OutputRun run = setUp(out);
            int killedAt = k;
            assertThatThrownBy(() -> new Publisher(new StopAt(killedAt)).publish(run)).isInstanceOf(IOException.class);
            assertLinkOpensACompleteRun(out);

            new Publisher(op -> { }).publish(run);
            assertThat(snapshot(out)).as("killed before %s, then run again", counter.seen.get(k)).isEqualTo(expected);
            // Once more, as a restart after the step finished but before it committed: nothing changes.
            new Publisher(op -> { }).publish(run);
            assertThat(snapshot(out)).isEqualTo(expected);
        }
    }

    @Test
    void aStaleSwapLinkFromAKilledPublicationIsReplaced(@TempDir Path out) throws Exception {
        OutputRun run = setUp(out);
        Files.createSymbolicLink(out.resolve(".2026-10.swap-" + run.runName()), Path.of("nowhere"));
        new Publisher(op -> { }).publish(run);
        assertThat(out.resolve("2026-10").toRealPath()).isEqualTo(run.published().toRealPath());
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("2026-10", ".runs");
        }
    }

    @Test
    void twoProcessesSharingAnOutFolderNeverTouchEachOthersFolders(@TempDir Path out) throws Exception {
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            // Copies of one warehouse: the same execution number, different processes.
            OutputRun mine = new OutputRun(out, "2026-10", "run-2-" + ProcessHandle.current().pid() + "-00000001");
            OutputRun theirs = new OutputRun(out, "2026-10", "run-2-" + other.pid() + "-00000002");
            render(mine.staging(), "mine");
            render(theirs.staging(), "theirs");
            new Publisher(op -> { }).publish(mine);
            assertThat(theirs.staging()).as("a live process's staging folder is left alone").isDirectory();
            assertLinkOpensACompleteRun(out);
            assertThat(Files.readString(out.resolve("2026-10/region/north/pack.pdf"))).startsWith("mine");

            new Publisher(op -> { }).publish(theirs);
            assertLinkOpensACompleteRun(out);
            assertThat(Files.readString(out.resolve("2026-10/region/north/pack.pdf"))).startsWith("theirs");
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void withNothingRenderedItSaysSoAndChangesNothing(@TempDir Path out) throws Exception {
        OutputRun run = new OutputRun(out, "2026-10", "run-9-1-00000009");
        Files.createDirectories(run.runsFolder());
        assertThatThrownBy(() -> new Publisher(op -> { }).publish(run)).hasMessageContaining("No rendered outputs to publish");
        assertThat(out.resolve("2026-10")).doesNotExist();
    }

    private static void assertLinkOpensACompleteRun(Path out) throws Exception {
        Path link = out.resolve("2026-10");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        Path folder = link.toRealPath();
        List<ManifestEntry> manifest = Manifest.read(folder.resolve(Manifest.FILE_NAME));
        for (ManifestEntry e : manifest) {
            assertThat(FileArchive.sha256(Files.readAllBytes(folder.resolve(e.path())))).as(e.path()).isEqualTo(e.sha256());
        }
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(manifest.size() + 1);
        }
    }

    /** Every entry under the out folder: files by content, links by target, folders by name. */
    private static Map<String, String> snapshot(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String rel = out.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    m.put(rel + " -> ", Files.readSymbolicLink(p).toString());
                } else if (Files.isRegularFile(p)) {
                    m.put(rel, Files.readString(p));
                } else if (!rel.isEmpty()) {
                    m.put(rel + "/", "");
                }
            }
        }
        return m;
    }
}
