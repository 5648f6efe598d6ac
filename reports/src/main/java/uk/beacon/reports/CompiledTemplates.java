package uk.beacon.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import uk.beacon.reports.format.ReportException;

/**
 * Compiles each JRXML template once per JVM and hands out the compiled report.
 *
 * <p>Compiling (JRXML parse + JDT compile of the expressions) costs most of a second, filling
 * a few tens of milliseconds; a {@link JasperReport} is immutable once compiled and can be
 * filled from several threads at once, so one shared copy per template is enough.
 * {@link ConcurrentHashMap#computeIfAbsent} makes concurrent first callers wait for a single
 * compile instead of each compiling; a failed compile is not cached, so the next call retries.
 */
final class CompiledTemplates {

    /** Classpath folder the reports module packages its templates into (see reports/pom.xml). */
    static final String TEMPLATE_FOLDER = "beacon/reports/templates/";

    private static final ConcurrentMap<String, JasperReport> COMPILED = new ConcurrentHashMap<>();
    private static final AtomicInteger COMPILATIONS = new AtomicInteger();
    private static final ConcurrentMap<String, AtomicInteger> COMPILATIONS_BY_TEMPLATE = new ConcurrentHashMap<>();

    private CompiledTemplates() {
    }

    /** The compiled template, e.g. {@code get("authority-dashboard.jrxml")}. */
    static JasperReport get(String templateName) throws ReportException {
        try {
            return COMPILED.computeIfAbsent(templateName, CompiledTemplates::compileUnchecked);
        } catch (TemplateCompileFailure failure) {
            throw failure.reportException;
        }
    }

    /** How many compilations have run in this JVM (tests check the cache holds). */
    static int compilations() {
        return COMPILATIONS.get();
    }

    /** How many times this template has been compiled in this JVM (0 or 1 when the cache holds). */
    static int compilations(String templateName) {
        AtomicInteger count = COMPILATIONS_BY_TEMPLATE.get(templateName);
        return count == null ? 0 : count.get();
    }

    private static JasperReport compileUnchecked(String templateName) {
        String resource = TEMPLATE_FOLDER + templateName;
        ClassLoader loader = CompiledTemplates.class.getClassLoader();
        try (InputStream jrxml = loader.getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new TemplateCompileFailure(new ReportException("Report template not on classpath: " + resource));
            }
            COMPILATIONS.incrementAndGet();
            COMPILATIONS_BY_TEMPLATE.computeIfAbsent(templateName, name -> new AtomicInteger()).incrementAndGet();
            return JasperCompileManager.compileReport(jrxml);
        } catch (JRException | IOException | RuntimeException e) {
            if (e instanceof TemplateCompileFailure failure) {
                throw failure;
            }
            throw new TemplateCompileFailure(new ReportException("Cannot compile report template " + resource + ": " + e.getMessage(), e));
        }
    }

    /** Carries a checked ReportException out of computeIfAbsent's mapping function. */
    private static final class TemplateCompileFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ReportException reportException;

        TemplateCompileFailure(ReportException reportException) {
            super(reportException.getMessage(), reportException, false, false);
            this.reportException = reportException;
        }
    }
}
