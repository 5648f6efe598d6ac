package uk.beacon.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import uk.beacon.ingest.IngestTally;
import org.springframework.batch.core.step.StepExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleJobConfiguration;

/** {@code beacon ingest}: load the inbox now, without rebuilding models or reports. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load what is in the inbox (reference files, then returns) into the warehouse and report",
                "what was refused, without rebuilding the models or the reports. Files already loaded are skipped;",
                "a refused file is tried again when it comes back after a fix (folder, config/ingest.properties, options, --as-of).",
                "Refused files go to WORK/quarantine with their reasons; every refusal is in marts.rejections",
                "after the next 'beacon run'."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    FolderOptions.Inbox inbox;

    @Mixin
    FolderOptions.Work work;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date the data is 'as of' (default: today).")
    LocalDate asOf;

    @Option(names = "--confirm-as-of", description = "Use an --as-of date before the end of the latest month already loaded.")
    boolean confirmAsOf;

    @Option(names = "--allow-mixed-authorities",
            description = "Accept files holding several authorities (a consolidated national or regional extract).")
    boolean allowMixedAuthorities;

    @Override
    public Integer call() throws Exception {
        CycleParameters params = new CycleParameters(null, inbox.dir, work.dir.resolve("out-unused") /* an ingest publishes nothing */, work.dir,
                asOf != null ? asOf : LocalDate.now(), allowMixedAuthorities);
        try (BeaconContext ctx = BeaconContext.open(common.warehouse, IndicatorCatalogue.builtIn())) {
            if (!confirmAsOf) {
                try (java.sql.Connection c = ctx.warehouse().connect()) {
                    for (PeriodCheck.Finding f : PeriodCheck.checkAsOf(params.asOf(), PeriodCheck.span(c))) {
                        System.err.println("beacon: " + f.message() + "\nbeacon: nothing was loaded.");
                        return ExitCodes.USAGE;
                    }
                }
            }
            uk.beacon.job.MonthlyCycleRunner.recoverDead(ctx, MonthlyCycleJobConfiguration.INGEST_JOB_NAME); // a killed earlier ingest
            Job job = ctx.bean(MonthlyCycleJobConfiguration.INGEST_JOB_NAME, Job.class);
            recoverInterrupted(ctx);
            JobExecution execution = ctx.bean(JobOperator.class).start(job, params.toIngestJobParameters());
            StepExecution step = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("returnsIngestStep"))
                    .findFirst().orElseThrow();
            IngestSummary summary = IngestSummary.of(step);
            long notesRefused = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("intelligenceIngestStep"))
                    .mapToLong(StepExecution::getFilterCount).sum();
            System.out.println("Ingest " + execution.getStatus() + ": " + summary + "; " + notesRefused + " note/review/inspection row(s) refused");
            for (StepExecution s : execution.getStepExecutions()) {
                IngestTally.ignoredLines(s.getExecutionContext()).forEach(line -> System.out.println("  not read: " + line));
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                System.err.println("beacon: ingest failed: " + execution.getAllFailureExceptions().stream()
                        .map(FriendlyErrors::describe).findFirst().orElse("see the log")
                        + "\nFiles committed before the failure are complete; run the same command again to carry on.");
                return ExitCodes.FAILURE;
            }
            return summary.anyRejected() || notesRefused > 0 ? ExitCodes.COMPLETED_WITH_REJECTIONS : ExitCodes.OK;
        }
    }

    /**
     * An ingest killed mid-way leaves its execution marked as running. DuckDB lets one process
     * hold the warehouse and we hold it, so any such execution is dead: mark it failed (its
     * committed batches stand; the next ingest skips what they loaded).
     */
    static void recoverInterrupted(BeaconContext ctx) {
        JobRepository repository = ctx.bean(JobRepository.class);
        JobOperator operator = ctx.bean(JobOperator.class);
        for (JobInstance instance : repository.findJobInstances(MonthlyCycleJobConfiguration.INGEST_JOB_NAME)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last != null && last.getStatus().isRunning()) {
                try {
                    operator.recover(last);
                    System.err.println("beacon: an earlier ingest (started " + last.getStartTime() + ") was interrupted;"
                            + " it is now marked failed, and what it committed stands.");
                } catch (Exception e) {
                    System.err.println("beacon: could not mark an interrupted ingest as failed: " + FriendlyErrors.describe(e));
                }
            }
        }
    }
}
