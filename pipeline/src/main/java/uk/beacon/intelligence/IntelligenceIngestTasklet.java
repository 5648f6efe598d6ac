package uk.beacon.intelligence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
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
import uk.beacon.ingest.FileRegistry;
import uk.beacon.ingest.InboxScanner;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.reference.AuthorityDirectory;

/**
 * The soft-intelligence ingest step: every notes, peer-review and inspection file in
 * {@code inbox/notes/} not already loaded (by SHA-256), in one transaction. Logs name files
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
        IntelligenceLoader loader = new IntelligenceLoader(AuthorityDirectory.load(c), params.asOf(),
                new FileArchive(params.archive(), params.quarantine()));
        ExecutionContext ctx = contribution.getStepExecution().getExecutionContext();
        long accepted = 0;
        long rejected = 0;
        long refused = 0;
        for (Path file : InboxScanner.list(params.inbox().resolve("notes"))) {
            byte[] bytes = Files.readAllBytes(file);
            String sha = FileArchive.sha256(bytes);
            if (FileRegistry.isKnown(c, sha)) {
                continue;
            }
            IntelligenceValidator.Result r = loader.load(c, file, bytes, sha, LocalDateTime.now(), contribution.getStepExecution().getJobExecutionId());
            accepted += r.accepted();
            rejected += r.received() - r.accepted();
            refused += r.fileRefused() ? 1 : 0;
            log.info("{}: {} {} row(s) accepted, {} refused", file.getFileName(), r.accepted(),
                    r.kind() == null ? "" : r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), r.received() - r.accepted());
        }
        ctx.putLong(NOTES_ACCEPTED, accepted);
        ctx.putLong(NOTES_REJECTED, rejected);
        ctx.putLong(FILES_REFUSED, refused);
        contribution.incrementWriteCount(accepted);
        contribution.incrementFilterCount(rejected);
        return RepeatStatus.FINISHED;
    }
}
