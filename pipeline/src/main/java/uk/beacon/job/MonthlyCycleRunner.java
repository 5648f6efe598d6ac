package uk.beacon.job;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import uk.beacon.cycle.CycleParameters;

/**
 * Starts the monthly cycle for a period, or restarts it. A period's last run that failed
 * (or was killed) is restarted from its failed step; otherwise a new run of the period
 * starts, and being idempotent it changes nothing that is already loaded.
 */
public final class MonthlyCycleRunner {

    private static final Logger log = LoggerFactory.getLogger(MonthlyCycleRunner.class);

    private final JobRepository repository;
    private final JobOperator operator;
    private final Job job;

    public MonthlyCycleRunner(BeaconContext context) {
        this.repository = context.bean(JobRepository.class);
        this.operator = context.bean(JobOperator.class);
        this.job = context.bean(MonthlyCycleJobConfiguration.JOB_NAME, Job.class);
    }

    public JobExecution run(CycleParameters params) throws Exception {
        String period = params.period().toString();
        List<JobInstance> instances = repository.findJobInstances(MonthlyCycleJobConfiguration.JOB_NAME);
        long lastRun = 0;
        JobExecution lastOfPeriod = null;
        for (JobInstance instance : instances) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null || !period.equals(last.getJobParameters().getString(CycleParameters.PERIOD))) {
                continue;
            }
            long run = last.getJobParameters().getLong("run", 0L);
            if (run > lastRun) {
                lastRun = run;
                lastOfPeriod = last;
            }
        }
        if (lastOfPeriod != null && lastOfPeriod.getStatus().isRunning()) {
            // DuckDB lets one process hold the file, and we hold it: that run's process is gone.
            log.warn("Run {} of {} was interrupted; marking it failed so it can be restarted", lastRun, period);
            lastOfPeriod = operator.recover(lastOfPeriod);
        }
        if (lastOfPeriod != null && (lastOfPeriod.getStatus() == BatchStatus.FAILED || lastOfPeriod.getStatus() == BatchStatus.STOPPED)) {
            log.info("Restarting run {} of {} from its failed step", lastRun, period);
            return operator.restart(lastOfPeriod);
        }
        return operator.start(job, params.toJobParameters(lastRun + 1));
    }

    /**
     * The steps that ran in earlier attempts of the same run and not in this one (a restart
     * carries on after them, so its own execution does not have them): each one's last attempt,
     * in order. The summary shows them and the exit code counts what their ingest refused.
     */
    public List<org.springframework.batch.core.step.StepExecution> earlierAttempts(JobExecution execution) {
        java.util.Set<String> here = new java.util.HashSet<>();
        execution.getStepExecutions().forEach(s -> here.add(s.getStepName()));
        java.util.Map<String, org.springframework.batch.core.step.StepExecution> last = new java.util.LinkedHashMap<>();
        List<JobExecution> all = new java.util.ArrayList<>(repository.getJobExecutions(execution.getJobInstance()));
        all.sort(Comparator.comparing(JobExecution::getId));
        for (JobExecution e : all) {
            if (e.getId() >= execution.getId()) {
                continue;
            }
            for (var s : stepsInOrder(e)) {
                if (!here.contains(s.getStepName())) {
                    last.put(s.getStepName(), s);
                }
            }
        }
        return last.values().stream().sorted(Comparator.comparing(org.springframework.batch.core.step.StepExecution::getId)).toList();
    }

    /**
     * Marks every execution of {@code jobName} still recorded as running as failed: DuckDB lets
     * one process open the warehouse and we hold it, so their processes are gone (killed). Without
     * this a killed {@code beacon ingest} would stay STARTED for ever. Returns how many there were.
     */
    public static int recoverDead(BeaconContext context, String jobName) {
        JobRepository repository = context.bean(JobRepository.class);
        JobOperator operator = context.bean(JobOperator.class);
        int n = 0;
        for (JobExecution e : repository.findRunningJobExecutions(jobName)) {
            log.warn("Execution {} of {} was interrupted (its process is gone); marking it failed", e.getId(), jobName);
            operator.recover(e);
            n++;
        }
        return n;
    }

    /** Steps of an execution in the order they ran (for summaries). */
    public static List<org.springframework.batch.core.step.StepExecution> stepsInOrder(JobExecution e) {
        return e.getStepExecutions().stream()
                .sorted(Comparator.comparing(org.springframework.batch.core.step.StepExecution::getId))
                .toList();
    }
}
