package uk.beacon.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The folder options, one mixin each, so that a command lists only the folders it uses
 * ({@link CommonOptions} holds what every warehouse command shares). Defaults live under var/.
 */
final class FolderOptions {

    private FolderOptions() {
    }

    /** {@code --inbox DIR}: where received files wait. */
    static final class Inbox {
        @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "var/inbox",
                description = "Where received files wait, in returns/, reference/ and notes/ (default: ${DEFAULT-VALUE}).")
        Path dir;
    }

    /** {@code --out DIR}: where outputs are published. */
    static final class Out {
        @Option(names = "--out", paramLabel = "DIR", defaultValue = "var/out",
                description = "Where outputs are published, one folder per period (default: ${DEFAULT-VALUE}).")
        Path dir;
    }

    /** {@code --work DIR}: the archive of received files and the quarantine. */
    static final class Work {
        @Option(names = "--work", paramLabel = "DIR", defaultValue = "var/work",
                description = "Beacon's working folder, with the archive of every received file and the quarantine (default: ${DEFAULT-VALUE}).")
        Path dir;

        Path archive() {
            return dir.resolve("archive");
        }

        Path quarantine() {
            return dir.resolve("quarantine");
        }
    }
}
