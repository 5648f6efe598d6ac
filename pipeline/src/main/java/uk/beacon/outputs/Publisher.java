package uk.beacon.outputs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import uk.beacon.fault.FaultPoints;
import uk.beacon.render.Manifest;
import uk.beacon.render.OutputRun;

/**
 * Makes a rendered run the period's outputs. Every change to the out folder is one step
 * that can be interrupted, and {@link #publish} can be called again from whatever state an
 * interruption left: each step first looks whether it is already done.
 *
 * <ol>
 *   <li>{@code rename-staging}: {@code run-X.staging} becomes {@code run-X} (skipped when
 *       {@code run-X} already exists and the staging folder is gone);</li>
 *   <li>{@code set-aside-folder}: a real folder where the link belongs is moved aside, kept;</li>
 *   <li>{@code make-link} then {@code swap-link}: a new link, named for this run, is made
 *       beside {@code out/<period>} and renamed over it (rename(2) is atomic; skipped when the
 *       link already points at {@code run-X});</li>
 *   <li>{@code remove:<name>}: run folders of the period that are not the one published and
 *       whose process is gone (or is this one) are removed. Folders of a process still running
 *       are never touched: two runs sharing an out folder do not remove each other's work.</li>
 * </ol>
 */
public final class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    /** Called before each change to the out folder, with its name; the fault suite stops the process there. */
    @FunctionalInterface
    public interface Hook {
        void before(String operation) throws IOException;
    }

    private final Hook hook;

    /** The publisher of a real run: its hook is the fault suite's {@code publish:<operation>} point. */
    public Publisher() {
        this(op -> FaultPoints.reached("publish:" + op.replaceFirst(":.*", "")));
    }

    public Publisher(Hook hook) {
        this.hook = hook;
    }

    /** Publishes {@code run} (rendered into its staging folder, or already renamed); returns the published folder. */
    public Path publish(OutputRun run) throws IOException {
        Path staging = run.staging();
        Path published = run.published();
        Path link = run.link();
        if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(published, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException(published + " exists beside its staging folder " + staging
                        + ": another process is using the same run name; nothing was changed");
            }
            hook.before("rename-staging");
            Files.move(staging, published, StandardCopyOption.ATOMIC_MOVE);
        } else if (!Files.isDirectory(published, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException("No rendered outputs to publish: neither " + staging + " nor " + published
                    + " exists; run the same command again with the reports step's outputs in place, or start a new run");
        }
        if (!Files.isRegularFile(published.resolve(Manifest.FILE_NAME))) {
            throw new IllegalStateException(published + " has no " + Manifest.FILE_NAME + ": the reports step did not finish it");
        }
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            // A real folder where the link belongs (made by hand, or an older Beacon): keep it, beside the runs.
            hook.before("set-aside-folder");
            Files.move(link, published.resolveSibling("replaced-folder-" + System.currentTimeMillis()), StandardCopyOption.ATOMIC_MOVE);
        }
        Path target = link.getParent().relativize(published);
        if (!pointsAt(link, published)) {
            Path tmpLink = link.resolveSibling("." + link.getFileName() + ".swap-" + published.getFileName());
            if (Files.exists(tmpLink, LinkOption.NOFOLLOW_LINKS)) {
                hook.before("clear-link");
                Files.delete(tmpLink);
            }
            hook.before("make-link");
            Files.createSymbolicLink(tmpLink, target);
            hook.before("swap-link");
            Files.move(tmpLink, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        removeAbandoned(run, link);
        return published;
    }

    private static boolean pointsAt(Path link, Path published) throws IOException {
        if (!Files.isSymbolicLink(link)) {
            return false;
        }
        Path to = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
        return to.equals(published.normalize());
    }

    /** Removes older and abandoned run folders of the period, and stale swap links; never a live process's. */
    private void removeAbandoned(OutputRun run, Path link) throws IOException {
        long me = ProcessHandle.current().pid();
        List<Path> runs;
        try (Stream<Path> listed = Files.list(run.runsFolder())) {
            runs = listed.sorted().toList(); // in name order, so every publication removes in the same order
        }
        {
            for (Path old : runs) {
                String name = old.getFileName().toString();
                if (old.equals(run.published()) || !name.startsWith("run-") || pointsAt(link, old)) {
                    continue;
                }
                OptionalLong owner = OutputRun.ownerPid(name);
                if (owner.isPresent() && owner.getAsLong() != me && ProcessHandle.of(owner.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
                    log.info("Leaving {}: it belongs to process {}, still running", old, owner.getAsLong());
                    continue;
                }
                hook.before("remove:" + name);
                FileSystemUtils.deleteRecursively(old);
            }
        }
        String swapPrefix = "." + link.getFileName() + ".swap-";
        try (DirectoryStream<Path> links = Files.newDirectoryStream(link.getParent(), swapPrefix + "*")) {
            for (Path stale : links) {
                OptionalLong owner = OutputRun.ownerPid(stale.getFileName().toString().substring(swapPrefix.length()));
                if (owner.isEmpty() || owner.getAsLong() == me || ProcessHandle.of(owner.getAsLong()).map(ProcessHandle::isAlive).orElse(false) == false) {
                    hook.before("remove-link:" + stale.getFileName());
                    Files.deleteIfExists(stale);
                }
            }
        }
    }
}
