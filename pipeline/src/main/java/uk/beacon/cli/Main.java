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
        uk.beacon.config.ConfigResources.useDirectory(null); // --config or BEACON_CONFIG sets it for this command
        CommandLine cl = new CommandLine(new BeaconCommand());
        cl.setUsageHelpAutoWidth(true); // help at the terminal's width, sentences whole
        wrapDescriptionsAtSpaces(cl);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("beacon: " + FriendlyErrors.describe(ex));
            return ExitCodes.FAILURE;
        });
        return cl.execute(args);
    }

    /**
     * A command's description, wrapped at the help's width only between words: picocli's own
     * wrapping also breaks after a dot, splitting names like docs/data-dictionary.md or .help.
     */
    static void wrapDescriptionsAtSpaces(CommandLine cl) {
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> {
            int width = help.commandSpec().usageMessage().width();
            StringBuilder b = new StringBuilder();
            for (String paragraph : help.commandSpec().usageMessage().description()) {
                b.append(wrap(paragraph, width));
            }
            return b.toString();
        });
        cl.getSubcommands().values().forEach(Main::wrapDescriptionsAtSpaces);
    }

    static String wrap(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return out.append(line).append('\n').toString();
    }
}
