package uk.beacon.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;
import uk.beacon.audience.Audience;
import uk.beacon.audience.Tlp;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.warehouse.OwnerOnly;
import uk.beacon.reports.dashboard.AuthorityDashboard;
import uk.beacon.reports.pack.RegionalPack;
import uk.beacon.reports.ReportRenderer;
import uk.beacon.cycle.NamedRecipients;
import uk.beacon.cycle.PdfPassword;

/**
 * The reports step: reads the marts, renders every output for the period into the run's
 * staging folder (one task per output, in parallel), and writes manifest.json. Outputs are
 * filed by audience ({@code region/<region>/}, {@code authority/<authority>/},
 * {@code sector-body/}), each folder ready to send to its recipients. The warehouse is only
 * read; a failure leaves the published outputs untouched.
 */
public final class ReportsRenderTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportsRenderTasklet.class);
    public static final String STAGING_KEY = "outputs.staging";

    private final DataSource dataSource;
    private final PdfPassword pdfPassword;
    private final NamedRecipients named;
    private final ReportRenderer renderer = new ReportRenderer();
    private final Map<String, Audience> audiences = Audience.builtIn();

    private final IndicatorCatalogue catalogue;

    /** {@code catalogue}: the indicator catalogue of the run (the SPC overlay is read from the signals step's tables). */
    public ReportsRenderTasklet(DataSource dataSource, PdfPassword pdfPassword, IndicatorCatalogue catalogue) {
        this(dataSource, pdfPassword, NamedRecipients.none(), catalogue);
    }

    /** With the people a TLP:RED copy is for; such a copy is made only when a password was given too. */
    public ReportsRenderTasklet(DataSource dataSource, PdfPassword pdfPassword, NamedRecipients named, IndicatorCatalogue catalogue) {
        this.dataSource = dataSource;
        this.pdfPassword = pdfPassword;
        this.named = named;
        this.catalogue = catalogue;
    }

    /**
     * TLP:AMBER+STRICT and TLP:RED outputs are encrypted when a password was given at run time
     * (PDF and XLSX; a CSV of that marking is withheld instead); null: write it unencrypted.
     */
    private char[] passwordFor(String marking) {
        return Tlp.parse(marking).compareTo(Tlp.AMBER_STRICT) >= 0 ? pdfPassword.copy() : null;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        CycleParameters params = CycleParameters.from(step.getJobParameters());
        OutputRun run = OutputRun.of(params, step.getJobExecutionId());
        Path staging = run.staging(); // a new name in every attempt: an interrupted attempt's folder is removed at publication
        Files.createDirectories(staging);

        Connection c = DataSourceUtils.getConnection(dataSource);
        long t0 = System.nanoTime();
        // The figures shown may be a quarter's or a reporting year's (ReportPeriod); concerns are the month's.
        ReportPeriod shown = ReportPeriod.resolve(c, params);
        List<AuthorityDashboard> dashboards = DashboardQueries.load(c, shown, params.asOf());
        NotesForAudience notes = new NotesForAudience(c, params.period().atEndOfMonth());
        List<RenderTask> tasks = new ArrayList<>();
        for (AuthorityDashboard d : dashboards) {
            // The regional ADCS group's copy, and the authority's own copy (its own notes only).
            tasks.add(dashboard(notes.copyFor(d, audiences.get("region"), "Regional ADCS group: " + d.regionName()), "region",
                    Path.of("region", slug(d.regionName()), d.laCode() + "-" + slug(d.laName()) + ".pdf"), staging));
            tasks.add(dashboard(notes.copyFor(d, audiences.get("authority"), "Authority leadership team: " + d.laName()), "authority",
                    Path.of("authority", AudienceFolders.authority(d.laCode(), d.laName()), d.laCode() + "-" + slug(d.laName()) + "-dashboard.pdf"),
                    staging));
        }
        long t1 = System.nanoTime();
        for (RegionalPack pack : RegionalPackQueries.load(c, shown, params.asOf(), audiences.get("region"))) {
            tasks.add(pack(pack, Path.of("region", slug(pack.regionName()),
                    slug(pack.regionName()) + "-pack-" + params.periodName() + ".pdf"), staging));
        }
        long t2 = System.nanoTime();
        List<ManifestEntry> entries = new ArrayList<>(render(tasks));
        long t3 = System.nanoTime();
        List<Withheld> withheld = new ArrayList<>();
        entries.addAll(companions(c, params, shown, staging, withheld));
        log.info("Reports step: dashboards read in {} ms, packs read in {} ms, PDFs rendered in {} ms, triage and tables written in {} ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        if (named.isSet()) {
            ManifestEntry copy = namedCopy(c, params, staging, notes);
            recordNamedCopy(c, step.getJobExecutionId(), copy.path());
            entries.add(copy);
        }
        entries.addAll(RejectionReports.write(c, staging, params.period().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK))));
        boolean synthetic = dashboards.stream().anyMatch(AuthorityDashboard::synthetic);
        Manifest.write(staging, params.periodName(), params.asOf().toString(), step.getJobExecutionId(), synthetic, entries, withheld);
        withheld.forEach(w -> log.warn("Not written: {} ({})", w.path(), w.reason()));
        OwnerOnly.restrict(staging); // outputs may carry TLP:AMBER notes

        // In the step's own context (committed with the step) and the job's (for the publish step).
        step.getExecutionContext().putString(STAGING_KEY, staging.toString());
        step.getJobExecution().getExecutionContext().putString(STAGING_KEY, staging.toString());
        contribution.incrementWriteCount(entries.size());
        log.info("Rendered {} output(s) for {} into {}", entries.size(), params.period(), staging);
        return RepeatStatus.FINISHED;
    }

    /** The peer-review triage (PDF, CSV, XLSX) for the sector body, and each region's indicator table as XLSX. */
    private List<ManifestEntry> companions(Connection c, CycleParameters params, ReportPeriod shown, Path staging, List<Withheld> withheld) throws Exception {
        List<ManifestEntry> out = new ArrayList<>();
        uk.beacon.reports.triage.TriageReport triage = TriageQueries.load(c, params.period(), params.asOf(), audiences.get("sector-body"));
        String period = params.periodName();
        Path pdf = staging.resolve("sector-body").resolve("peer-review-triage-" + period + ".pdf");
        Files.createDirectories(pdf.getParent());
        char[] password = passwordFor(triage.tlp());
        renderer.renderTriage(triage, pdf, password);
        out.add(Manifest.entry(staging, pdf, "peer-review-triage", "sector-body", triage.tlp(), null, password != null)
                .withContent(ContentFingerprint.ofReport("peer-review-triage", triage)));
        Path csv = staging.resolve("sector-body").resolve("peer-review-triage-" + period + ".csv");
        if (password != null) {
            // Its marking requires encryption and a CSV cannot be encrypted: never plain text beside an encrypted copy.
            withheld.add(new Withheld(staging.relativize(csv).toString(), "peer-review-triage-table", "sector-body", triage.tlp(),
                    "a CSV cannot be encrypted and " + triage.tlp() + " requires encryption; the same table is in the encrypted XLSX"));
        } else {
            TableCompanions.csv(csv, TriageQueries.csvHeader(), TriageQueries.csvRows(triage));
            out.add(Manifest.entry(staging, csv, "peer-review-triage-table", "sector-body", triage.tlp(), null));
        }
        Path xlsx = staging.resolve("sector-body").resolve("peer-review-triage-" + period + ".xlsx");
        char[] xlsxPassword = passwordFor(triage.tlp());
        TableCompanions.xlsx(xlsx, "Triage " + period, triage.tlp(), TriageQueries.csvHeader(), TriageQueries.csvRows(triage),
                "the triage PDF beside this file, or beacon explain LA " + period, xlsxPassword);
        out.add(Manifest.entry(staging, xlsx, "peer-review-triage-table", "sector-body", triage.tlp(), null, xlsxPassword != null)
                .withContent(ContentFingerprint.ofTable("peer-review-triage-table", "Triage " + period, triage.tlp(),
                        TriageQueries.csvHeader(), TriageQueries.csvRows(triage))));
        for (var region : RegionTables.load(c, shown.figures()).entrySet()) {
            Path file = staging.resolve("region").resolve(slug(region.getKey())).resolve(slug(region.getKey()) + "-indicators-" + period + ".xlsx");
            String marking = NotesForAudience.DATA_ONLY.marking();
            char[] tablePassword = passwordFor(marking); // data only: never restricted today, but the rule is the marking's
            TableCompanions.xlsx(file, "Indicators " + period, marking, RegionTables.HEADER, region.getValue(), null, tablePassword);
            out.add(Manifest.entry(staging, file, "indicator-table", "region", marking, null, region.getKey(), tablePassword != null)
                    .withContent(ContentFingerprint.ofTable("indicator-table", "Indicators " + period, marking, RegionTables.HEADER,
                            region.getValue())));
        }
        return out;
    }

    /**
     * The named recipients' copy of the triage: every evidence line (nothing withheld) and every
     * note above TLP:AMBER of the last twelve months, marked at the strictest level it carries,
     * always encrypted. Filed under {@code named/}.
     */
    private ManifestEntry namedCopy(Connection c, CycleParameters params, Path staging, NotesForAudience notes) throws Exception {
        if (!pdfPassword.isSet()) {
            // The CLI refuses --named without --pdf-password-env; this is the last line of defence.
            throw new IllegalStateException("A copy for named recipients carries TLP:RED notes and must be encrypted: give a PDF password");
        }
        uk.beacon.reports.triage.TriageReport full = TriageQueries.load(c, params.period(), params.asOf(), audiences.get("named"));
        List<uk.beacon.reports.format.RestrictedNote> restricted = notes.restricted();
        Tlp marking = NotesForAudience.strictest(restricted).atLeast(Tlp.parse(full.tlp()));
        Path pdf = staging.resolve("named").resolve("peer-review-triage-" + params.periodName() + "-named.pdf");
        Files.createDirectories(pdf.getParent());
        uk.beacon.reports.triage.TriageReport copy = full.forNamedRecipients(marking.marking(), named.label(), restricted);
        renderer.renderTriage(copy, pdf, pdfPassword.copy());
        log.info("Wrote the copy for {} named recipient(s), encrypted", named.names().size());
        return Manifest.entry(staging, pdf, "peer-review-triage-named", "named", marking.marking(), null, true)
                .withContent(ContentFingerprint.ofReport("peer-review-triage-named", copy));
    }

    /**
     * Whom the named copy is for, as fingerprints of the names (raw.named_copies), so beacon deliver
     * sends it only to them. In the step's transaction: a restarted step replaces its own rows.
     */
    private void recordNamedCopy(Connection c, long jobExecutionId, String path) throws java.sql.SQLException {
        try (java.sql.PreparedStatement del = c.prepareStatement("delete from raw.named_copies where job_execution_id = ? and path = ?")) {
            del.setLong(1, jobExecutionId);
            del.setString(2, path);
            del.executeUpdate();
        }
        try (java.sql.PreparedStatement ins = c.prepareStatement("insert into raw.named_copies values (?, ?, ?, current_timestamp)")) {
            for (String name : named.names()) {
                ins.setLong(1, jobExecutionId);
                ins.setString(2, path);
                ins.setString(3, NamedRecipients.fingerprint(name));
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** One PDF to render, as one task of the pool; {@code kind} groups the timings in the log. */
    private record RenderTask(String kind, java.util.concurrent.Callable<ManifestEntry> work) {
    }

    /** An authority's dashboard as its audience receives it, and where it goes. */
    private RenderTask dashboard(AuthorityDashboard d, String audience, Path relativePath, Path staging) {
        return new RenderTask("dashboard", () -> {
            Path pdf = staging.resolve(relativePath);
            Files.createDirectories(pdf.getParent());
            char[] password = passwordFor(d.tlp());
            renderer.renderAuthorityDashboard(d, pdf, password);
            return Manifest.entry(staging, pdf, "authority-dashboard", audience, d.tlp(), d.laCode(), password != null)
                    .withContent(ContentFingerprint.ofReport("authority-dashboard", d));
        });
    }

    /** A region's monthly pack, for its regional ADCS group. */
    private RenderTask pack(RegionalPack pack, Path relativePath, Path staging) {
        return new RenderTask("regional pack", () -> {
            Path pdf = staging.resolve(relativePath);
            Files.createDirectories(pdf.getParent());
            char[] password = passwordFor(pack.tlp());
            renderer.renderRegionalPack(pack, pdf, password);
            return Manifest.entry(staging, pdf, "regional-pack", "region", pack.tlp(), null, pack.regionName(), password != null)
                    .withContent(ContentFingerprint.ofReport("regional-pack", pack));
        });
    }

    /** Renders every task on a pool as wide as the machine; logs the median time per kind of output. */
    private List<ManifestEntry> render(List<RenderTask> tasks) throws Exception {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ManifestEntry>> futures = new ArrayList<>();
            Map<String, List<Long>> millis = new java.util.concurrent.ConcurrentHashMap<>();
            // Packs first: they take longest, so starting them early keeps both threads busy to the end.
            List<RenderTask> ordered = new ArrayList<>(tasks);
            ordered.sort(java.util.Comparator.comparing(t -> !t.kind().equals("regional pack")));
            for (RenderTask t : ordered) {
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    ManifestEntry entry = t.work().call();
                    millis.computeIfAbsent(t.kind(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add((System.nanoTime() - t0) / 1_000_000);
                    return entry;
                }));
            }
            List<ManifestEntry> out = new ArrayList<>();
            for (Future<ManifestEntry> f : futures) {
                out.add(f.get());
            }
            for (Map.Entry<String, List<Long>> e : new java.util.TreeMap<>(millis).entrySet()) {
                List<Long> sorted = e.getValue().stream().sorted().toList();
                log.info("Rendered {} {}(s) on {} thread(s), median {} ms per PDF", sorted.size(), e.getKey(), threads,
                        sorted.get(sorted.size() / 2));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
