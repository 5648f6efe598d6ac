package uk.beacon.triggers;

import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;
import uk.beacon.job.CycleParameters;
import uk.beacon.support.SupportStage;
import uk.beacon.transform.SettingsSync;

/**
 * The triggers step: rebuilds the peer-review triggers after the signals and concern assessment, with
 * engagement signals, support suggestions, learning groups and support outcomes ({@link SupportStage}).
 */
public final class TriggersTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(TriggersTasklet.class);
    private final DataSource dataSource;

    public TriggersTasklet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection c = DataSourceUtils.getConnection(dataSource);
        YearMonth period = CycleParameters.from(contribution.getStepExecution().getJobParameters()).period();
        SupportStage.Result built = new SupportStage(SettingsSync.builtIn()).build(c, period);
        List<TriggerTracker.Trigger> triggers = built.triggers();
        long open = triggers.stream().filter(t -> t.closed() == null).count();
        contribution.incrementWriteCount(triggers.size());
        contribution.getStepExecution().getExecutionContext().putLong("triggers.active", open);
        log.info("{} peer-review trigger(s), {} active; {} engagement signal(s); {} support suggestion(s); {} learning group(s)",
                triggers.size(), open, built.engagementSignals(), built.suggestions(), built.groups());
        return RepeatStatus.FINISHED;
    }
}
