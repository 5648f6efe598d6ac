package uk.beacon.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.ingest.Period;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleRunner;
import uk.beacon.cycle.NamedRecipients;
import uk.beacon.cycle.PdfPassword;

/** {@code beacon run --period YYYY-MM}: the monthly cycle. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the monthly cycle for a period: ingest the inbox, rebuild the warehouse models, detect signals, render the reports and publish them to OUT/<period>. A failed run of the same period is restarted from its failed step."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    FolderOptions.Inbox inbox;

    @Mixin
    FolderOptions.Out out;

    @Mixin
    FolderOptions.Work work;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = {"The period the cycle reports on: a month (2026-10), a quarter (2026-Q2, or the financial 2026-27 Q1)",
                    "or a reporting year (2025: April 2024 to March 2025). It assesses the month the period ends in."})
    String period;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date the data is 'as of' (default: today).")
    LocalDate asOf;

    @Option(names = "--confirm-period", description = {"Run a period that looks mistyped: after the as-of date, more than "
            + PeriodCheck.FAR_MONTHS + " months after the latest figure loaded, or before the earliest."})
    boolean confirmPeriod;

    @Option(names = "--confirm-as-of", description = "Use an --as-of date before the end of the latest month already loaded.")
    boolean confirmAsOf;

    @Option(names = "--pdf-password-env", paramLabel = "VARIABLE",
            description = {"Encrypt TLP:AMBER+STRICT and TLP:RED outputs (PDF, XLSX) with the password held in this environment variable;",
                    "CSVs of that marking are not written (a CSV cannot be encrypted). The password is never stored or logged."})
    String pdfPasswordEnv;

    @Option(names = "--named", paramLabel = "NAME",
            description = {"Also make a TLP:RED copy of the peer-review triage for this person (repeat for each, at most "
                    + NamedRecipients.MAX + "): every evidence line and every note above TLP:AMBER, encrypted. Needs --pdf-password-env. Names are printed in the encrypted copy only, never stored or logged."})
    java.util.List<String> named;

    @Option(names = "--deliver", description = {"Deliver the outputs when the run completes (as 'beacon deliver'; docs/delivery.md).",
            "Exit 1 or 4 if a delivery fails."})
    boolean deliver;

    @Mixin
    DeliveryOptions delivery;

    @Override
    public Integer call() throws Exception {
        PdfPassword password = PdfPassword.none();
        if (pdfPasswordEnv != null) {
            password = PdfPassword.fromEnvironment(pdfPasswordEnv);
            if (!password.isSet()) {
                System.err.println("beacon: the environment variable " + pdfPasswordEnv + " is not set or empty.");
                return ExitCodes.USAGE;
            }
        }
        NamedRecipients recipients;
        try {
            recipients = NamedRecipients.of(named);
        } catch (IllegalArgumentException e) {
            System.err.println("beacon: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (named != null && !recipients.isSet()) {
            System.err.println("beacon: --named needs a name: --named \"Jo Bloggs\".");
            return ExitCodes.USAGE;
        }
        if (recipients.isSet() && !password.isSet()) {
            System.err.println("beacon: a copy for named recipients carries TLP:RED notes and must be encrypted: "
                    + "add --pdf-password-env VARIABLE.");
            return ExitCodes.USAGE;
        }
        Period named;
        try {
            named = Period.check(period);
        } catch (IllegalArgumentException e) {
            System.err.println("beacon: --period " + period + ": " + e.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        CycleParameters params = CycleParameters.of(named.text(), named.lastMonth(), inbox.dir, out.dir, work.dir,
                asOf != null ? asOf : LocalDate.now());
        int code;
        try (BeaconContext ctx = BeaconContext.open(common.warehouse, IndicatorCatalogue.builtIn(), password, recipients)) {
            PeriodCheck.DataSpan data;
            try (java.sql.Connection c = ctx.warehouse().connect()) {
                data = PeriodCheck.span(c);
            }
            boolean refused = false;
            for (PeriodCheck.Finding f : PeriodCheck.check(named.lastMonth(), params.asOf(), data)) {
                boolean confirmed = f.flag().equals("--confirm-period") ? confirmPeriod : confirmAsOf;
                if (!confirmed) {
                    System.err.println("beacon: " + f.message());
                    refused = true;
                }
            }
            if (refused) {
                System.err.println("beacon: nothing was run.");
                return ExitCodes.USAGE;
            }
            MonthlyCycleRunner runner = new MonthlyCycleRunner(ctx);
            JobExecution execution = runner.run(params);
            code = report(execution, runner.earlierAttempts(execution), params);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                publishSnapshot(ctx.warehouse(), params.period().toString());
            }
        }
        if (deliver && (code == ExitCodes.OK || code == ExitCodes.COMPLETED_WITH_REJECTIONS)) {
            int delivered = DeliverCommand.deliver(common, out.dir, delivery, named, false);
            return delivered != ExitCodes.OK ? delivered : code;
        }
        return code;
    }

    /** TLP:AMBER+STRICT and RED outputs without a password are legal but worth a reminder; withheld outputs are listed. */
    private static void warnIfRestrictedUnencrypted(Path manifest) {
        try {
            long n = uk.beacon.render.Manifest.read(manifest).stream()
                    .filter(e -> !e.encrypted()
                            && uk.beacon.audience.Tlp.parse(e.tlp()).compareTo(uk.beacon.audience.Tlp.AMBER_STRICT) >= 0)
                    .count();
            if (n > 0) {
                System.out.println(n + " TLP:AMBER+STRICT or RED output(s) are not encrypted: run with --pdf-password-env VARIABLE "
                        + "to encrypt them (PDF and XLSX; CSVs of that marking are then not written).");
            }
            for (uk.beacon.render.Withheld w : uk.beacon.render.Manifest.readWithheld(manifest)) {
                System.out.println("Not written: " + w.path() + " (" + w.tlp() + "): " + w.reason() + ".");
            }
        } catch (java.io.IOException e) {
            System.err.println("beacon: could not read the manifest to check encryption: " + e.getMessage());
        }
    }

    private int report(JobExecution execution, java.util.List<StepExecution> earlier, CycleParameters params) {
        boolean anyRejected = false;
        if (!earlier.isEmpty()) {
            System.out.println("  Restarted: these steps ran in the earlier, interrupted attempt of this run:");
        }
        java.util.List<StepExecution> steps = new java.util.ArrayList<>(earlier);
        steps.addAll(MonthlyCycleRunner.stepsInOrder(execution));
        for (StepExecution s : steps) {
            if (!earlier.isEmpty() && s == steps.get(earlier.size()) && s.getJobExecutionId() == execution.getId()) {
                System.out.println("  This attempt:");
            }
            System.out.printf("  %-24s %-10s %,d written%n", s.getStepName(), s.getStatus(), s.getWriteCount());
            if (s.getStepName().equals("returnsIngestStep")) {
                IngestSummary summary = IngestSummary.of(s);
                anyRejected |= summary.anyRejected();
                System.out.printf("  %-24s %s%n", "", summary);
            }
            if (s.getStepName().equals("intelligenceIngestStep")) {
                anyRejected |= s.getFilterCount() > 0
                        || s.getExecutionContext().getLong(uk.beacon.intelligence.IntelligenceIngestTasklet.FILES_REFUSED, 0L) > 0;
                System.out.printf("  %-24s %,d note/review/inspection row(s) accepted, %,d refused%n", "", s.getWriteCount(), s.getFilterCount());
            }
            for (String line : uk.beacon.ingest.IngestTally.ignoredLines(s.getExecutionContext())) {
                System.out.printf("  %-24s not read: %s%n", "", line);
            }
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            System.err.println("beacon: the run for " + params.periodName() + " " + execution.getStatus() + ": "
                    + execution.getAllFailureExceptions().stream().map(FriendlyErrors::describe).findFirst().orElse("see the log")
                    + "\n(The full detail is in the log above.)"
                    + "\nNothing new was published. Fix the cause and run the same command again: it restarts from the failed step.");
            return ExitCodes.FAILURE;
        }
        Path outputs = params.out().resolve(params.periodName()).toAbsolutePath();
        System.out.println("Outputs for " + params.periodName() + ": " + outputs);
        System.out.println("Manifest: " + outputs.resolve("manifest.json"));
        warnIfRestrictedUnencrypted(outputs.resolve("manifest.json"));
        if (anyRejected) {
            System.out.println("Some input was rejected this run: each authority's rejection report is in " + outputs.resolve("authority")
                    + "/<authority>/, refused notes in " + outputs.resolve("sector-body") + ", refused files in "
                    + params.quarantine().toAbsolutePath());
            return ExitCodes.COMPLETED_WITH_REJECTIONS;
        }
        return ExitCodes.OK;
    }

    /** After a successful cycle or import: the read-only snapshot data leads query while the next run works. */
    static void publishSnapshot(uk.beacon.warehouse.Warehouse warehouse, String label) {
        try {
            long t0 = System.nanoTime();
            Path folder = uk.beacon.outputs.WarehouseSnapshot.publish(warehouse, label);
            System.out.printf("Snapshot for queries (beacon sql, DuckDB 1.2 or later, Parquet): %s (%s, %.1f s)%n",
                    folder.resolveSibling("latest"), folder.getFileName(), (System.nanoTime() - t0) / 1e9);
        } catch (Exception e) {
            System.err.println("beacon: done, but the snapshot for queries was not published: " + FriendlyErrors.describe(e));
        }
    }
}
