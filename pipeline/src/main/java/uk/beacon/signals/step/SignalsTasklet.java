package uk.beacon.signals.step;

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
import uk.beacon.cycle.CycleParameters;
import uk.beacon.transform.SqlModelRunner;

/**
 * The signals step: builds the graph's signals and marts layers in one transaction — the Java
 * kernels' tables (signals.spc, signals.funnel, signals.spc_limits) and the SQL signal models
 * and marts that read them, in dependency order. A failing model rolls the whole step back.
 */
public final class SignalsTasklet implements Tasklet {

    static final List<String> LAYERS = List.of("signals", "marts");
    private static final Logger log = LoggerFactory.getLogger(SignalsTasklet.class);

    private final DataSource dataSource;
    private final SqlModelRunner plan;

    public SignalsTasklet(DataSource dataSource, SqlModelRunner plan) {
        this.dataSource = dataSource;
        this.plan = plan;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        CycleParameters params = CycleParameters.from(contribution.getStepExecution().getJobParameters());
        Connection c = DataSourceUtils.getConnection(dataSource);
        Map<String, Long> rows = plan.build(c, LAYERS, Map.of("run_period", params.period().toString()));
        rows.forEach((model, n) -> contribution.getStepExecution().getExecutionContext().putLong("rows." + model, n));
        contribution.incrementWriteCount(rows.values().stream().mapToLong(Long::longValue).sum());
        log.info("Built {} signal and mart table(s): {}", rows.size(), rows);
        return RepeatStatus.FINISHED;
    }
}
