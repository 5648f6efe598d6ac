package uk.beacon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.beacon.transform.SettingsSync;
import uk.beacon.triggers.Backtest;
import uk.beacon.warehouse.Warehouse;

/** {@code beacon backtest}: how early, and how often wrongly, would the method have triggered? */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Replay the warehouse's history month by month (each month using only data up to it) and measure the early-warning method against adverse events: inspections judged Inadequate (core.inspections) and, for demo data, the planted declines (at their worst month). Reports, for the configured level thresholds and variations around them: detection rate, lead time and false triggers per authority-year and per region-year."})
final class BacktestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--truth", paramLabel = "FILE", defaultValue = "var/demo-truth/planted_declines.csv",
            description = "Planted declines to measure against, if the file exists (default: ${DEFAULT-VALUE}).")
    Path truth;

    @Option(names = "--lookback", defaultValue = "12", description = "Months before an event in which a trigger counts as detecting it (default: ${DEFAULT-VALUE}).")
    int lookback;

    @Override
    public Integer call() throws Exception {
        if (common.noWarehouse()) {
            return ExitCodes.FAILURE;
        }
        Properties settings = SettingsSync.builtIn();
        double watch = Double.parseDouble(settings.getProperty("assessment.level.watch").trim());
        double concern = Double.parseDouble(settings.getProperty("assessment.level.concern").trim());
        double serious = Double.parseDouble(settings.getProperty("assessment.level.serious").trim());
        List<Backtest.Config> configs = List.of(
                new Backtest.Config("configured", watch, concern, serious),
                new Backtest.Config("stricter (x1.33)", watch * 4 / 3, concern * 4 / 3, serious * 4 / 3),
                new Backtest.Config("looser (x0.67)", watch * 2 / 3, concern * 2 / 3, serious * 2 / 3),
                new Backtest.Config("serious only", serious, serious, serious));
        try (Warehouse w = Warehouse.openWithoutMigrating(common.warehouse); Connection c = w.connect()) {
            List<Backtest.Event> events = events(c);
            if (events.isEmpty()) {
                System.err.println("beacon: no adverse events to measure against (no Inadequate inspections, no planted declines).");
                return ExitCodes.FAILURE;
            }
            Backtest backtest = new Backtest(settings, lookback);
            System.out.printf("Backtest over %d adverse event(s); a trigger counts if it opened up to %d months before the event.%n%n",
                    events.size(), lookback);
            System.out.printf("%-18s %-14s %10s %12s %16s %17s%n", "configuration", "concern from", "detected", "median lead",
                    "false triggers", "per region-year");
            Backtest.Result first = null;
            for (Backtest.Config cfg : configs) {
                Backtest.Result r = backtest.run(c, cfg, events);
                first = first == null ? r : first;
                System.out.printf(Locale.UK, "%-18s %-14s %9.0f%% %9s mo %9d (%.2f/auth-yr) %11.2f%n", cfg.name(), fmt(cfg.concern()),
                        100 * r.detectionRate(), Double.isNaN(r.medianLead()) ? "-" : fmt(r.medianLead()), r.falseTriggers().size(),
                        r.falseTriggers().size() / r.authorityYears(), r.falseTriggers().size() / r.regionYears());
            }
            System.out.println("\nEvents under the configured thresholds:");
            for (Backtest.Outcome o : first.outcomes()) {
                System.out.printf("  %-4s %-28s %s  %s%n", o.event().laCode(), o.event().kind(), o.event().month(),
                        o.triggerId() == null ? "NOT DETECTED" : "trigger " + o.triggerId() + ", " + o.leadMonths() + " month(s) before");
            }
            if (!first.falseTriggers().isEmpty()) {
                System.out.println("False triggers under the configured thresholds:");
                first.falseTriggers().forEach(t -> System.out.printf("  %s opened %s at %s%n", t.id(), t.opened(), t.levelAtOpening()));
            }
            return ExitCodes.OK;
        }
    }

    private List<Backtest.Event> events(Connection c) throws Exception {
        List<Backtest.Event> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select la_code, strftime(inspection_date, '%Y-%m') from core.inspections where overall_effectiveness = 'Inadequate' order by 2")) {
            while (rs.next()) {
                out.add(new Backtest.Event(rs.getString(1), "inspection judged inadequate", YearMonth.parse(rs.getString(2))));
            }
        }
        if (Files.isRegularFile(truth)) {
            for (String line : Files.readAllLines(truth).subList(1, Files.readAllLines(truth).size())) {
                String[] f = line.split(",");
                out.add(new Backtest.Event(f[0], "planted decline (worst)", YearMonth.parse(f[3])));
            }
        }
        return out;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.UK, "%.1f", v);
    }
}
