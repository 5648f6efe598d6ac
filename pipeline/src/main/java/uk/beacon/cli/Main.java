package uk.beacon.cli;

import picocli.CommandLine;

/** Entry point of bin/beacon. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new BeaconCommand());
        cl.setUsageHelpAutoWidth(true); // help at the terminal's width, sentences whole
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("beacon: " + FriendlyErrors.describe(ex));
            return ExitCodes.FAILURE;
        });
        return cl.execute(args);
    }
}
