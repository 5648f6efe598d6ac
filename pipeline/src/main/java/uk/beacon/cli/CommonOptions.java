package uk.beacon.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where Beacon keeps its files. Defaults live under var/, which git ignores. */
public final class CommonOptions {

    @Option(names = "--warehouse", paramLabel = "FILE", defaultValue = "var/warehouse/beacon.duckdb",
            description = "The DuckDB warehouse file (default: ${DEFAULT-VALUE}).")
    Path warehouse;

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "var/inbox",
            description = "Where received files wait: returns/ and reference/ (default: ${DEFAULT-VALUE}).")
    Path inbox;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "var/out",
            description = "Where outputs are published, one folder per period (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "var/work",
            description = "Beacon's working folder: archive of received files, quarantine (default: ${DEFAULT-VALUE}).")
    Path work;

    /** For commands that only read: true (after saying so) when there is no warehouse yet. */
    boolean noWarehouse() {
        if (java.nio.file.Files.exists(warehouse)) {
            return false;
        }
        System.err.println("beacon: no warehouse at " + warehouse.toAbsolutePath()
                + " - run 'beacon run --period YYYY-MM' first, or give --warehouse FILE.");
        return true;
    }
}
