package uk.beacon.render;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import uk.beacon.cycle.CycleParameters;

/**
 * Where one run's outputs are written. Reports render into a staging folder beside the
 * published ones ({@code out/.runs/<period>/run-<execution>-<pid>-<random>.staging}); the
 * publish step renames it (dropping {@code .staging}) and swaps the {@code out/<period>}
 * link to it in one atomic rename. The process id and random part make the name unique to
 * this process, so two runs sharing an out folder (on copies of a warehouse, whose
 * execution numbers are the same) never write into each other's folders.
 */
public record OutputRun(Path out, String period, String runName) {

    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String STAGING_SUFFIX = ".staging";

    /** A new, unique run folder name for this execution in this process. */
    public static OutputRun of(CycleParameters p, long jobExecutionId) {
        byte[] token = new byte[4];
        RANDOM.nextBytes(token);
        return new OutputRun(p.out(), p.period().toString(),
                "run-" + jobExecutionId + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(token));
    }

    /** The run whose staging folder is {@code staging} (as recorded by the reports step). */
    public static OutputRun ofStaging(Path out, String period, Path staging) {
        String name = staging.getFileName().toString();
        if (!name.endsWith(STAGING_SUFFIX)) {
            throw new IllegalArgumentException("not a staging folder: " + staging);
        }
        return new OutputRun(out, period, name.substring(0, name.length() - STAGING_SUFFIX.length()));
    }

    public Path runsFolder() {
        return out.resolve(".runs").resolve(period);
    }

    public Path staging() {
        return runsFolder().resolve(runName + STAGING_SUFFIX);
    }

    public Path published() {
        return runsFolder().resolve(runName);
    }

    /** The path people open: a link to the latest published run of the period. */
    public Path link() {
        return out.resolve(period);
    }

    /** The process that made a run folder named like ours ({@code run-<execution>-<pid>-<random>}), if the name says. */
    public static java.util.OptionalLong ownerPid(String folderName) {
        String[] parts = folderName.replace(STAGING_SUFFIX, "").split("-");
        if (parts.length == 4 && parts[0].equals("run")) {
            try {
                return java.util.OptionalLong.of(Long.parseLong(parts[2]));
            } catch (NumberFormatException e) {
                return java.util.OptionalLong.empty();
            }
        }
        return java.util.OptionalLong.empty();
    }
}
