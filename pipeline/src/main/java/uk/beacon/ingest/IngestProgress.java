package uk.beacon.ingest;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal (standard error) for ingests that take more than a couple
 * of seconds. It appears only when a person is watching (a console is attached) and only
 * once the ingest has run for {@link #SHOW_AFTER}, so short runs, tests and CI logs stay clean.
 */
final class IngestProgress implements AutoCloseable {

    static final Duration SHOW_AFTER = Duration.ofSeconds(2);

    private final long total;
    private final long startedAt = System.nanoTime();
    private final boolean interactive = System.console() != null;
    private ProgressBar bar;

    IngestProgress(long totalFiles) {
        this.total = totalFiles;
    }

    void filesDone(long done) {
        if (bar == null) {
            if (!interactive || System.nanoTime() - startedAt < SHOW_AFTER.toNanos()) {
                return;
            }
            bar = ProgressBar.builder().setTaskName("Ingest").setInitialMax(total).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build();
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
