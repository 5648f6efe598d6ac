package uk.beacon.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRendererTest {

    @TempDir
    Path tmp;

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void dashboardShowsHeaderFiguresAndMarkingsWithEmbeddedFonts() throws Exception {
        Path pdf = tmp.resolve("E08000012-2026-10.pdf");

        renderer.renderAuthorityDashboard(SampleDashboards.sample("E08000012", "Liverpool", true), pdf);

        keepForInspection(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Beacon — authority dashboard", "Liverpool (E08000012)",
                    "North West", "October 2026", "TLP:GREEN", "Synthetic demonstration data",
                    "Data as of 23 November 2026", "Page 1 of " + document.getNumberOfPages());
            // Rates and percentages to 1 decimal place (half up), counts whole with separators.
            assertThat(text).contains("341.3", "334.3", "71.0", "21.5", "83,630", "1,234", "16", "c (suppressed)");
            assertThat(text).doesNotContain("341.25", "16.4", "null");
            assertThat(text).contains("Trend: Children looked after rate (rate per 10,000)");
            // 18 rows and the chart fit on one A4 page; longer tables push the chart to page 2.
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            // TLP marking at top and bottom of every page, banner on every page.
            assertThat(countOf(text, "TLP:GREEN")).isEqualTo(2 * document.getNumberOfPages());
            assertThat(countOf(text, "Synthetic demonstration data")).isEqualTo(document.getNumberOfPages());
            assertEveryFontEmbedded(document);
        }
    }

    @Test
    void realDataHasNoSyntheticBanner() throws Exception {
        Path pdf = tmp.resolve("real.pdf");

        renderer.renderAuthorityDashboard(SampleDashboards.sample("E08000012", "Liverpool", false), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Liverpool (E08000012)", "TLP:GREEN");
            assertThat(text).doesNotContain("Synthetic demonstration data", "not real figures");
        }
    }

    @Test
    void twoThreadsRenderAtOnceFromOneCompiledTemplate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Path>> results = new ArrayList<>();
        try {
            for (String[] la : new String[][] {{"E08000012", "Liverpool"}, {"E08000003", "Manchester"}}) {
                Callable<Path> render = () -> {
                    Path pdf = tmp.resolve(la[0] + ".pdf");
                    start.await();
                    // A renderer per thread, as a pipeline's worker threads might have.
                    new ReportRenderer().renderAuthorityDashboard(SampleDashboards.sample(la[0], la[1], true), pdf);
                    return pdf;
                };
                results.add(pool.submit(render));
            }
            start.countDown();
            assertThat(text(results.get(0).get(2, TimeUnit.MINUTES))).contains("Liverpool (E08000012)").doesNotContain("Manchester");
            assertThat(text(results.get(1).get(2, TimeUnit.MINUTES))).contains("Manchester (E08000003)").doesNotContain("Liverpool");
        } finally {
            pool.shutdownNow();
        }
        assertThat(CompiledTemplates.compilations()).isEqualTo(1);
    }

    @Test
    void dashboardWithoutTrendOrRowsStillRenders() throws Exception {
        AuthorityDashboard sample = SampleDashboards.sample("E06000001", "Hartlepool", true);
        AuthorityDashboard empty = new AuthorityDashboard(sample.laCode(), sample.laName(), sample.regionName(),
                sample.period(), sample.periodLabel(), sample.dataAsOf(), true, "TLP:AMBER", null,
                sample.trendIndicatorLabel(), sample.trendUnit(), List.of(), "Return for October 2026 not received",
                sample.audienceLabel(), sample.notes(), sample.notesWithheld());
        Path pdf = tmp.resolve("empty.pdf");

        renderer.renderAuthorityDashboard(empty, pdf);

        assertThat(text(pdf)).contains("Hartlepool (E06000001)", "TLP:AMBER", "No trend data available", "Page 1 of 1",
                "Return for October 2026 not received");
    }

    @Test
    void trendMixingIndicatorsIsRejected() {
        AuthorityDashboard sample = SampleDashboards.sample("E06000001", "Hartlepool", true);
        List<TrendPoint> mixed = new ArrayList<>(SampleDashboards.trend("CLA_RATE", YearMonth.of(2026, 10), 3));
        mixed.add(new TrendPoint("CPP_RATE", "2026-07", 1.0, 2.0, 3.0));
        AuthorityDashboard bad = new AuthorityDashboard(sample.laCode(), sample.laName(), sample.regionName(),
                sample.period(), sample.periodLabel(), sample.dataAsOf(), true, sample.tlp(), sample.rows(),
                sample.trendIndicatorLabel(), sample.trendUnit(), mixed, sample.returnStatus(),
                sample.audienceLabel(), sample.notes(), sample.notesWithheld());

        assertThatThrownBy(() -> renderer.renderAuthorityDashboard(bad, tmp.resolve("bad.pdf")))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("one indicator");
        assertThat(tmp.resolve("bad.pdf")).doesNotExist();
    }

    @Test
    void dashboardWithoutTlpMarkingIsRefused() {
        AuthorityDashboard sample = SampleDashboards.sample("E06000001", "Hartlepool", true);
        AuthorityDashboard unmarked = new AuthorityDashboard(sample.laCode(), sample.laName(), sample.regionName(),
                sample.period(), sample.periodLabel(), sample.dataAsOf(), true, " ", sample.rows(),
                sample.trendIndicatorLabel(), sample.trendUnit(), sample.trend(), sample.returnStatus(),
                sample.audienceLabel(), sample.notes(), sample.notesWithheld());

        assertThatThrownBy(() -> renderer.renderAuthorityDashboard(unmarked, tmp.resolve("unmarked.pdf")))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("TLP");
    }

    private static void assertEveryFontEmbedded(PDDocument document) throws IOException {
        int fonts = 0;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts++;
                assertThat(font.isEmbedded()).as("font %s (%s) embedded", font.getName(), name.getName()).isTrue();
                assertThat(font.getName()).as("font name").contains("DejaVuSans");
            }
        }
        assertThat(fonts).isPositive();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    /** Leaves a copy under target/ so a person can look at the rendered dashboard after a build. */
    private static void keepForInspection(Path pdf) throws IOException {
        Path out = Paths.get("target", "sample-output");
        Files.createDirectories(out);
        Files.copy(pdf, out.resolve("authority-dashboard-sample.pdf"), StandardCopyOption.REPLACE_EXISTING);
    }
}
