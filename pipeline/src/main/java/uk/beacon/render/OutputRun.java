package uk.beacon.render;

import java.nio.file.Path;
import uk.beacon.cycle.CycleParameters;

/**
 * Where one run's outputs are written. Reports render into a staging folder beside the
 * published ones ({@code out/.runs/<period>/run-<execution>.staging}); the publish step
 * renames it and swaps the {@code out/<period>} link to it in one atomic rename.
 */
public record OutputRun(Path out, String period, long jobExecutionId) {

    public static OutputRun of(CycleParameters p, long jobExecutionId) {
        return new OutputRun(p.out(), p.period().toString(), jobExecutionId);
    }

    public Path runsFolder() {
        return out.resolve(".runs").resolve(period);
    }

    public Path staging() {
        return runsFolder().resolve("run-" + jobExecutionId + ".staging");
    }

    public Path published() {
        return runsFolder().resolve("run-" + jobExecutionId);
    }

    /** The path people open: a link to the latest published run of the period. */
    public Path link() {
        return out.resolve(period);
    }
}
