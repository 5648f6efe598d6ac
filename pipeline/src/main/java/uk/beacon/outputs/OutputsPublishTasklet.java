package uk.beacon.outputs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.render.OutputRun;
import uk.beacon.render.ReportsRenderTasklet;

/**
 * The publish step: makes the run's outputs the period's outputs in one atomic step.
 *
 * <p>{@code out/<period>} is a symbolic link to {@code out/.runs/<period>/run-<n>}. A new
 * link is made beside it and renamed over it (rename(2) is atomic), so a reader sees either
 * the old outputs or the new ones, never a mixture or nothing. Older runs of the period are
 * removed afterwards.
 */
public final class OutputsPublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(OutputsPublishTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        CycleParameters params = CycleParameters.from(step.getJobParameters());
        OutputRun run = OutputRun.of(params, step.getJobExecutionId());
        String stagingText = step.getJobExecution().getExecutionContext().getString(ReportsRenderTasklet.STAGING_KEY, null);
        if (stagingText == null || !Files.isDirectory(Path.of(stagingText))) {
            throw new IllegalStateException("No rendered outputs to publish (expected " + run.staging()
                    + "); restart the run so the reports step renders them again.");
        }
        Path published = publish(Path.of(stagingText), run.published(), run.link());
        log.info("Published {} -> {}", run.link(), published);
        return RepeatStatus.FINISHED;
    }

    /** Renames staging to its final name, swaps the link to it atomically, then removes older runs. */
    static Path publish(Path staging, Path published, Path link) throws IOException {
        Files.move(staging, published, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            // A real folder where the link belongs (made by hand, or an older Beacon): keep it, beside the runs.
            Files.move(link, published.resolveSibling("replaced-folder-" + System.currentTimeMillis()), StandardCopyOption.ATOMIC_MOVE);
        }
        Path tmpLink = link.resolveSibling("." + link.getFileName() + ".swap");
        Files.deleteIfExists(tmpLink);
        Files.createSymbolicLink(tmpLink, link.getParent().relativize(published));
        Files.move(tmpLink, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(published.getParent())) {
            for (Path old : runs) {
                if (!old.equals(published) && old.getFileName().toString().startsWith("run-")) {
                    FileSystemUtils.deleteRecursively(old);
                }
            }
        }
        return published;
    }
}
