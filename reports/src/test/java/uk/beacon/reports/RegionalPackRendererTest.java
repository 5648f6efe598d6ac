package uk.beacon.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.reports.format.ReportException;
import uk.beacon.reports.pack.PackSignal;
import uk.beacon.reports.pack.RegionalPack;
import uk.beacon.reports.pack.RegionalPackFormat;

/** Golden tests of the regional pack: filled from {@link SamplePack}, checked by its text (PDFBox) and page count. */
class RegionalPackRendererTest {

    @TempDir
    Path tmp;

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void packHasCoverOverviewAPagePerIndicatorAndConcernsEachMarked() throws Exception {
        Path pdf = tmp.resolve("pack.pdf");
        renderer.renderRegionalPack(SamplePack.sample(), pdf, null);
        ReportRendererTest.keepForInspection(pdf, "regional-pack-sample.pdf");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // Cover, overview, 4 indicators, concerns.
            assertThat(document.getNumberOfPages()).isEqualTo(7);
            ReportRendererTest.assertEveryFontEmbedded(document);
            for (int page = 1; page <= 7; page++) {
                String text = ReportRendererTest.pageText(document, page);
                assertThat(text).as("page %d", page).contains("Beacon — regional pack", "Synthetic demonstration data",
                        "Page " + page + " of 7", "Northmoor · October 2026 · data as of 23 November 2026");
                assertThat(ReportRendererTest.countOf(text, "TLP:AMBER")).as("marking on page %d, header and footer", page).isEqualTo(2);
            }
        }
    }

    @Test
    void coverSaysWhichReturnsArrivedLateOrWereRefused() throws Exception {
        String cover = ReportRendererTest.flat(page(SamplePack.sample(), 1));
        assertThat(cover).contains("Northmoor: regional pack, October 2026",
                "Returns for October 2026: of the region's 5 authorities, 3 sent a full return, 1 a partial return and 1 none. "
                        + "1 return arrived late; 2 rows were refused, from 1 authority (each has its rejection report).",
                "1 Ashdown (901) In full (4 of 4 indicators) On time None 1 changed NONE",
                "2 Bramwell (902) In full (4 of 4 indicators) 6 days late None 2 worse (1 strong) SERIOUS CONCERN",
                "3 Caldermere (903) Partial: 3 of 4 indicators On time 2 None NONE",
                "4 Dunholme (904) In full (4 of 4 indicators) On time None 1 better NONE",
                "5 Eastwick (905) Not received – None None WATCH");
    }

    @Test
    void overviewListsTheAuthoritiesAlphabeticallyWithSignalMarkersThenRegionAndEngland() throws Exception {
        String overview = ReportRendererTest.flat(page(SamplePack.sample(), 2));
        assertThat(overview).contains("Overview, October 2026",
                "1 Ashdown 21.5 ~ 44.0 82.0 16.2",
                "2 Bramwell !! 23.5 46.0 ! 84.0 18.2",
                "3 Caldermere 25.5 48.0 c 20.2",
                "4 Dunholme + 27.5 50.0 88.0 22.2",
                "5 Eastwick – – – –",
                "Northmoor (region) 23.0 46.5 80.5 16.8",
                "England 21.5 44.0 82.0 16.2");
        // The key names every signal in words.
        for (PackSignal s : PackSignal.values()) {
            assertThat(overview).contains(s.meaning());
        }
        assertThat(overview.indexOf("1 Ashdown")).isLessThan(overview.indexOf("2 Bramwell"));
    }

    @Test
    void eachIndicatorHasItsPageWithFunnelOrWhyNotAndTheSmallMultiples() throws Exception {
        RegionalPack pack = SamplePack.sample();
        String rereferrals = ReportRendererTest.flat(page(pack, 3));
        assertThat(rereferrals).contains("Re-referrals within 12 months (%)", "Lower is better",
                "England 21.5 · Northmoor 23.0 · of the region's 4 authorities on the plot, 1 outside the 99.8% limits (1 worse) "
                        + "and 1 between the 95% and 99.8% limits (0 worse)",
                "Funnel plot: all 30 authorities, October 2026", "Each authority's last 24 months (%)",
                "outside the 99.8% limits, 1 in 1,000");
        // The charts' words are text too: the funnel's axis and key, the small multiples' panels.
        assertThat(rereferrals).contains("Referrals (cases)", "95% limits", "99.8% limits", "This region (numbered)",
                "Centre: all 30 authorities, pooled", "1 Ashdown", "5 Eastwick", "no figure");
        String assessments = ReportRendererTest.flat(page(pack, 5));
        assertThat(assessments).contains("Assessments within 45 working days (%)", "Higher is better",
                "No funnel plot for this indicator: a percentage sent without the counts behind it has no denominator");
        String caseload = ReportRendererTest.flat(page(pack, 6));
        assertThat(caseload).contains("Average caseload (cases per FTE)", "No funnel plot for this indicator: an average has no denominator",
                "Every authority's figure, October 2026 (30 authorities)");
        assertThat(caseload).doesNotContain("Funnel plot:");
    }

    @Test
    void concernsShowEachAuthoritysEvidenceAndWhatWasWithheld() throws Exception {
        String concerns = ReportRendererTest.flat(page(SamplePack.sample(), 7));
        assertThat(concerns).contains("Concerns and triggers",
                "2 authorities in the region are at watch level or above this month, or have an open peer-review trigger",
                "1 evidence line rests on a note above this audience's sharing level and is not shown.",
                "Bramwell (902) · Northmoor · SERIOUS CONCERN (score 31.2)",
                "Trigger T-902-2026-08 opened August 2026 · status: open",
                "Re-referrals within 12 months 31.0 % (62 of 200) is above the 99.8% funnel limit.",
                "Eastwick (905) · Northmoor · WATCH (score 7.5)", "No trigger");
        assertThat(concerns.indexOf("Bramwell (902)")).isLessThan(concerns.indexOf("Eastwick (905)"));
    }

    @Test
    void aQuietRegionSaysSoAndRealDataHasNoBanner() throws Exception {
        RegionalPack sample = SamplePack.sample("TLP:GREEN", false);
        RegionalPack quiet = new RegionalPack(sample.regionName(), sample.period(), sample.periodLabel(), sample.dataAsOf(), false,
                sample.tlp(), sample.audienceLabel(), sample.authorities(), sample.returns(), sample.indicators(), List.of(), 0);
        Path pdf = tmp.resolve("quiet.pdf");
        renderer.renderRegionalPack(quiet, pdf, null);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(7);
            String all = ReportRendererTest.flat(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
            assertThat(all).contains(RegionalPackFormat.NO_CONCERNS).doesNotContain("Synthetic demonstration data", "is not shown");
            assertThat(ReportRendererTest.countOf(ReportRendererTest.pageText(document, 7), "TLP:GREEN")).isEqualTo(2);
        }
    }

    @Test
    void aPackWithoutTlpMarkingIsRefused() {
        RegionalPack sample = SamplePack.sample();
        RegionalPack unmarked = new RegionalPack(sample.regionName(), sample.period(), sample.periodLabel(), sample.dataAsOf(), true,
                " ", sample.audienceLabel(), sample.authorities(), sample.returns(), sample.indicators(), sample.concerns(), 0);
        assertThatThrownBy(() -> renderer.renderRegionalPack(unmarked, tmp.resolve("unmarked.pdf"), null))
                .isInstanceOf(ReportException.class).hasMessageContaining("No TLP marking");
        assertThat(tmp.resolve("unmarked.pdf")).doesNotExist();
    }

    @Test
    void theTemplatesAreCompiledOnceHoweverManyPacksAreRendered() throws Exception {
        for (int i = 0; i < 3; i++) {
            renderer.renderRegionalPack(SamplePack.sample(), tmp.resolve("again-" + i + ".pdf"), null);
        }
        for (String template : List.of(ReportRenderer.REGIONAL_PACK, ReportRenderer.REGIONAL_PACK_RETURNS,
                ReportRenderer.REGIONAL_PACK_OVERVIEW, ReportRenderer.REGIONAL_PACK_CONCERNS)) {
            assertThat(CompiledTemplates.compilations(template)).as(template).isEqualTo(1);
        }
    }

    private String page(RegionalPack pack, int page) throws Exception {
        Path pdf = tmp.resolve("pack-" + page + ".pdf");
        renderer.renderRegionalPack(pack, pdf, null);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return ReportRendererTest.pageText(document, page);
        }
    }
}
