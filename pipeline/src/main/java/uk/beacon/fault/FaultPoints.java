package uk.beacon.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.step.tasklet.Tasklet;

/**
 * Named points where the fault suite stops a real process with {@code kill -9}. Off unless
 * the JVM is started with {@code -Dbeacon.fault.pause=<point>}: at that point the process
 * writes the file named by {@code -Dbeacon.fault.marker=<file>} and waits, so the test can
 * kill it there. Points: {@code step:<stepName>} (after the step's work, before its
 * transaction commits) and {@code publish:<operation>} (before one change to the out
 * folder, see {@code uk.beacon.outputs.Publisher}). Not an operator feature: never set in
 * production.
 */
public final class FaultPoints {

    public static final String PAUSE_PROPERTY = "beacon.fault.pause";
    public static final String MARKER_PROPERTY = "beacon.fault.marker";

    private FaultPoints() {
    }

    /** Waits here for ever (to be killed) when this is the requested point; otherwise returns at once. */
    public static void reached(String point) {
        String wanted = System.getProperty(PAUSE_PROPERTY);
        if (wanted == null || !wanted.equals(point)) {
            return;
        }
        String marker = System.getProperty(MARKER_PROPERTY);
        try {
            if (marker != null) {
                Files.writeString(Path.of(marker), point, StandardCharsets.UTF_8);
            }
            while (true) {
                Thread.sleep(60_000);
            }
        } catch (IOException e) {
            throw new IllegalStateException("fault marker " + marker + " could not be written", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at fault point " + point, e);
        }
    }

    /** The tasklet, with the point {@code step:<stepName>} after each of its chunks, inside the chunk's transaction. */
    public static Tasklet around(String stepName, Tasklet tasklet) {
        return (contribution, chunkContext) -> {
            var status = tasklet.execute(contribution, chunkContext);
            reached("step:" + stepName);
            return status;
        };
    }
}
