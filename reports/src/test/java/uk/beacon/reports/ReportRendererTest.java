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
import uk.beacon.reports.chart.SpecialCauseMark;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.reports.dashboard.AuthorityDashboard;
import uk.beacon.reports.dashboard.DataQuality;
import uk.beacon.reports.dashboard.TrendFormat;
import uk.beacon.reports.format.NoteFormat;
import uk.beacon.reports.format.NoteLine;
import uk.beacon.reports.format.ReportException;

class ReportRendererTest {

    @TempDir
    Path tmp;

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void dashboardShowsHeaderFiguresAndMarkingsWithEmbeddedFonts() throws Exception {
        Path pdf = tmp.resolve("E08000012-2026-10.pdf");

        renderer.renderAuthorityDashboard(SampleDashboards.sample("E08000012", "Liverpool", true), pdf);

        keepForInspection(pdf, "authority-dashboard-sample.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Beacon — authority dashboard", "Liverpool (E08000012)",
                    "North West", "October 2026", "TLP:GREEN", "Synthetic demonstration data",
                    "Data as of 23 November 2026", "Page 1 of " + document.getNumberOfPages());
            // Rates and percentages to 1 decimal place (half up), counts whole with separators.
            assertThat(text).contains("341.3", "334.3", "71.0", "21.5", "83,630", "1,234", "16", "c (suppressed)");
            assertThat(text).doesNotContain("341.25", "16.4", "null");
            assertThat(text).contains("Trend: Children looked after rate (rate per 10,000)");
            // 18 rows with long labels fill page 1; the chart, the data quality and the soft-intelligence
            // section (here: no notes) follow on page 2, in that order.
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(pageText(document, 1)).contains("Average days from entering care").doesNotContain("Trend:", "Soft intelligence");
            String page2 = pageText(document, 2);
            assertThat(page2).contains("Trend: Children looked after rate", "Data quality of its returns", "Soft intelligence",
                    NoteFormat.NO_NOTES, "Page 2 of 2");
            assertThat(page2.indexOf("Trend:")).isLessThan(page2.indexOf("Data quality of its returns"));
            assertThat(page2.indexOf("Data quality of its returns")).isLessThan(page2.indexOf("Soft intelligence"));
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
        // Each template (the dashboard and its notes subreport) compiled once in this JVM (other
        // test classes in the same JVM may have compiled other templates).
        assertThat(CompiledTemplates.compilations(ReportRenderer.AUTHORITY_DASHBOARD)).isEqualTo(1);
        assertThat(CompiledTemplates.compilations(ReportRenderer.AUTHORITY_DASHBOARD_NOTES)).isEqualTo(1);
    }

    @Test
    void dashboardWithoutTrendOrRowsStillRenders() throws Exception {
        AuthorityDashboard sample = SampleDashboards.sample("E06000001", "Hartlepool", true);
        AuthorityDashboard empty = new AuthorityDashboard(sample.laCode(), sample.laName(), sample.regionName(),
                sample.period(), sample.periodLabel(), sample.dataAsOf(), true, "TLP:AMBER", null,
                sample.trendIndicatorLabel(), sample.trendUnit(), List.of(), null, "Return for October 2026 not received",
                null, sample.audienceLabel(), sample.notes(), sample.notesWithheld());
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
                sample.trendIndicatorLabel(), sample.trendUnit(), mixed, null, sample.returnStatus(),
                sample.dataQuality(), sample.audienceLabel(), sample.notes(), sample.notesWithheld());

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
                sample.trendIndicatorLabel(), sample.trendUnit(), sample.trend(), sample.trendLimits(), sample.returnStatus(),
                sample.dataQuality(), sample.audienceLabel(), sample.notes(), sample.notesWithheld());

        assertThatThrownBy(() -> renderer.renderAuthorityDashboard(unmarked, tmp.resolve("unmarked.pdf")))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("TLP");
    }

    @Test
    void softIntelligenceShowsEachNoteInFullInTheOrderGivenAndTheWithheldCount() throws Exception {
        // Marked AMBER+STRICT, the most restrictive level of the notes it carries (AMBER, GREEN);
        // the notes never print "+STRICT", so the header and footer markings can be counted.
        AuthorityDashboard dashboard = SampleDashboards.marked(SampleDashboards.withNotes(
                SampleDashboards.sample("E08000012", "Liverpool", true), "Regional ADCS group: North West",
                SampleDashboards.threeNotes(), 2), "TLP:AMBER+STRICT");
        Path pdf = tmp.resolve("notes.pdf");

        renderer.renderAuthorityDashboard(dashboard, pdf);

        keepForInspection(pdf, "authority-dashboard-notes.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text).contains("Soft intelligence",
                    "Notes shared with this audience (Regional ADCS group: North West), most recent first.",
                    "14 August 2026 · Leadership change · Concern · Severity 3 (high) · TLP:AMBER · Source: Regional DCS network",
                    "2 July 2026 · Partnership · Reassurance · Severity 2 (medium) · TLP:GREEN · Source: Police & health partners <regional>",
                    "19 May 2026 · Workforce · Concern · Severity 2 (medium) · TLP:AMBER · Source: Regional workforce network",
                    "2 further notes about this authority exist above this audience's sharing level (TLP) and are not shown.");
            for (NoteLine note : SampleDashboards.threeNotes()) {
                assertThat(text).contains(note.source(), note.summary());
            }
            // The 900-character summary is there whole: first words, last words and everything between.
            assertThat(SampleDashboards.LONG_SUMMARY).hasSize(900);
            assertThat(text).contains("Several experienced front door social workers",
                    "with the caseload figures for October.", SampleDashboards.LONG_SUMMARY);
            // In the order given, after the chart.
            assertThat(text.indexOf(SampleDashboards.LEADERSHIP.summary()))
                    .isGreaterThan(text.indexOf("Trend: Children looked after rate"))
                    .isLessThan(text.indexOf(SampleDashboards.PARTNERSHIP.summary()));
            assertThat(text.indexOf(SampleDashboards.PARTNERSHIP.summary())).isLessThan(text.indexOf(SampleDashboards.LONG_SUMMARY));
            assertThat(text).doesNotContain(NoteFormat.NO_NOTES, "1 further note", "null");
            // Table, then chart and data quality, then the notes: within the 2 to 4 pages a dashboard may take.
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertEveryPageMarked(document, "TLP:AMBER+STRICT");
            assertEveryFontEmbedded(document);
        }
    }

    @Test
    void everyPageTheNotesRunOntoSaysContinuedHoweverFewNotesCameBeforeTheBreak() throws Exception {
        // Table lengths move the section's start, so that 1, 2, 3… notes fit before the first page break.
        List<NoteLine> notes = SampleDashboards.manyNotes(6);
        AuthorityDashboard sample = SampleDashboards.sample("E08000012", "Liverpool", true);
        java.util.Set<Integer> notesBeforeBreak = new java.util.TreeSet<>();
        for (int rows = 0; rows <= sample.rows().size(); rows++) {
            AuthorityDashboard dashboard = SampleDashboards.marked(SampleDashboards.withNotes(new AuthorityDashboard(sample.laCode(),
                    sample.laName(), sample.regionName(), sample.period(), sample.periodLabel(), sample.dataAsOf(), true, "TLP:AMBER",
                    sample.rows().subList(0, rows), sample.trendIndicatorLabel(), sample.trendUnit(), sample.trend(), sample.trendLimits(),
                    sample.returnStatus(), null, "Regional ADCS group: North West", List.of(), 0),
                    "Regional ADCS group: North West", notes, 0), "TLP:AMBER");
            Path pdf = tmp.resolve("continued-" + rows + ".pdf");
            renderer.renderAuthorityDashboard(dashboard, pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                int heading = pageWithLine(document, "Soft intelligence");
                int before = 0;
                for (NoteLine note : notes) {
                    int page = pageContaining(document, "Source: " + note.source());
                    if (page == heading) {
                        before++;
                    } else {
                        assertThat(pageWithLine(document, "Soft intelligence, continued") > 0 && flat(pageText(document, page))
                                .contains("Soft intelligence, continued")).as("%d rows: page %d of the notes says continued", rows, page).isTrue();
                    }
                }
                if (before < notes.size()) {
                    notesBeforeBreak.add(before);
                }
            }
        }
        // The edge case the check is for: a single note before the break.
        assertThat(notesBeforeBreak).contains(1);
    }

    @Test
    void manyNotesRunOnOverFurtherPagesWithHeaderAndFooterOnEach() throws Exception {
        List<NoteLine> notes = SampleDashboards.manyNotes(14);
        AuthorityDashboard dashboard = SampleDashboards.marked(SampleDashboards.withNotes(
                SampleDashboards.sample("E08000012", "Liverpool", true), "Regional ADCS group: North West", notes, 1), "TLP:AMBER");
        Path pdf = tmp.resolve("many-notes.pdf");

        renderer.renderAuthorityDashboard(dashboard, pdf);

        keepForInspection(pdf, "authority-dashboard-many-notes.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertEveryPageMarked(document, "TLP:AMBER");
            assertEveryFontEmbedded(document);
            String text = flat(bodyText(document));
            int previous = -1;
            for (NoteLine note : notes) {
                if (!note.summary().equals(SampleDashboards.LONG_SUMMARY)) {
                    int at = text.indexOf(note.summary());
                    assertThat(at).as("summary of %s, after the one before", note.source()).isGreaterThan(previous);
                    previous = at;
                }
                assertThat(text).contains("Source: " + note.source());
            }
            // Every 900-character summary is there whole (read past the page header and footer,
            // in case one is taller than the space left on a page and is split).
            assertThat(countOf(text, SampleDashboards.LONG_SUMMARY)).isEqualTo(4);
            assertThat(text).contains("1 further note about this authority exists above this audience's sharing level (TLP) and is not shown.");
        }
    }

    @Test
    void headingStaysWithTheFirstNoteAndNotesAreNotSplitWhereverTheSectionStarts() throws Exception {
        // Shorter tables leave more room after the chart, so the section starts on page 1 or,
        // (without a data-quality section, which would take the room on page 1)
        // when its heading and first (long) note do not fit there, on page 2, heading and all.
        AuthorityDashboard sample = SampleDashboards.sample("E08000012", "Liverpool", true);
        List<NoteLine> notes = List.of(SampleDashboards.WORKFORCE, SampleDashboards.LEADERSHIP, SampleDashboards.PARTNERSHIP);
        List<Integer> headingPages = new ArrayList<>();
        for (int rows = 4; rows <= 18; rows += 2) {
            AuthorityDashboard dashboard = new AuthorityDashboard(sample.laCode(), sample.laName(), sample.regionName(),
                    sample.period(), sample.periodLabel(), sample.dataAsOf(), true, "TLP:AMBER+STRICT",
                    sample.rows().subList(0, rows), sample.trendIndicatorLabel(), sample.trendUnit(), sample.trend(),
                    sample.trendLimits(), sample.returnStatus(), null, "Regional ADCS group: North West", notes, 1);
            Path pdf = tmp.resolve("rows-" + rows + ".pdf");

            renderer.renderAuthorityDashboard(dashboard, pdf);

            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                int heading = pageWithLine(document, "Soft intelligence");
                assertThat(heading).as("%d rows: heading", rows).isPositive();
                // "continued" exactly when a note runs onto a later page (it did not, after a page holding one note).
                int lastNotePage = notes.stream().mapToInt(n -> {
                    try {
                        return pageContaining(document, "Source: " + n.source());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).max().orElseThrow();
                assertThat(pageWithLine(document, "Soft intelligence, continued")).as("%d rows: continued", rows)
                        .isEqualTo(lastNotePage > heading ? heading + 1 : 0);
                for (NoteLine note : notes) {
                    String words = flat(note.summary());
                    int first = pageContaining(document, "Source: " + note.source());
                    assertThat(pageContaining(document, words.substring(0, 40))).as("%d rows: %s starts with its first line", rows, note.source()).isEqualTo(first);
                    assertThat(pageContaining(document, words.substring(words.length() - 30))).as("%d rows: %s ends on the same page", rows, note.source()).isEqualTo(first);
                }
                assertThat(pageContaining(document, "Source: " + SampleDashboards.WORKFORCE.source())).as("%d rows: first note with heading", rows).isEqualTo(heading);
                assertThat(pageContaining(document, "1 further note about this authority")).as("%d rows: withheld count with heading", rows).isEqualTo(heading);
                assertEveryPageMarked(document, "TLP:AMBER+STRICT");
                headingPages.add(heading);
            }
        }
        // Both cases were exercised.
        assertThat(headingPages).contains(1, 2);
    }

    @Test
    void noVisibleNotesAndNoneWithheldSaysSoAndNothingMore() throws Exception {
        AuthorityDashboard dashboard = SampleDashboards.withNotes(
                SampleDashboards.sample("E06000001", "Hartlepool", true), null, List.of(), 0);
        Path pdf = tmp.resolve("no-notes.pdf");

        renderer.renderAuthorityDashboard(dashboard, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text).contains("Soft intelligence", "Notes shared with this audience, most recent first.",
                    "No notes shared with this audience for this authority.");
            assertThat(text).doesNotContain("further note", "sharing level", "()", "Severity", "Source:", "null");
            assertEveryPageMarked(document, "TLP:GREEN");
        }
    }

    @Test
    void noVisibleNotesButOneWithheldSaysBoth() throws Exception {
        AuthorityDashboard dashboard = SampleDashboards.withNotes(
                SampleDashboards.sample("E06000001", "Hartlepool", true), "Authority: Hartlepool", List.of(), 1);
        Path pdf = tmp.resolve("withheld-only.pdf");

        renderer.renderAuthorityDashboard(dashboard, pdf);

        String text = flat(text(pdf));
        assertThat(text).contains("Notes shared with this audience (Authority: Hartlepool), most recent first.",
                "No notes shared with this audience for this authority.",
                "1 further note about this authority exists above this audience's sharing level (TLP) and is not shown.");
        assertThat(text).doesNotContain("further notes", "are not shown");
    }

    @Test
    void reportPrintsOnlyTheNotesItIsGiven() throws Exception {
        // The caller filters by audience; the report must never add a note it was not given.
        AuthorityDashboard dashboard = SampleDashboards.marked(SampleDashboards.withNotes(SampleDashboards.sample("E08000012", "Liverpool", true),
                "Regional ADCS group: North West", List.of(SampleDashboards.LEADERSHIP, SampleDashboards.PARTNERSHIP), 2), "TLP:AMBER");
        Path pdf = tmp.resolve("given-only.pdf");

        renderer.renderAuthorityDashboard(dashboard, pdf);

        String text = flat(text(pdf));
        assertThat(text).contains(SampleDashboards.LEADERSHIP.summary(), SampleDashboards.PARTNERSHIP.summary());
        assertThat(text).doesNotContain(SampleDashboards.RED_ONLY.summary(), SampleDashboards.RED_ONLY.source(), "TLP:RED",
                SampleDashboards.WORKFORCE.source(), "Several experienced front door social workers");
    }

    @Test
    void trendChartShowsSpcLimitsSpecialCausesAndWhereTheLimitsComeFrom() throws Exception {
        Path pdf = tmp.resolve("spc.pdf");

        renderer.renderAuthorityDashboard(SampleDashboards.sample("E08000012", "Liverpool", true), pdf);

        String text = flat(text(pdf));
        // Legend: the three lines, centre line, one entry for both limits, each kind of special cause.
        assertThat(text).contains("Liverpool England North West Centre line Process limits",
                "Special cause: concern", "Special cause: improvement", "Special cause: neither better nor worse");
        assertThat(text).doesNotContain("Lower process limit", TrendFormat.TOO_FEW_MONTHS);
        // Axes carry their units.
        assertThat(text).contains("Month", "rate per 10,000");
        // The caption says where the limits come from, with their unit.
        assertThat(text).contains("Centre line 66.0, process limits 60.7 to 71.3 (rate per 10,000), from the first 12 months, "
                + "Jun 2023 to May 2024 (XmR: centre \u00B1 2.66 \u00D7 mean moving range).", "3 of the 24 months shown are marked.");
    }

    @Test
    void aSpecialCauseKindThatDoesNotOccurIsLeftOutOfTheLegend() throws Exception {
        AuthorityDashboard sample = SampleDashboards.sample("E08000012", "Liverpool", true);
        List<TrendPoint> concernOnly = sample.trend().stream().map(p -> new TrendPoint(p.indicatorCode(), p.period(), p.value(),
                p.england(), p.region(), p.period().equals("2026-02") ? SpecialCauseMark.CONCERN : null)).toList();
        Path pdf = tmp.resolve("concern-only.pdf");

        renderer.renderAuthorityDashboard(SampleDashboards.withTrend(sample, concernOnly, sample.trendLimits()), pdf);

        String text = flat(text(pdf));
        assertThat(text).contains("Process limits", "Special cause: concern", "1 of the 24 months shown is marked.");
        assertThat(text).doesNotContain("Special cause: improvement", "Special cause: neither");
    }

    @Test
    void tooShortATrendForProcessLimitsSaysSoAndDrawsNone() throws Exception {
        AuthorityDashboard sample = SampleDashboards.sample("E08000012", "Liverpool", true);
        AuthorityDashboard young = SampleDashboards.withTrend(sample, SampleDashboards.trend("CLA_RATE", YearMonth.of(2026, 10), 8), null);
        Path pdf = tmp.resolve("young.pdf");

        renderer.renderAuthorityDashboard(young, pdf);

        String text = flat(text(pdf));
        assertThat(text).contains("Trend: Children looked after rate", "Too few months for process limits");
        assertThat(text).doesNotContain("Centre line", "Process limits", "Special cause");
    }

    @Test
    void directionOfTravelIsAnArrowAndAWordByTheIndicatorsPolarity() throws Exception {
        Path pdf = tmp.resolve("direction.pdf");

        renderer.renderAuthorityDashboard(SampleDashboards.sample("E08000012", "Liverpool", true), pdf);

        String text = flat(text(pdf));
        // value, previous, direction: higher is better and it fell; lower is better and it fell; lower is better and it rose;
        // neutral; a change too small to see in the printed figures; no figure to compare.
        assertThat(text).contains("86.7 88.2 \u25BC worse", "17.3 18.8 \u25BC better", "21.5 20.9 \u25B2 worse",
                "512.3 498.7 \u25B2 up", "16 16 \u25BA no change", "c (suppressed) 29 \u2013 7,380");
    }

    @Test
    void dataQualityOfItsReturnsSaysHowTheyArrivedAndWhatWasWrongThisPeriod() throws Exception {
        AuthorityDashboard sample = SampleDashboards.sample("E08000012", "Liverpool", true);
        Path pdf = tmp.resolve("quality.pdf");

        renderer.renderAuthorityDashboard(sample, pdf);

        assertThat(flat(text(pdf))).contains("Data quality of its returns",
                "Returns in the last 12 months (November 2025 to October 2026): 10 in full, 1 partial, 1 not received; 2 late.",
                "October 2026: \u2022 Return incomplete: 17 of 18 indicators received. "
                        + "\u2022 1 row(s) of the return for October 2026 refused (rules R007).");

        AuthorityDashboard clean = new AuthorityDashboard(sample.laCode(), sample.laName(), sample.regionName(), sample.period(),
                sample.periodLabel(), sample.dataAsOf(), true, sample.tlp(), sample.rows(), sample.trendIndicatorLabel(),
                sample.trendUnit(), sample.trend(), sample.trendLimits(), sample.returnStatus(),
                new DataQuality("November 2025 to October 2026", 12, 12, 0, 0, 0, List.of()), sample.audienceLabel(), List.of(), 0);
        renderer.renderAuthorityDashboard(clean, pdf);
        assertThat(flat(text(pdf))).contains("12 in full, 0 partial, 0 not received; none late.",
                "No data-quality issues found for October 2026.").doesNotContain("\u2022");

        AuthorityDashboard none = new AuthorityDashboard(sample.laCode(), sample.laName(), sample.regionName(), sample.period(),
                sample.periodLabel(), sample.dataAsOf(), true, sample.tlp(), sample.rows(), sample.trendIndicatorLabel(),
                sample.trendUnit(), sample.trend(), sample.trendLimits(), sample.returnStatus(), null, sample.audienceLabel(), List.of(), 0);
        renderer.renderAuthorityDashboard(none, pdf);
        assertThat(flat(text(pdf))).doesNotContain("Data quality of its returns", "Returns in the last");
    }

    static void assertEveryFontEmbedded(PDDocument document) throws IOException {
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

    /** The text of one page (1-based). */
    static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The first page (1-based) with a line reading exactly {@code line}, or 0. */
    private static int pageWithLine(PDDocument document, String line) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            for (String text : pageText(document, page).split("\\R")) {
                if (text.strip().equals(line)) {
                    return page;
                }
            }
        }
        return 0;
    }

    /** The first page (1-based) whose text, whitespace collapsed, contains {@code needle}, or 0. */
    private static int pageContaining(PDDocument document, String needle) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (flat(pageText(document, page)).contains(needle)) {
                return page;
            }
        }
        return 0;
    }

    /** The report's text without the page header and footer, so text split over a page break reads on. */
    private static String bodyText(PDDocument document) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : new PDFTextStripper().getText(document).split("\\R")) {
            boolean pageFurniture = line.startsWith("Beacon — authority dashboard") || line.startsWith("Liverpool (E08000012)")
                    || line.startsWith("Region: ") || line.startsWith("Synthetic demonstration data") || line.startsWith("Data as of ")
                    || line.startsWith("TLP:") || line.matches("Page \\d+ of \\d+");
            if (!pageFurniture) {
                body.append(line).append('\n');
            }
        }
        return body.toString();
    }

    /**
     * Text with every run of whitespace (line and page breaks included) as one space; no-break
     * spaces count as whitespace (they pad the notes' TLP labels).
     */
    static String flat(String text) {
        return text.replaceAll("[\\s\u00A0]+", " ");
    }

    /** Each page has the header (title, TLP marking, synthetic banner) and the footer (marking, "Page i of n"). */
    private static void assertEveryPageMarked(PDDocument document, String tlp) throws IOException {
        int pages = document.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            String text = pageText(document, page);
            assertThat(text).as("page %d", page).contains("Beacon — authority dashboard", "Synthetic demonstration data",
                    "Page " + page + " of " + pages);
            assertThat(countOf(text, tlp)).as("%s on page %d (header and footer)", tlp, page).isEqualTo(2);
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int countOf(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    /** Leaves a copy under target/ so a person can look at the rendered dashboard after a build. */
    static void keepForInspection(Path pdf, String name) throws IOException {
        Path out = Paths.get("target", "sample-output");
        Files.createDirectories(out);
        Files.copy(pdf, out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aDocumentMarkedLessStrictlyThanOneOfItsNotesIsRefused() {
        AuthorityDashboard sample = SampleDashboards.sample("E06000001", "Hartlepool", true);
        AuthorityDashboard mismarked = new AuthorityDashboard(sample.laCode(), sample.laName(), sample.regionName(),
                sample.period(), sample.periodLabel(), sample.dataAsOf(), true, "TLP:GREEN", sample.rows(),
                sample.trendIndicatorLabel(), sample.trendUnit(), sample.trend(), sample.trendLimits(), sample.returnStatus(),
                sample.dataQuality(), sample.audienceLabel(), List.of(new NoteLine("1 October 2026", "PRACTICE", "concern", 2, "TLP:AMBER", "Regional DCS network", "Amber note")), 0);

        assertThatThrownBy(() -> renderer.renderAuthorityDashboard(mismarked, tmp.resolve("mismarked.pdf")))
                .isInstanceOf(ReportException.class).hasMessageContaining("TLP:AMBER");
        assertThat(tmp.resolve("mismarked.pdf")).doesNotExist();
    }
}
