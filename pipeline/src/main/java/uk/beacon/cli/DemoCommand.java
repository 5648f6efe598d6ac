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

    @Option(names = "--last-period", paramLabel = "YYYY-MM",
            description = "The latest month of returns (default: 2026-10; quarterly: 2026-09, the end of 2026 Q3).")
    YearMonth lastPeriod;

    @Option(names = "--months",
            description = "How many months of history (default: " + DemoSettings.DEFAULT_MONTHS + "; quarterly: "
                    + DemoSettings.DEFAULT_QUARTERLY_MONTHS + ", 20 quarters).")
    Integer months;

    @Option(names = "--cadence", paramLabel = "month|quarter", defaultValue = "month",
            description = "How often the fictional authorities return: month (default) or quarter (2026-Q3, ...).")
    String cadence;

    @Option(names = "--truth", paramLabel = "DIR", defaultValue = "var/demo-truth",
            description = "Where to write what was planted, for checking Beacon against (default: ${DEFAULT-VALUE}).")
    Path truth;

    @Override
    public Integer call() throws Exception {
        if (!cadence.equals("month") && !cadence.equals("quarter")) {
            System.err.println("beacon: --cadence " + cadence + ": the demo returns monthly (month) or quarterly (quarter)");
            return ExitCodes.USAGE;
        }
        boolean quarterly = cadence.equals("quarter");
        if (lastPeriod == null) {
            lastPeriod = quarterly ? YearMonth.of(2026, 9) : DemoSettings.DEFAULT_LAST_PERIOD;
        }
        if (months == null) {
            months = quarterly ? DemoSettings.DEFAULT_QUARTERLY_MONTHS : DemoSettings.DEFAULT_MONTHS;
        }
        if (months < 1) {
            System.err.println("beacon: --months must be at least 1");
            return ExitCodes.USAGE;
        }
        if (quarterly && lastPeriod.getMonthValue() % 3 != 0) {
            System.err.println("beacon: --last-period " + lastPeriod + ": a quarterly demo ends with a quarter, so its last month is "
                    + "March, June, September or December");
            return ExitCodes.USAGE;
        }
        DemoGenerator.Summary s = new DemoGenerator(new DemoSettings(seed, lastPeriod, months, quarterly)).write(inbox.dir, truth);
        System.out.printf("Demo inputs written to %s: %d fictional authorities, %d return files (%s to %s),%n"
                        + "%d planted declines, %d missing returns, %d bad rows. What was planted: %s%n",
                inbox.dir.toAbsolutePath(), s.authorities(), s.returnFiles(),
                new DemoSettings(seed, lastPeriod, months, quarterly).periodOf(lastPeriod.minusMonths(months - 1L)),
                new DemoSettings(seed, lastPeriod, months, quarterly).periodOf(lastPeriod),
                s.plantedDeclines(), s.missingReturns(), s.badRows(), truth.toAbsolutePath());
        return ExitCodes.OK;
    }
}
