package uk.beacon.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every warehouse command shares (the folders are in {@link FolderOptions}). Defaults live under var/, which git ignores. */
public final class CommonOptions {

    @Option(names = "--warehouse", paramLabel = "FILE", defaultValue = "var/warehouse/beacon.duckdb",
            description = "The DuckDB warehouse file (default: ${DEFAULT-VALUE}).")
    Path warehouse;

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
