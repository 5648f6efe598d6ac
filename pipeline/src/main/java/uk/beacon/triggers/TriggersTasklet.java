package uk.beacon.triggers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
import uk.beacon.transform.SqlModelRunner;

/**
 * The triggers step: builds the graph's triggers layer ({@link TriggersModel}: the peer-review
 * triggers and their history) after the signals and concern assessment.
 */
public final class TriggersTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(TriggersTasklet.class);
    private final DataSource dataSource;
    private final SqlModelRunner plan;

    public TriggersTasklet(DataSource dataSource, SqlModelRunner plan) {
        this.dataSource = dataSource;
        this.plan = plan;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection c = DataSourceUtils.getConnection(dataSource);
        plan.build(c, List.of("triggers"), Map.of());
        long all;
        long open;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*), count(*) filter (where closed_period is null) from marts.peer_review_triggers")) {
            rs.next();
            all = rs.getLong(1);
            open = rs.getLong(2);
        }
        contribution.incrementWriteCount(all);
        contribution.getStepExecution().getExecutionContext().putLong("triggers.active", open);
        log.info("{} peer-review trigger(s), {} active", all, open);
        return RepeatStatus.FINISHED;
    }
}
