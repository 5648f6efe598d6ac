package uk.beacon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.beacon.config.ConfigResources;

/** The options every warehouse command shares (the folders are in {@link FolderOptions}). Defaults live under var/, which git ignores. */
public final class CommonOptions {

    @Option(names = "--warehouse", paramLabel = "FILE", defaultValue = "var/warehouse/beacon.duckdb",
            description = "The DuckDB warehouse file (default: ${DEFAULT-VALUE}).")
    Path warehouse;

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /**
     * The configuration directory: its files override the shipped config/ file by file. Set for
     * the whole process (every command reads configuration through ConfigResources); without
     * the option and the environment variable, the shipped files alone.
     */
    @Option(names = "--config", paramLabel = "DIR", defaultValue = "${env:BEACON_CONFIG}",
            description = "A configuration directory whose files (publications.csv, publication-dates.csv, indicators.csv, "
                    + "early-warning.properties, audiences.csv, code-changes.csv) override the shipped ones file by file "
                    + "(default: the environment variable BEACON_CONFIG, else the shipped files only).")
    void config(Path dir) {
        if (dir != null && !dir.toString().isBlank() && !Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--config " + dir + ": no such directory"
                    + (System.getenv(ConfigResources.ENV) != null ? " (from " + ConfigResources.ENV + ")" : "")
                    + ". Give a directory holding the configuration files to override, e.g. a copy of config/.");
        }
        ConfigResources.useDirectory(dir == null || dir.toString().isBlank() ? null : dir);
    }

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
