package uk.beacon.reports.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import uk.beacon.reports.SamplePack;
import uk.beacon.reports.format.FigureFormat;

class RegionalPackFormatTest {

    @Test
    void theOverviewKeepsToTheColumnsThatFitAndSaysWhereTheRestAre() throws Exception {
        RegionalPack sample = SamplePack.sample();
        List<PackIndicator> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(sample.indicators().get(i % sample.indicators().size()));
        }
        RegionalPack wide = new RegionalPack(sample.regionName(), sample.period(), sample.periodLabel(), sample.dataAsOf(), true,
                sample.tlp(), sample.audienceLabel(), sample.authorities(), sample.returns(), many, sample.concerns(), 0);

        assertThat(RegionalPackFormat.overviewHeadings(wide)).hasSize(18);
        assertThat(RegionalPackFormat.overviewTitle(wide)).endsWith("(first 18 indicators; the other 3 have their own pages and are in the XLSX)");
        assertThat(RegionalPackFormat.overviewTitle(sample)).doesNotContain("first 18");
        var rows = RegionalPackFormat.overviewRows(wide);
        rows.next();
        assertThat((List<?>) rows.getFieldValue(field("cells"))).hasSize(18);
    }

    @Test
    void theCoverNamesTheIndicatorsTheRegionDoesNotCollectAndSaysNothingWhenItCollectsThemAll() {
        RegionalPack sample = SamplePack.sample();
        RegionalPack some = new RegionalPack(sample.regionName(), sample.period(), sample.periodLabel(), sample.dataAsOf(), true,
                sample.tlp(), sample.audienceLabel(), sample.authorities(), sample.returns(), sample.indicators(), sample.concerns(), 0,
                List.of(), List.of("Referrals (published 2025: 9 of 10 authorities, in marts.published_comparison)", "Children looked after"));

        assertThat(RegionalPackFormat.contents(some)).endsWith(" Not collected by the region, so without a page: Referrals "
                + "(published 2025: 9 of 10 authorities, in marts.published_comparison); Children looked after.");
        assertThat(RegionalPackFormat.contents(sample)).doesNotContain("Not collected");
    }

    @Test
    void aCellCarriesItsSignalsMarkerSoItReadsWithoutColour() {
        assertThat(RegionalPackFormat.cell(new PackCell("1", 28.34, null, PackSignal.STRONG_CONCERN, "", List.of()), "%").get("text"))
                .isEqualTo("!! 28.3");
        assertThat(RegionalPackFormat.cell(new PackCell("1", 7.0, null, PackSignal.IMPROVEMENT, "", List.of()), "%").get("text"))
                .isEqualTo("+ 7.0");
        assertThat(RegionalPackFormat.cell(new PackCell("1", null, "c", PackSignal.NONE, "", List.of()), "%").get("text")).isEqualTo("c");
        assertThat(RegionalPackFormat.cell(null, "%").get("text")).isEqualTo(FigureFormat.NO_FIGURE);
        assertThat(RegionalPackFormat.cell(null, "%").get("signal")).isEqualTo("NONE");
    }

    private static net.sf.jasperreports.engine.design.JRDesignField field(String name) {
        net.sf.jasperreports.engine.design.JRDesignField f = new net.sf.jasperreports.engine.design.JRDesignField();
        f.setName(name);
        return f;
    }
}
