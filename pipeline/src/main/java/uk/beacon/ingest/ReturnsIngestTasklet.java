package uk.beacon.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
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
 * most the batch in flight, never part of a file. Every file comes in through {@link Intake}:
 * files whose content was already loaded are skipped (which is also how a restart resumes),
 * a refused file is tried again when something it depended on changed, and a file that cannot
 * be read (too large, damaged, or a reader's own failure) is refused by name while the rest of
 * the batch loads.
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
    private Intake intake;
    private AuthorityDirectory authorities;
    private Map<String, String> regionNames;
    private IngestProgress progress;
    private IngestSettings settings;

    public ReturnsIngestTasklet(DataSource dataSource, IndicatorCatalogue catalogue) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
    }

    /** A new execution (first run or restart) starts from a fresh scan of the inbox and fresh settings. */
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
        // Counts of this transaction only: merged into the step's context once the batch is done,
        // so a batch that fails and rolls back is never counted as loaded.
        ExecutionContext batch = new ExecutionContext();
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (Statement s = c.createStatement()) {
            s.execute("select 1"); // begin the transaction before any Appender (see RawWriter)
        }
        FileArchive archive = new FileArchive(params.archive(), params.quarantine());
        if (pending == null) {
            settings = IngestSettings.load();
            importReference(c, params, archive, step.getJobExecutionId(), batch);
            authorities = AuthorityDirectory.load(c);
            regionNames = regionNames(c);
            Intake.Listing listing = Intake.scan(params.inbox().resolve("returns"));
            IngestTally.ignored(batch, "returns", listing.ignored());
            pending = listing.files();
            next = 0;
            intake = new Intake(c, archive, settings, "returns", "allow-mixed-authorities=" + params.allowMixedAuthorities(),
                    params.asOf(), step.getJobExecutionId(), true).deferringAttempts();
            progress = new IngestProgress(pending.size());
        }
        intake = intake.on(c);
        FigureValidator figureValidator = new FigureValidator(authorities, catalogue, params.asOf());
        ReturnFileValidator validator = new ReturnFileValidator(figureValidator, new ReturnFileValidator.Options(
                params.allowMixedAuthorities(), this::consolidatedAccepted, settings.limits(),
                settings.maxRejectionsPerRule(), settings.maxValueCharacters()));
        int end = Math.min(pending.size(), next + FILES_PER_BATCH);
        try (RawWriter writer = new RawWriter(c.unwrap(DuckDBConnection.class));
             ReadAhead reads = new ReadAhead(intake, pending, next, end)) {
            for (; next < end; next++) {
                Intake.FileRead read;
                try {
                    read = reads.next();
                } catch (java.io.UncheckedIOException e) {
                    // Gone or unreadable since the inbox was listed: named in the summary, tried again next run;
                    // the other files load.
                    log.warn("Could not read {}: {}", pending.get(next), e.getMessage());
                    IngestTally.ignored(batch, "returns", List.of(new Intake.Ignored(pending.get(next).getFileName().toString(),
                            "could not be read (" + e.getCause().getClass().getSimpleName() + "); it is tried again at the next run")));
                    progress.filesDone(next + 1L);
                    continue;
                }
                ingestReturn(pending.get(next), read, validator, writer, batch, contribution);
                progress.filesDone(next + 1L);
            }
            intake.writeAttempts();
        }
        IngestTally.merge(batch, ctx);
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

    /** Whether consolidated-files.regions accepts a file holding these authorities: each must be of a listed region. */
    private boolean consolidatedAccepted(Set<String> las) {
        for (String la : las) {
            String region = authorities.regionOf(la);
            if (!settings.acceptsConsolidatedFrom(region, region == null ? null : regionNames.get(region))) {
                return false;
            }
        }
        return true;
    }

    private void ingestReturn(Path file, Intake.FileRead read, ReturnFileValidator validator, RawWriter writer, ExecutionContext tally,
                              StepContribution contribution) throws SQLException {
        Optional<Intake.Arrival> received = intake.receive(file, read);
        if (received.isEmpty()) {
            IngestTally.skipped(tally, intake.lastSkip());
            return;
        }
        Intake.Arrival a = received.get();
        String name = a.name();
        ReturnFileResult result = a.refusal() != null ? refusedWhole(a.refusal())
                : Containers.forFileName(name)
                        .map(reader -> validateGuarded(validator, a, reader))
                        .orElseGet(() -> refusedWhole(Rejection.ofFile(Rule.F006_UNSUPPORTED_CONTAINER, Containers.unsupportedDetail(name))));
        writer.file(intake.fileRecord(a, "returns", result.layout(), result.encoding(), result.fileRefused(), result.received(),
                result.accepted().size(), result.rejectedFigures()));
        writer.figures(a.sha256(), result.sheet(), result.accepted(), a.receivedAt());
        writer.rejections(a.sha256(), name, result.sheet(), result.rejections(), a.receivedAt());
        intake.finish(a, result.fileRefused(), result.rejections(), result.received(), result.accepted().size(), result.rejectedFigures());
        if (result.fileRefused()) {
            IngestTally.add(tally, IngestTally.FILES_REFUSED, 1);
            log.warn("Refused {}: {}", name, result.rejections().get(0).message());
        } else {
            IngestTally.add(tally, IngestTally.FILES_LOADED, 1);
        }
        if (a.isRetry()) {
            IngestTally.add(tally, IngestTally.FILES_RETRIED, 1);
            log.info("{}: tried again (previously {}), now {}", name, a.prior().outcome(), result.fileRefused() ? "refused" : "loaded");
        }
        IngestTally.add(tally, IngestTally.FIGURES_RECEIVED, result.received());
        IngestTally.add(tally, IngestTally.FIGURES_ACCEPTED, result.accepted().size());
        IngestTally.add(tally, IngestTally.FIGURES_REJECTED, result.rejectedFigures());
        IngestTally.add(tally, IngestTally.SHEETS_SKIPPED, result.sheetsSkipped());
        contribution.incrementWriteCount(result.accepted().size());
        contribution.incrementFilterCount(result.rejectedFigures());
    }

    /**
     * Validation of one file never fails the batch: a reader's own failure refuses that file by
     * name (F003), and running out of memory on it refuses it as too large (F007).
     */
    private static ReturnFileResult validateGuarded(ReturnFileValidator validator, Intake.Arrival a, TableReader reader) {
        try {
            return validator.validate(a.bytes(), a.name(), reader);
        } catch (OutOfMemoryError e) {
            log.error("Out of memory reading {}", a.name(), e);
            return refusedWhole(Rejection.ofFile(Rule.F007_TOO_LARGE, "reading it needed more memory than Beacon has"));
        } catch (RuntimeException | StackOverflowError e) {
            log.error("Reading {} failed", a.name(), e);
            return refusedWhole(Rejection.ofFile(Rule.F003_UNREADABLE, "Beacon could not read it (" + e.getClass().getSimpleName()
                    + "; the detail is in the log)"));
        }
    }

    private static ReturnFileResult refusedWhole(Rejection why) {
        return new ReturnFileResult(null, null, null, 0, List.of(), List.of(why), true);
    }

    /** Reference files are small: each is imported whole, or refused whole with the reason. */
    private void importReference(Connection c, CycleParameters params, FileArchive archive, long jobExecutionId,
                                 ExecutionContext tally) throws SQLException {
        Intake.Listing listing = Intake.scan(params.inbox().resolve("reference"));
        IngestTally.ignored(tally, "reference", listing.ignored());
        Intake ref = new Intake(c, archive, settings, "reference", "", params.asOf(), jobExecutionId, true);
        for (Path file : listing.files()) {
            Optional<Intake.Arrival> received = ref.receive(file);
            if (received.isEmpty()) {
                continue;
            }
            Intake.Arrival a = received.get();
            String name = a.name();
            String outcome;
            String layout = null;
            String encoding = null;
            List<Rejection> problems = new ArrayList<>();
            int rows = 0;
            if (a.refusal() != null) {
                problems.add(a.refusal());
            } else {
                DecodedText text = DecodedText.decode(a.bytes());
                encoding = text.encoding();
                try {
                    ReferenceImporter.Result r = ReferenceImporter.importText(c, text.text(), name, a.sha256());
                    layout = r.kind().name().toLowerCase(Locale.ROOT);
                    rows = r.rows();
                    log.info("Reference {}: {} row(s), {}", name, r.rows(), r.detail());
                } catch (ReferenceFormatException e) {
                    problems.add(Rejection.ofFile(Rule.F004_MISSING_COLUMNS, e.getMessage()));
                    log.warn("Refused reference file {}: {}", name, e.getMessage());
                }
            }
            boolean refused = !problems.isEmpty();
            try (RawWriter writer = new RawWriter(c.unwrap(DuckDBConnection.class))) {
                FileRecord f = ref.fileRecord(a, "reference", layout, encoding, refused, rows, refused ? 0 : rows, refused ? rows : 0);
                writer.file(new FileRecord(f.sha256(), f.originalName(), f.kind(), f.archivedPath(), f.sizeBytes(), "csv", f.layout(),
                        f.encoding(), f.outcome(), f.received(), f.accepted(), f.rejected(), f.modifiedAt(), f.receivedAt(),
                        f.jobExecutionId()));
                writer.rejections(a.sha256(), name, null, problems, a.receivedAt());
            }
            ref.finish(a, refused, problems, rows, refused ? 0 : rows, refused ? rows : 0);
            IngestTally.add(tally, IngestTally.REFERENCE_FILES, 1);
        }
    }

    private static Map<String, String> regionNames(Connection c) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select region_code, region_name from ref.regions")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        return names;
    }
}
