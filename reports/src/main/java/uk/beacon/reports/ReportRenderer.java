package uk.beacon.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import uk.beacon.reports.dashboard.AuthorityDashboard;
import uk.beacon.reports.dashboard.DashboardDataSources;
import uk.beacon.reports.dashboard.DataQualityFormat;
import uk.beacon.reports.dashboard.TrendFormat;
import uk.beacon.reports.format.NoteFormat;
import uk.beacon.reports.format.NoteLine;
import uk.beacon.reports.format.ReportException;
import uk.beacon.reports.format.RestrictedNote;
import uk.beacon.reports.pack.RegionalPack;
import uk.beacon.reports.pack.RegionalPackFormat;
import uk.beacon.reports.triage.TriageFormat;
import uk.beacon.reports.triage.TriageReport;

/**
 * Renders Beacon's PDF reports from JRXML templates on the classpath.
 *
 * <p>Templates are compiled once per JVM and shared (see {@link CompiledTemplates}); each call
 * fills and exports independently, so one renderer, or several, may be used from several
 * threads at once.
 */
public final class ReportRenderer {

    static final String AUTHORITY_DASHBOARD = "authority-dashboard.jrxml";
    /** The dashboard's soft-intelligence notes, a subreport of {@link #AUTHORITY_DASHBOARD}. */
    static final String AUTHORITY_DASHBOARD_NOTES = "authority-dashboard-notes.jrxml";
    /** The dashboard's "Data quality of its returns" section, a subreport of {@link #AUTHORITY_DASHBOARD}. */
    static final String AUTHORITY_DASHBOARD_QUALITY = "authority-dashboard-quality.jrxml";
    static final String PEER_REVIEW_TRIAGE = "peer-review-triage.jrxml";
    /** The triage's "Peer reviews overdue" table, a subreport of {@link #PEER_REVIEW_TRIAGE}. */
    static final String PEER_REVIEW_TRIAGE_OVERDUE = "peer-review-triage-overdue.jrxml";

    static final String REGIONAL_PACK = "regional-pack.jrxml";
    /** The pack's cover table of returns, its overview table and its concerns page: subreports of {@link #REGIONAL_PACK}. */
    static final String REGIONAL_PACK_RETURNS = "regional-pack-returns.jrxml";
    static final String REGIONAL_PACK_OVERVIEW = "regional-pack-overview.jrxml";
    static final String REGIONAL_PACK_CONCERNS = "regional-pack-concerns.jrxml";

    private static final SecureRandom RANDOM = new SecureRandom();

    public ReportRenderer() {
        // Stateless: the compiled templates are shared, see CompiledTemplates.
    }

    /**
     * Writes one authority's dashboard to {@code pdfOut} (parent folders are created). The file
     * appears complete or not at all: the PDF is written to a temporary sibling and moved into place.
     *
     * @throws ReportException when the template cannot be compiled, the data are unusable
     *                         (no TLP marking, a trend period that is not YYYY-MM, a trend mixing
     *                         indicators) or the file cannot be written
     */
    public void renderAuthorityDashboard(AuthorityDashboard data, Path pdfOut) throws ReportException {
        renderAuthorityDashboard(data, pdfOut, null);
    }

    /**
     * As {@link #renderAuthorityDashboard(AuthorityDashboard, Path)}, encrypted with {@code password}
     * when it is non-null and non-empty (for TLP:AMBER+STRICT and TLP:RED copies); see
     * {@link #renderTriage(TriageReport, Path, char[])} for what the encryption is. The caller's
     * array is left as it is: the caller clears it.
     */
    public void renderAuthorityDashboard(AuthorityDashboard data, Path pdfOut, char[] password) throws ReportException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(pdfOut, "pdfOut");
        String what = "dashboard for " + data.laCode() + " " + data.period();
        if (data.tlp() == null || data.tlp().isBlank()) {
            // TLP 2.0: a shared document must carry its marking; refuse rather than print an unmarked one.
            throw new ReportException("No TLP marking for " + what);
        }
        for (NoteLine n : data.notes()) {
            // The document's marking must be at least as strict as every note it carries (TLP 2.0).
            if (tlpRank(n.tlp()) > tlpRank(data.tlp())) {
                throw new ReportException("The document is marked " + data.tlp() + " but carries a " + n.tlp() + " note: " + what);
            }
        }

        JasperReport template = CompiledTemplates.get(AUTHORITY_DASHBOARD);
        JasperPrint print;
        try {
            print = JasperFillManager.fillReport(template, dashboardParameters(data),
                    DashboardDataSources.indicatorRows(data.rows()));
        } catch (JRException | RuntimeException e) {
            throw new ReportException("Cannot fill " + what + ": " + e.getMessage(), e);
        }
        writePdf(print, pdfOut, "Beacon authority dashboard: " + text(data.laName()) + ", " + text(data.periodLabel()), what, password);
    }

    /**
     * Writes the peer-review triage (A4 landscape) to {@code pdfOut}, unencrypted; as the
     * dashboard, the file appears complete or not at all.
     *
     * @throws ReportException when there is no TLP marking, the template cannot be compiled or
     *                         filled, or the file cannot be written
     */
    public void renderTriage(TriageReport report, Path pdfOut) throws ReportException {
        renderTriage(report, pdfOut, null);
    }

    /**
     * As {@link #renderTriage(TriageReport, Path)}, encrypted with {@code password} when it is
     * non-null and non-empty: the PDF then opens only with that password, which lets the reader
     * print, copy and use a screen reader. The owner password is random and never kept, so the
     * permissions cannot be changed. The password is never stored or logged; the copy made here
     * is cleared after use (the caller clears its own array). Encryption is AES-256 (PDF
     * standard security handler, revision 6), done with PDFBox on the exported bytes in memory:
     * JasperReports' own encryption (openpdf 1.3.43) needs BouncyCastle and offers at most RC4-128.
     *
     * @throws ReportException as the unencrypted overload
     */
    public void renderTriage(TriageReport report, Path pdfOut, char[] password) throws ReportException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(pdfOut, "pdfOut");
        String what = "peer-review triage " + text(report.period());
        if (report.tlp() == null || report.tlp().isBlank()) {
            // TLP 2.0: a shared document must carry its marking; refuse rather than print an unmarked one.
            throw new ReportException("No TLP marking for " + what);
        }
        if (report.restrictedNotes() != null) {
            for (RestrictedNote n : report.restrictedNotes()) {
                // As the dashboard: the marking must be at least as strict as every note the document carries.
                if (tlpRank(n.note().tlp()) > tlpRank(report.tlp())) {
                    throw new ReportException("The document is marked " + report.tlp() + " but carries a " + n.note().tlp() + " note: " + what);
                }
            }
        }
        JasperReport template = CompiledTemplates.get(PEER_REVIEW_TRIAGE);
        JasperPrint print;
        try {
            print = JasperFillManager.fillReport(template, triageParameters(report), TriageFormat.triggered(report.triggered()));
        } catch (JRException | RuntimeException e) {
            throw new ReportException("Cannot fill " + what + ": " + e.getMessage(), e);
        }
        writePdf(print, pdfOut, "Beacon peer-review triage: " + text(report.periodLabel()), what, password);
    }

    /**
     * Writes one region's monthly pack (A4 landscape: cover, overview, a page per indicator,
     * concerns and triggers) to {@code pdfOut}, encrypted with {@code password} when it is
     * non-null and non-empty (see {@link #renderTriage(TriageReport, Path, char[])}). As the
     * other reports, the file appears complete or not at all.
     *
     * @throws ReportException when there is no TLP marking, the template cannot be compiled or
     *                         filled, or the file cannot be written
     */
    public void renderRegionalPack(RegionalPack pack, Path pdfOut, char[] password) throws ReportException {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(pdfOut, "pdfOut");
        String what = "regional pack for " + text(pack.regionName()) + " " + text(pack.period());
        if (pack.tlp() == null || pack.tlp().isBlank()) {
            // TLP 2.0: a shared document must carry its marking; refuse rather than print an unmarked one.
            throw new ReportException("No TLP marking for " + what);
        }
        JasperReport template = CompiledTemplates.get(REGIONAL_PACK);
        JasperPrint print;
        try {
            print = JasperFillManager.fillReport(template, packParameters(pack), RegionalPackFormat.indicatorPages(pack));
        } catch (JRException | RuntimeException e) {
            throw new ReportException("Cannot fill " + what + ": " + e.getMessage(), e);
        }
        writePdf(print, pdfOut, "Beacon regional pack: " + text(pack.regionName()) + ", " + text(pack.periodLabel()), what, password);
    }

    private static Map<String, Object> packParameters(RegionalPack pack) throws ReportException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TLP", text(pack.tlp()).strip());
        parameters.put("SYNTHETIC", pack.synthetic());
        parameters.put("DATA_AS_OF", text(pack.dataAsOf()));
        parameters.put("HEADER_LINE", RegionalPackFormat.headerLine(pack));
        parameters.put("COVER_TITLE", RegionalPackFormat.coverTitle(pack));
        parameters.put("CONTENTS", RegionalPackFormat.contents(pack));
        parameters.put("RETURNS_SUMMARY", RegionalPackFormat.returnsSummary(pack));
        parameters.put("RETURNS_DATA_SOURCE", RegionalPackFormat.returns(pack));
        parameters.put("RETURNS_REPORT", CompiledTemplates.get(REGIONAL_PACK_RETURNS));
        parameters.put("OVERVIEW_TITLE", RegionalPackFormat.overviewTitle(pack));
        parameters.put("OVERVIEW_HEADINGS", RegionalPackFormat.overviewHeadings(pack));
        parameters.put("OVERVIEW_LEGEND", RegionalPackFormat.legend());
        parameters.put("OVERVIEW_KEY_LINE", RegionalPackFormat.keyLine());
        parameters.put("OVERVIEW_DATA_SOURCE", RegionalPackFormat.overviewRows(pack));
        parameters.put("OVERVIEW_REPORT", CompiledTemplates.get(REGIONAL_PACK_OVERVIEW));
        parameters.put("CONCERNS_INTRO", RegionalPackFormat.concernsIntro(pack));
        parameters.put("LEARNING_GROUPS", RegionalPackFormat.learningGroups(pack));
        String withheld = TriageFormat.withheldSentence(pack.evidenceWithheld());
        parameters.put("WITHHELD", withheld == null ? "" : withheld);
        // A regional group cannot run beacon explain itself: say who can, and what to ask for.
        parameters.put("CONCERNS_DATA_SOURCE", TriageFormat.triggered(pack.concerns(),
                row -> "a data lead can list them all: beacon explain " + row.laCode() + " " + pack.period()));
        parameters.put("CONCERNS_REPORT", CompiledTemplates.get(REGIONAL_PACK_CONCERNS));
        parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        return parameters;
    }

    private static Map<String, Object> triageParameters(TriageReport report) throws ReportException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TLP", text(report.tlp()).strip());
        parameters.put("SYNTHETIC", report.synthetic());
        parameters.put("DATA_AS_OF", text(report.dataAsOf()));
        parameters.put("HEADER_LINE", TriageFormat.headerLine(report));
        parameters.put("INTRO", TriageFormat.intro(report.triggered().size(), report.overdueReviews().size()));
        parameters.put("WITHHELD", TriageFormat.withheldSentence(report.evidenceWithheld()));
        parameters.put("OVERDUE_DATA_SOURCE", TriageFormat.overdue(report.overdueReviews()));
        parameters.put("OVERDUE_REPORT", CompiledTemplates.get(PEER_REVIEW_TRIAGE_OVERDUE));
        if (report.restrictedNotes() != null) {
            // The named recipients' copy: the restricted notes, in the dashboard's notes layout.
            parameters.put("RESTRICTED_DATA_SOURCE", DashboardDataSources.restrictedNotes(report.restrictedNotes()));
            parameters.put("RESTRICTED_INTRO", NoteFormat.restrictedIntro(report.audienceLabel()));
            parameters.put("RESTRICTED_REPORT", CompiledTemplates.get(AUTHORITY_DASHBOARD_NOTES));
        }
        parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        return parameters;
    }

    private static Map<String, Object> dashboardParameters(AuthorityDashboard data) throws ReportException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("LA_NAME", text(data.laName()));
        parameters.put("LA_CODE", text(data.laCode()));
        parameters.put("REGION_NAME", text(data.regionName()));
        parameters.put("PERIOD_LABEL", text(data.periodLabel()));
        parameters.put("DATA_AS_OF", text(data.dataAsOf()));
        parameters.put("SYNTHETIC", data.synthetic());
        parameters.put("TLP", text(data.tlp()));
        parameters.put("RETURN_STATUS", text(data.returnStatus()));
        parameters.put("TREND_LABEL", text(data.trendIndicatorLabel()));
        parameters.put("TREND_UNIT", text(data.trendUnit()));
        parameters.put("TREND_AXIS_LABEL", TrendFormat.axisLabel(data.trendUnit()));
        parameters.put("TREND_RANGE", DashboardDataSources.trendRange(data.trend()));
        parameters.put("HAS_TREND", !data.trend().isEmpty());
        parameters.put("TREND_DATA_SOURCE", DashboardDataSources.trend(data.trend(), data.trendLimits()));
        parameters.put("TREND_CAPTION", TrendFormat.caption(data.trendLimits(), data.trend(), data.trendUnit()));
        parameters.put("HAS_QUALITY", data.dataQuality() != null);
        if (data.dataQuality() != null) {
            parameters.put("QUALITY_RETURNS", DataQualityFormat.returnsLine(data.dataQuality()));
            parameters.put("QUALITY_THIS_PERIOD", DataQualityFormat.thisPeriod(data.dataQuality(), text(data.periodLabel())));
            parameters.put("QUALITY_REPORT", CompiledTemplates.get(AUTHORITY_DASHBOARD_QUALITY));
        }
        parameters.put("NOTES_INTRO", NoteFormat.intro(data.audienceLabel()));
        parameters.put("NOTES_WITHHELD", NoteFormat.withheldSentence(data.notesWithheld()));
        parameters.put("NOTES_DATA_SOURCE", DashboardDataSources.notes(data.notes()));
        parameters.put("NOTES_REPORT", CompiledTemplates.get(AUTHORITY_DASHBOARD_NOTES));
        // UK conventions whatever the host's settings; UTC so trend months are the months given.
        parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        return parameters;
    }

    private static void writePdf(JasperPrint print, Path pdfOut, String title, String what, char[] password) throws ReportException {
        Path target = pdfOut.toAbsolutePath();
        Path partial = null;
        // Our own copy, cleared in the finally block whatever happens; the caller's array is theirs.
        char[] secret = password == null || password.length == 0 ? null : password.clone();
        try {
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (OutputStream file = Files.newOutputStream(partial)) {
                // To be encrypted, the plain PDF is kept in memory only, never on disk.
                ByteArrayOutputStream plain = secret == null ? null : new ByteArrayOutputStream(256 * 1024);
                OutputStream out = secret == null ? file : plain;
                JRPdfExporter exporter = new JRPdfExporter();
                exporter.setExporterInput(new SimpleExporterInput(print));
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
                configuration.setMetadataTitle(title);
                configuration.setDisplayMetadataTitle(true);
                configuration.setMetadataAuthor("Beacon");
                configuration.setMetadataCreator("Beacon reports (JasperReports)");
                // Not tagged: 7.0.8 with Central's openpdf fails with "Tagged PDF export is not
                // supported" (the tagger factory lives in Jaspersoft's own pdf module).
                exporter.setConfiguration(configuration);
                exporter.exportReport();
                if (secret != null) {
                    encrypt(plain.toByteArray(), secret, file);
                }
            }
            moveIntoPlace(partial, target);
        } catch (JRException | IOException | RuntimeException e) {
            // The message names the file and the report, never the password.
            throw new ReportException("Cannot write " + what + " to " + target + ": " + e.getMessage(), e);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // Best effort: a stray .part file is harmless and the real error is already thrown.
                }
            }
        }
    }

    /**
     * Encrypts the exported PDF with AES-256 (PDF 2.0 standard security handler, revision 6) and
     * writes it to {@code out}: opening needs {@code secret}; a reader may print, copy text and use
     * a screen reader, not modify or reassemble. The owner password is random and never kept.
     * PDFBox takes passwords as Strings, which cannot be cleared: they become garbage when this
     * method returns.
     */
    private static void encrypt(byte[] pdf, char[] secret, OutputStream out) throws IOException {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanModify(false);
        permissions.setCanAssembleDocument(false);
        permissions.setCanFillInForm(false);
        permissions.setCanModifyAnnotations(false);
        permissions.setCanPrint(true);
        permissions.setCanPrintFaithful(true);
        permissions.setCanExtractContent(true);
        permissions.setCanExtractForAccessibility(true);
        byte[] ownerBytes = new byte[24];
        RANDOM.nextBytes(ownerBytes);
        String owner = HexFormat.of().formatHex(ownerBytes);
        Arrays.fill(ownerBytes, (byte) 0);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, new String(secret), permissions);
        policy.setEncryptionKeyLength(256);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.protect(policy);
            document.save(out);
        }
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Jasper prints "null" for a null String in a concatenation; print nothing instead. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** TLP 2.0 levels from least to most restricted; unknown text ranks as most restricted. */
    private static int tlpRank(String marking) {
        String t = marking.trim().toUpperCase(java.util.Locale.ROOT).replace("TLP:", "");
        int i = java.util.List.of("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED").indexOf(t);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
