package uk.beacon.intelligence;

import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;
import uk.beacon.ingest.FileArchive;
import uk.beacon.ingest.IngestSettings;
import uk.beacon.ingest.IngestTally;
import uk.beacon.ingest.Intake;
import java.util.Optional;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.reference.AuthorityDirectory;

/**
 * The soft-intelligence ingest step: every notes, peer-review and inspection file in
 * {@code inbox/notes/} taken in by {@link Intake} (not already loaded, by SHA-256), in one transaction. Logs name files
 * and counts, never a note's text.
 */
public final class IntelligenceIngestTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(IntelligenceIngestTasklet.class);
    public static final String NOTES_ACCEPTED = "intelligence.rowsAccepted";
    public static final String NOTES_REJECTED = "intelligence.rowsRejected";
    public static final String FILES_REFUSED = "intelligence.filesRefused";

    private final DataSource dataSource;

    public IntelligenceIngestTasklet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        CycleParameters params = CycleParameters.from(contribution.getStepExecution().getJobParameters());
        Connection c = DataSourceUtils.getConnection(dataSource);
        IntelligenceLoader loader = new IntelligenceLoader(AuthorityDirectory.load(c), params.asOf());
        Intake intake = new Intake(c, new FileArchive(params.archive(), params.quarantine()), IngestSettings.load(), "notes", "",
                params.asOf(), contribution.getStepExecution().getJobExecutionId(), true);
        ExecutionContext ctx = contribution.getStepExecution().getExecutionContext();
        long accepted = 0;
        long rejected = 0;
        long refused = 0;
        Intake.Listing listing = Intake.scan(params.inbox().resolve("notes"));
        ExecutionContext tally = new ExecutionContext();
        IngestTally.ignored(tally, "notes", listing.ignored());
        for (Path file : listing.files()) {
            Optional<Intake.Arrival> received = intake.receive(file);
            if (received.isEmpty()) {
                IngestTally.skipped(tally, intake.lastSkip());
                continue;
            }
            IntelligenceValidator.Result r = loader.load(c, intake, received.get());
            accepted += r.accepted();
            rejected += r.received() - r.accepted();
            refused += r.fileRefused() ? 1 : 0;
            log.info("{}: {} {} row(s) accepted, {} refused", file.getFileName(), r.accepted(),
                    r.kind() == null ? "" : r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), r.received() - r.accepted());
        }
        ctx.putString(IngestTally.IGNORED, tally.getString(IngestTally.IGNORED, ""));
        ctx.putLong(IngestTally.IGNORED + ".more", IngestTally.get(tally, IngestTally.IGNORED + ".more"));
        ctx.putLong(IngestTally.FILES_ALREADY_SEEN, IngestTally.get(tally, IngestTally.FILES_ALREADY_SEEN));
        ctx.putLong(IngestTally.FILES_STILL_REFUSED, IngestTally.get(tally, IngestTally.FILES_STILL_REFUSED));
        ctx.putLong(NOTES_ACCEPTED, accepted);
        ctx.putLong(NOTES_REJECTED, rejected);
        ctx.putLong(FILES_REFUSED, refused);
        contribution.incrementWriteCount(accepted);
        contribution.incrementFilterCount(rejected);
        return RepeatStatus.FINISHED;
    }
}
