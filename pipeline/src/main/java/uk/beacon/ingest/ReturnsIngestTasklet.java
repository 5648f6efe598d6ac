package uk.beacon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.reference.AuthorityDirectory;
import uk.beacon.reference.ReferenceFormatException;
import uk.beacon.reference.ReferenceImporter;

/**
 * The ingest step: reference files first ({@code inbox/reference/}), then returns
 * ({@code inbox/returns/}). Each call handles a batch of files in one transaction and
 * returns CONTINUABLE until the inbox is done, so a national backfill of thousands of small
 * files costs one job-repository round trip per batch, not per file, and a kill loses at
 * most the batch in flight, never part of a file. Files already in {@code raw.files}
 * (same SHA-256) are recognised and skipped, which is also how a restart resumes.
 */
public final class ReturnsIngestTasklet implements Tasklet, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ReturnsIngestTasklet.class);
    /** Files per transaction: large enough to amortise commits, small enough to bound memory. */
    static final int FILES_PER_BATCH = 2_000;

    private final DataSource dataSource;
    private final IndicatorCatalogue catalogue;

    /** Per-execution state: the pending returns files and where we are in them. */
    private List<Path> pending;
    private int next;
    private Set<String> seen;
    private AuthorityDirectory authorities;
    private IngestProgress progress;

    public ReturnsIngestTasklet(DataSource dataSource, IndicatorCatalogue catalogue) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
    }

    /** A new execution (first run or restart) starts from a fresh scan of the inbox. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        pending = null;
        next = 0;
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        if (progress != null) {
            progress.close();
        }
        return null;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        CycleParameters params = CycleParameters.from(step.getJobParameters());
        ExecutionContext ctx = step.getExecutionContext();
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (Statement s = c.createStatement()) {
            s.execute("select 1"); // begin the transaction before any Appender (see RawWriter)
        }
        FileArchive archive = new FileArchive(params.archive(), params.quarantine());
        if (pending == null) {
            seen = knownFiles(c);
            importReference(c, params, archive, step.getJobExecutionId(), ctx);
            authorities = AuthorityDirectory.load(c);
            pending = InboxScanner.list(params.inbox().resolve("returns"));
            next = 0;
            progress = new IngestProgress(pending.size());
        }
        FigureValidator figureValidator = new FigureValidator(authorities, catalogue, params.asOf());
        ReturnFileValidator validator = new ReturnFileValidator(figureValidator, params.allowMixedAuthorities());
        int end = Math.min(pending.size(), next + FILES_PER_BATCH);
        try (RawWriter writer = new RawWriter(c.unwrap(DuckDBConnection.class))) {
            for (; next < end; next++) {
                ingestReturn(pending.get(next), validator, writer, archive, step.getJobExecutionId(), ctx, contribution);
                progress.filesDone(next + 1L);
            }
        }
        if (next < pending.size()) {
            log.info("Ingested {} of {} returns files", next, pending.size());
            return RepeatStatus.CONTINUABLE;
        }
        log.info("Ingest done: {} file(s) loaded, {} already seen, {} refused; {} figure(s) accepted, {} rejected",
                IngestTally.get(ctx, IngestTally.FILES_LOADED), IngestTally.get(ctx, IngestTally.FILES_ALREADY_SEEN),
                IngestTally.get(ctx, IngestTally.FILES_REFUSED), IngestTally.get(ctx, IngestTally.FIGURES_ACCEPTED),
                IngestTally.get(ctx, IngestTally.FIGURES_REJECTED));
        pending = null;
        progress.close();
        return RepeatStatus.FINISHED;
    }

    private void ingestReturn(Path file, ReturnFileValidator validator, RawWriter writer, FileArchive archive,
                              long jobExecutionId, ExecutionContext ctx, StepContribution contribution) throws SQLException {
        byte[] bytes = read(file);
        String sha = FileArchive.sha256(bytes);
        if (!seen.add(sha)) {
            IngestTally.add(ctx, IngestTally.FILES_ALREADY_SEEN, 1);
            return;
        }
        String name = file.getFileName().toString();
        LocalDateTime receivedAt = LocalDateTime.now();
        Path archived = archive.archive(bytes, sha, name);
        ReturnFileResult result = Containers.forFileName(name)
                .map(reader -> validator.validate(bytes, name, reader))
                .orElseGet(() -> new ReturnFileResult(null, null, null, 0, List.of(),
                        List.of(Rejection.ofFile(Rule.F006_UNSUPPORTED_CONTAINER, Containers.unsupportedDetail(name))), true));
        writer.file(new FileRecord(sha, name, "returns", archived.toString(), bytes.length, Containers.extensionOf(name),
                result.layout(), result.encoding(), result.fileRefused() ? "rejected" : "loaded", result.received(),
                result.accepted().size(), result.rejectedFigures(), FileRegistry.modifiedAt(file), receivedAt, jobExecutionId));
        writer.figures(sha, result.sheet(), result.accepted(), receivedAt);
        writer.rejections(sha, name, result.sheet(), result.rejections(), receivedAt);
        if (result.fileRefused()) {
            archive.quarantine(bytes, sha, name, result.rejections());
            IngestTally.add(ctx, IngestTally.FILES_REFUSED, 1);
            log.warn("Refused {}: {}", name, result.rejections().get(0).message());
        } else {
            IngestTally.add(ctx, IngestTally.FILES_LOADED, 1);
        }
        IngestTally.add(ctx, IngestTally.FIGURES_RECEIVED, result.received());
        IngestTally.add(ctx, IngestTally.FIGURES_ACCEPTED, result.accepted().size());
        IngestTally.add(ctx, IngestTally.FIGURES_REJECTED, result.rejectedFigures());
        IngestTally.add(ctx, IngestTally.SHEETS_SKIPPED, result.sheetsSkipped());
        contribution.incrementWriteCount(result.accepted().size());
        contribution.incrementFilterCount(result.rejectedFigures());
    }

    /** Reference files are small: each is imported whole, or refused whole with the reason. */
    private void importReference(Connection c, CycleParameters params, FileArchive archive, long jobExecutionId,
                                 ExecutionContext ctx) throws SQLException {
        for (Path file : InboxScanner.list(params.inbox().resolve("reference"))) {
            byte[] bytes = read(file);
            String sha = FileArchive.sha256(bytes);
            if (!seen.add(sha)) {
                continue;
            }
            String name = file.getFileName().toString();
            LocalDateTime receivedAt = LocalDateTime.now();
            Path archived = archive.archive(bytes, sha, name);
            DecodedText text = DecodedText.decode(bytes);
            String outcome;
            String layout = null;
            List<Rejection> problems = new ArrayList<>();
            int rows = 0;
            try {
                ReferenceImporter.Result r = ReferenceImporter.importText(c, text.text(), name, sha);
                outcome = "loaded";
                layout = r.kind().name().toLowerCase(Locale.ROOT);
                rows = r.rows();
                log.info("Reference {}: {} row(s), {}", name, r.rows(), r.detail());
            } catch (ReferenceFormatException e) {
                outcome = "rejected";
                problems.add(Rejection.ofFile(Rule.F004_MISSING_COLUMNS, e.getMessage()));
                log.warn("Refused reference file {}: {}", name, e.getMessage());
            }
            try (RawWriter writer = new RawWriter(c.unwrap(DuckDBConnection.class))) {
                writer.file(new FileRecord(sha, name, "reference", archived.toString(), bytes.length, "csv", layout,
                        text.encoding(), outcome, rows, problems.isEmpty() ? rows : 0, problems.isEmpty() ? 0 : rows,
                        FileRegistry.modifiedAt(file), receivedAt, jobExecutionId));
                writer.rejections(sha, name, null, problems, receivedAt);
            }
            if (!problems.isEmpty()) {
                archive.quarantine(bytes, sha, name, problems);
            }
            IngestTally.add(ctx, IngestTally.REFERENCE_FILES, 1);
        }
    }

    private static Set<String> knownFiles(Connection c) throws SQLException {
        Set<String> known = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select sha256 from raw.files")) {
            while (rs.next()) {
                known.add(rs.getString(1));
            }
        }
        return known;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
