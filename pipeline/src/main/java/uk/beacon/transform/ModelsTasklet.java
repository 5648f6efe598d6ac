package uk.beacon.transform;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.cycle.CycleParameters;

/**
 * The transform step: builds the graph's staging and core layers in one transaction (after
 * copying the indicator catalogue and the early-warning settings into ref.*). A failing model
 * or model test rolls the whole step back, so the warehouse is as it was before the step began.
 * The later layers are built by the signals and triggers steps from the same graph.
 */
public final class ModelsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ModelsTasklet.class);

    private final DataSource dataSource;
    private final SqlModelRunner runner;
    private final IndicatorCatalogue catalogue;
    private final List<String> layers;

    public ModelsTasklet(DataSource dataSource, SqlModelRunner runner, IndicatorCatalogue catalogue, List<String> layers) {
        this.dataSource = dataSource;
        this.runner = runner;
        this.catalogue = catalogue;
        this.layers = layers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        CycleParameters params = CycleParameters.from(contribution.getStepExecution().getJobParameters());
        Connection c = DataSourceUtils.getConnection(dataSource);
        if (layers.contains("staging")) {
            CatalogueSync.sync(c, catalogue);
            SettingsSync.sync(c, SettingsSync.builtIn());
            CollectionsSync.sync(c, CollectionsSync.builtIn(catalogue));
        }
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        rows.putAll(runner.build(c, layers, Map.of("run_period", params.period().toString())));
        rows.forEach((model, n) -> contribution.getStepExecution().getExecutionContext().putLong("rows." + model, n));
        contribution.incrementWriteCount(rows.values().stream().mapToLong(Long::longValue).sum());
        log.info("Built {} model(s) in {}: {}", rows.size(), layers, rows);
        return RepeatStatus.FINISHED;
    }
}
