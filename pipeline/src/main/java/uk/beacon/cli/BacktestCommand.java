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
import uk.beacon.triggers.JudgementBacktest;
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

    @Option(names = "--reference-sd", defaultValue = "1.5", paramLabel = "SD",
            description = "Reference rule: worse than England by more than this many standard deviations (default: ${DEFAULT-VALUE}).")
    double referenceSd;

    @Option(names = "--reference-min", defaultValue = "2", paramLabel = "N",
            description = "Reference rule: on at least this many indicators (default: ${DEFAULT-VALUE}).")
    int referenceMin;

    @Option(names = "--fit-years", defaultValue = "2018-2019", paramLabel = "YYYY-YYYY",
            description = "Judgements published in these years are the ones the calibration is fitted on (default: ${DEFAULT-VALUE}).")
    String fitYears;

    @Option(names = "--test-years", defaultValue = "2020-2021", paramLabel = "YYYY-YYYY",
            description = "Judgements published in these years are held out and only scored (default: ${DEFAULT-VALUE}).")
    String testYears;

    @Option(names = "--fit", description = "Fit the assessment weights (by signal family) and the level thresholds to the "
            + "fit years' judgements with a small grid, and score the result on the held-out years (docs/early-warning.md).")
    boolean fit;

    @Option(names = "--write-settings", paramLabel = "FILE",
            description = "With --fit: write the fitted weights and levels into this early-warning.properties file "
                    + "(other lines kept), with the figures they were chosen on as comments.")
    Path writeSettings;

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
            JudgementBacktest jb = new JudgementBacktest(c, lookback, referenceSd, referenceMin);
            if (!jb.judgements().isEmpty()) {
                int status = judgements(jb, settings);
                if (status != ExitCodes.OK || !Files.isRegularFile(truth)) {
                    return status;
                }
                System.out.println();
            }
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

    private int judgements(JudgementBacktest jb, Properties settings) throws Exception {
        int[] fitSpan = years(fitYears, "--fit-years");
        int[] testSpan = years(testYears, "--test-years");
        if (fitSpan == null || testSpan == null) {
            return ExitCodes.USAGE;
        }
        List<JudgementBacktest.Judgement> all = jb.judgements();
        List<JudgementBacktest.Judgement> fitSet = jb.publishedIn(fitSpan[0], fitSpan[1]);
        List<JudgementBacktest.Judgement> testSet = jb.publishedIn(testSpan[0], testSpan[1]);
        long inadequate = all.stream().filter(j -> "Inadequate".equalsIgnoreCase(j.outcome())).count();
        System.out.printf("Backtest against inspection judgements: %d judgement(s), %d Inadequate, published %s to %s (core.inspections).%n",
                all.size(), inadequate, all.stream().map(j -> j.published()).min(java.util.Comparator.naturalOrder()).orElseThrow(),
                all.stream().map(j -> j.published()).max(java.util.Comparator.naturalOrder()).orElseThrow());
        System.out.printf("A judgement counts as flagged when the method flagged the authority in any of the %d months before the month of%n"
                + "the inspection, each month as of itself (only figures known by its end).%n", lookback);
        YearMonth[] a = jb.assessedSpan();
        YearMonth[] r = jb.referenceSpan();
        System.out.println("  Beacon: the monthly concern assessment at level concern or above" + (a == null
                ? " - NO ASSESSMENTS in marts.concern_assessment (run 'beacon run --period YYYY-MM' first)" : ", " + a[0] + " to " + a[1]) + ".");
        System.out.printf(Locale.UK, "  Reference rule: worse than England's published figure by more than %s SD on at least %d indicators in the last%n"
                + "  published year as of the month%s.%n", fmt(referenceSd), referenceMin, r == null ? " - NO PUBLISHED FIGURES with England's" : ", " + r[0] + " to " + r[1]);
        JudgementBacktest.Calibration configured = JudgementBacktest.configured(settings);
        JudgementBacktest.Calibration fitted = null;
        if (fit) {
            if (!jb.hasAssessments()) {
                System.err.println("beacon: --fit needs the monthly assessments (marts.concern_assessment): run 'beacon run --period YYYY-MM' first.");
                return ExitCodes.FAILURE;
            }
            fitted = jb.fit(fitSet, settings, THRESHOLDS);
            if (System.getenv("BEACON_FIT_REPORT") != null) {
                // The frontier the choice was made on: for each recall on the fit years, the best lift there.
                java.util.Map<Integer, java.util.Map.Entry<JudgementBacktest.Calibration, JudgementBacktest.Measures>> front = new java.util.TreeMap<>();
                for (var e : jb.gridMeasures(fitSet, THRESHOLDS)) {
                    front.merge(e.getValue().caught(), e, (x, y) -> y.getValue().lift() > x.getValue().lift() ? y : x);
                }
                front.values().forEach(e -> System.out.printf(Locale.UK, "  fit: caught %d, flagged %d, lift %s | held out: %s | %s%n",
                        e.getValue().caught(), e.getValue().flagged(), fmt2(e.getValue().lift()),
                        jb.beacon(testSet, e.getKey(), settings).caught() + "/" + jb.beacon(testSet, e.getKey(), settings).flagged(), e.getKey()));
            }
        }
        System.out.printf("%n%-28s %-20s %5s %5s %6s %8s %7s %7s %9s %6s %9s %15s%n", "judgements", "method", "judg.", "inad.",
                "base", "flagged", "caught", "recall", "precision", "lift", "med. lead", "triggers/reg-yr");
        String[] setNames = {"fit (published " + fitYears + ")", "held out (" + testYears + ")", "all"};
        List<List<JudgementBacktest.Judgement>> sets = List.of(fitSet, testSet, all);
        for (int i = 0; i < sets.size(); i++) {
            row(setNames[i], "Beacon (configured)", jb.beacon(sets.get(i), configured, settings));
            if (fitted != null) {
                row("", "Beacon (fitted)", jb.beacon(sets.get(i), fitted, settings));
            }
            row("", "reference rule", jb.reference(sets.get(i)));
        }
        if (fitted != null) {
            System.out.println("\nFitted on the judgements published " + fitYears + " (grid: each signal family's weight x0.5, x1 or x2; concern threshold "
                    + java.util.Arrays.toString(THRESHOLDS) + "; chosen by Youden's J among points with recall >= 50% at lift >= 2 on those years,"
                    + " else among all): " + fitted);
            java.util.Map<String, String> values = JudgementBacktest.settingsFor(fitted, settings);
            if (writeSettings != null) {
                JudgementBacktest.Measures fm = jb.beacon(fitSet, fitted, settings);
                JudgementBacktest.Measures tm = jb.beacon(testSet, fitted, settings);
                JudgementBacktest.Measures rm = jb.reference(testSet);
                List<String> comment = List.of(
                        "Fitted by 'beacon backtest --fit' on " + java.time.LocalDate.now() + " (docs/early-warning.md, \"Calibration\"):",
                        "real history (../shared/data/dfe published statistics, ../shared/data/ofsted judgements published 2018-2021, nothing later),",
                        "grid over family weights x0.5/x1/x2 and the concern threshold, chosen by Youden's J (recall minus the share of other",
                        "judgements flagged) among points meeting the goal (recall >= 50% at lift >= 2) on the fit years, else among all;",
                        "fitted on judgements published " + fitYears + ",",
                        "scored on " + testYears + ". Flagged = at concern level in the " + lookback + " months before the inspection.",
                        String.format(Locale.UK, "  fit %s: recall %s (%d of %d Inadequate), precision %s, lift %s, %d of %d judgements flagged, J %s", fitYears,
                                pct(fm.recall()), fm.caught(), fm.inadequate(), pct(fm.precision()), fmt2(fm.lift()), fm.flagged(), fm.judgements(),
                                fmt2(fm.youden())),
                        String.format(Locale.UK, "  held out %s: recall %s (%d of %d), precision %s, lift %s, median lead %s months, %s triggers per region-year",
                                testYears, pct(tm.recall()), tm.caught(), tm.inadequate(), pct(tm.precision()), fmt2(tm.lift()), fmt2(tm.medianLead()),
                                fmt2(tm.triggersPerRegionYear())),
                        String.format(Locale.UK, "  reference rule on %s: recall %s (%d of %d), precision %s, lift %s", testYears, pct(rm.recall()),
                                rm.caught(), rm.inadequate(), pct(rm.precision()), fmt2(rm.lift())),
                        "Family multipliers chosen: " + fitted);
                uk.beacon.transform.SettingsWriter.write(writeSettings, values, comment);
                System.out.println("Written to " + writeSettings + ": " + values);
            } else {
                System.out.println("Settings it gives (write them with --write-settings FILE): " + values);
            }
        }
        return ExitCodes.OK;
    }

    private static final double[] THRESHOLDS = {1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30};

    private static void row(String set, String method, JudgementBacktest.Measures m) {
        System.out.printf(Locale.UK, "%-28s %-20s %5d %5d %6s %8d %7d %7s %9s %6s %9s %15s%n", set, method, m.judgements(), m.inadequate(),
                pct(m.baseRate()), m.flagged(), m.caught(), pct(m.recall()), pct(m.precision()), fmt2(m.lift()),
                Double.isNaN(m.medianLead()) ? "-" : fmt2(m.medianLead()) + " mo", fmt2(m.triggersPerRegionYear()));
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.UK, "%.0f%%", 100 * v);
    }

    private static String fmt2(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.UK, "%.2f", v);
    }

    private static int[] years(String span, String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{4}))?").matcher(span.trim());
        if (!m.matches()) {
            System.err.println("beacon: " + option + " " + span + ": give a year or a span of years such as 2018-2019.");
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        return new int[] {from, m.group(2) == null ? from : Integer.parseInt(m.group(2))};
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
