package uk.beacon.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.reports.pack.PackAuthority;
import uk.beacon.reports.pack.PackCell;
import uk.beacon.reports.pack.PackIndicator;
import uk.beacon.reports.pack.PackReturn;
import uk.beacon.reports.pack.RegionalPack;

/** A region as large as London (33 authorities): the overview runs on with its headings, every authority keeps its panel. */
class LargeRegionPackTest {

    @TempDir
    Path tmp;

    @Test
    void thirtyThreeAuthoritiesFitTheirPanelsAndTheOverviewRunsOnWithItsHeadings() throws Exception {
        RegionalPack sample = SamplePack.sample();
        List<PackAuthority> authorities = new ArrayList<>();
        for (int i = 1; i <= 33; i++) {
            authorities.add(new PackAuthority(String.valueOf(300 + i), String.format("Borough of Example %02d", i), i, "none"));
        }
        List<PackIndicator> indicators = new ArrayList<>();
        for (int k = 0; k < 18; k++) {
            PackIndicator base = sample.indicators().get(k % sample.indicators().size());
            List<PackCell> cells = new ArrayList<>();
            for (int i = 0; i < 33; i++) {
                PackCell c = base.cells().get(i % base.cells().size());
                cells.add(new PackCell(authorities.get(i).laCode(), c.value(), c.status(), c.signal(), c.summary(), c.trend()));
            }
            indicators.add(new PackIndicator(base.code() + k, base.label(), base.shortLabel(), base.unit(), base.polarity(), base.measure(),
                    base.definition(), base.england(), base.region(), base.funnel(), cells, base.spread()));
        }
        List<PackReturn> returns = authorities.stream().map(a -> new PackReturn(a.laCode(), a.laName(), "complete", 18, 18, null, 0)).toList();
        RegionalPack london = new RegionalPack("London", sample.period(), sample.periodLabel(), sample.dataAsOf(), true, "TLP:GREEN",
                "Regional ADCS group: London", authorities, returns, indicators, List.of(), 0);
        Path pdf = tmp.resolve("london.pdf");
        new ReportRenderer().renderRegionalPack(london, pdf, null);
        ReportRendererTest.keepForInspection(pdf, "regional-pack-large-region.pdf");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = ReportRendererTest.flat(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
            for (PackAuthority a : authorities) {
                assertThat(all).contains(a.key() + " " + a.laName());
            }
            // Cover on page 1 (33 rows fit), the overview from page 2, then one page per indicator and the concerns.
            int coverPages = ReportRendererTest.pageText(document, 2).contains("Overview") ? 1 : 2;
            int overviewPages = document.getNumberOfPages() - coverPages - 18 - 1;
            assertThat(overviewPages).isBetween(1, 2);
            for (int page = coverPages + 1; page <= coverPages + overviewPages; page++) {
                assertThat(ReportRendererTest.pageText(document, page)).contains("Authority");
            }
            assertThat(ReportRendererTest.flat(ReportRendererTest.pageText(document, coverPages + overviewPages)))
                    .contains("33 Borough of Example 33");
        }
    }
}
