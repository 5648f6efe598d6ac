package uk.beacon.outputs;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.render.OutputRun;
import uk.beacon.render.ReportsRenderTasklet;

/**
 * The publish step: makes the run's outputs the period's outputs in one atomic step
 * ({@link Publisher}). It can be run again from any state a kill leaves: the staging folder
 * it publishes is the one recorded by the reports step's own execution (committed with that
 * step), not only the job's context (saved after the step, so a kill in between would lose it).
 */
public final class OutputsPublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(OutputsPublishTasklet.class);

    private final JobRepository repository;
    private final Publisher publisher;

    public OutputsPublishTasklet(JobRepository repository) {
        this(repository, new Publisher());
    }

    OutputsPublishTasklet(JobRepository repository, Publisher publisher) {
        this.repository = repository;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        CycleParameters params = CycleParameters.from(step.getJobParameters());
        String stagingText = step.getJobExecution().getExecutionContext().getString(ReportsRenderTasklet.STAGING_KEY, null);
        if (stagingText == null) {
            StepExecution reports = repository.getLastStepExecution(step.getJobExecution().getJobInstance(), "reportsRenderStep");
            if (reports != null) {
                stagingText = reports.getExecutionContext().getString(ReportsRenderTasklet.STAGING_KEY, null);
            }
        }
        if (stagingText == null) {
            throw new IllegalStateException("No rendered outputs to publish: the reports step of this run recorded no staging folder; "
                    + "start a new run of " + params.period());
        }
        OutputRun run = OutputRun.ofStaging(params.out(), params.periodName(), Path.of(stagingText));
        Path published = publisher.publish(run);
        log.info("Published {} -> {}", run.link(), published);
        return RepeatStatus.FINISHED;
    }
}
