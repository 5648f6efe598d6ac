package uk.beacon.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;

/** {@code beacon demo}: write fictional, deterministic demonstration inputs into the inbox. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Write synthetic demonstration inputs into the inbox: 30 fictional authorities in 3 regions, their reference data, and monthly returns with planted declines, missing returns and bad rows. The same seed always writes the same files. Every report built from them is marked as synthetic."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    FolderOptions.Inbox inbox;

    @Option(names = "--seed", defaultValue = "" + DemoSettings.DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--last-period", paramLabel = "YYYY-MM", defaultValue = "2026-10",
            description = "The latest month of returns (default: ${DEFAULT-VALUE}).")
    YearMonth lastPeriod;

    @Option(names = "--months", defaultValue = "" + DemoSettings.DEFAULT_MONTHS,
            description = "How many months of history (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--truth", paramLabel = "DIR", defaultValue = "var/demo-truth",
            description = "Where to write what was planted, for checking Beacon against (default: ${DEFAULT-VALUE}).")
    Path truth;

    @Override
    public Integer call() throws Exception {
        if (months < 1) {
            System.err.println("beacon: --months must be at least 1");
            return ExitCodes.USAGE;
        }
        DemoGenerator.Summary s = new DemoGenerator(new DemoSettings(seed, lastPeriod, months)).write(inbox.dir, truth);
        System.out.printf("Demo inputs written to %s: %d fictional authorities, %d return files (%s to %s),%n"
                        + "%d planted declines, %d missing returns, %d bad rows. What was planted: %s%n",
                inbox.dir.toAbsolutePath(), s.authorities(), s.returnFiles(), lastPeriod.minusMonths(months - 1L), lastPeriod,
                s.plantedDeclines(), s.missingReturns(), s.badRows(), truth.toAbsolutePath());
        return ExitCodes.OK;
    }
}
