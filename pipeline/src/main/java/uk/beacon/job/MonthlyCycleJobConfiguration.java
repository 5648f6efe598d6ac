package uk.beacon.job;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.fault.FaultPoints;
import uk.beacon.ingest.ReturnsIngestTasklet;
import uk.beacon.intelligence.IntelligenceIngestTasklet;
import uk.beacon.outputs.OutputsPublishTasklet;
import uk.beacon.cycle.PdfPassword;
import uk.beacon.render.ReportsRenderTasklet;
import uk.beacon.plan.WarehousePlan;
import uk.beacon.signals.step.SignalsTasklet;
import uk.beacon.transform.ModelsTasklet;
import uk.beacon.transform.SettingsSync;
import uk.beacon.transform.SqlModelRunner;
import uk.beacon.triggers.TriggersTasklet;
import uk.beacon.cycle.CycleParameters;

/**
 * The monthly cycle: ingest (returns, then soft intelligence) → transform → signals →
 * triggers → reports → publish, one step each, in that order. Inputs arrive as job parameters ({@link CycleParameters}).
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyCycleJobConfiguration {

    public static final String JOB_NAME = "monthlyCycleJob";
    public static final String INGEST_JOB_NAME = "returnsIngestJob";

    /** The one model graph (SQL and Java models); each model step builds its layers of it. */
    @Bean
    public SqlModelRunner sqlModelRunner(IndicatorCatalogue catalogue) {
        return WarehousePlan.standard(catalogue, SettingsSync.builtIn());
    }

    @Bean
    public Step returnsIngestStep(JobRepository repo, PlatformTransactionManager tx, DataSource ds, IndicatorCatalogue catalogue) {
        ReturnsIngestTasklet tasklet = new ReturnsIngestTasklet(ds, catalogue);
        // Wrapped for the fault suite, so its listener is registered by hand.
        return new StepBuilder("returnsIngestStep", repo).tasklet(FaultPoints.around("returnsIngestStep", tasklet), tx)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) tasklet).build();
    }

    @Bean
    public Step intelligenceIngestStep(JobRepository repo, PlatformTransactionManager tx, DataSource ds) {
        return new StepBuilder("intelligenceIngestStep", repo).tasklet(FaultPoints.around("intelligenceIngestStep", new IntelligenceIngestTasklet(ds)), tx).build();
    }

    @Bean
    public Step warehouseTransformStep(JobRepository repo, PlatformTransactionManager tx, DataSource ds,
                                       SqlModelRunner runner, IndicatorCatalogue catalogue) {
        return new StepBuilder("warehouseTransformStep", repo)
                .tasklet(FaultPoints.around("warehouseTransformStep", new ModelsTasklet(ds, runner, catalogue, List.of("staging", "core"))), tx).build();
    }

    @Bean
    public Step signalsDetectStep(JobRepository repo, PlatformTransactionManager tx, DataSource ds,
                                  SqlModelRunner runner, IndicatorCatalogue catalogue) {
        return new StepBuilder("signalsDetectStep", repo)
                .tasklet(FaultPoints.around("signalsDetectStep", new SignalsTasklet(ds, runner)), tx).build();
    }

    @Bean
    public Step triggersTrackStep(JobRepository repo, PlatformTransactionManager tx, DataSource ds, SqlModelRunner runner) {
        return new StepBuilder("triggersTrackStep", repo).tasklet(FaultPoints.around("triggersTrackStep", new TriggersTasklet(ds, runner)), tx).build();
    }

    @Bean
    public Step reportsRenderStep(JobRepository repo, PlatformTransactionManager tx, DataSource ds, PdfPassword pdfPassword,
                                  uk.beacon.cycle.NamedRecipients named, IndicatorCatalogue catalogue) {
        return new StepBuilder("reportsRenderStep", repo).tasklet(FaultPoints.around("reportsRenderStep", new ReportsRenderTasklet(ds, pdfPassword, named, catalogue)), tx).build();
    }

    @Bean
    public Step outputsPublishStep(JobRepository repo, PlatformTransactionManager tx) {
        return new StepBuilder("outputsPublishStep", repo).tasklet(FaultPoints.around("outputsPublishStep", new OutputsPublishTasklet(repo)), tx).build();
    }

    /** The ingest step alone: load what is in the inbox now and report what was refused. */
    @Bean
    public Job returnsIngestJob(JobRepository repo, Step returnsIngestStep, Step intelligenceIngestStep) {
        return new JobBuilder(INGEST_JOB_NAME, repo).start(returnsIngestStep).next(intelligenceIngestStep).build();
    }

    @Bean
    public Job monthlyCycleJob(JobRepository repo, Step returnsIngestStep, Step intelligenceIngestStep, Step warehouseTransformStep,
                               Step signalsDetectStep, Step triggersTrackStep, Step reportsRenderStep, Step outputsPublishStep) {
        return new JobBuilder(JOB_NAME, repo)
                .start(returnsIngestStep)
                .next(intelligenceIngestStep)
                .next(warehouseTransformStep)
                .next(signalsDetectStep)
                .next(triggersTrackStep)
                .next(reportsRenderStep)
                .next(outputsPublishStep)
                .build();
    }
}
