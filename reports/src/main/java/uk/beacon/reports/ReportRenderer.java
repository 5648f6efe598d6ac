package uk.beacon.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
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
        writePdf(print, pdfOut, "Beacon authority dashboard: " + text(data.laName()) + ", " + text(data.periodLabel()), what);
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
        parameters.put("TREND_RANGE", DashboardDataSources.trendRange(data.trend()));
        parameters.put("HAS_TREND", !data.trend().isEmpty());
        parameters.put("TREND_DATA_SOURCE", DashboardDataSources.trend(data.trend()));
        parameters.put("NOTES_INTRO", NoteFormat.intro(data.audienceLabel()));
        parameters.put("NOTES_WITHHELD", NoteFormat.withheldSentence(data.notesWithheld()));
        parameters.put("NOTES_DATA_SOURCE", DashboardDataSources.notes(data.notes()));
        parameters.put("NOTES_REPORT", CompiledTemplates.get(AUTHORITY_DASHBOARD_NOTES));
        // UK conventions whatever the host's settings; UTC so trend months are the months given.
        parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        return parameters;
    }

    private static void writePdf(JasperPrint print, Path pdfOut, String title, String what) throws ReportException {
        Path target = pdfOut.toAbsolutePath();
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
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
            }
            moveIntoPlace(partial, target);
        } catch (JRException | IOException | RuntimeException e) {
            throw new ReportException("Cannot write " + what + " to " + target + ": " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // Best effort: a stray .part file is harmless and the real error is already thrown.
                }
            }
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
