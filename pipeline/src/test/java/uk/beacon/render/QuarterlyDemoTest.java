package uk.beacon.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleRunner;

/**
 * The quarterly demo (beacon demo --cadence quarter; 20 quarters to 2026 Q3) run for 2026-Q3: the
 * planted declines are found from quarterly figures, and the regional pack and dashboards name the
 * quarter and count their trends in quarters (a golden quarterly pack: page count and key text).
 */
class QuarterlyDemoTest {

    @TempDir
    static Path dir;
    static Path published;
    static BeaconContext ctx;

    @BeforeAll
    static void runCycle() throws Exception {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, YearMonth.of(2026, 9), DemoSettings.DEFAULT_QUARTERLY_MONTHS, true))
                .write(dir.resolve("inbox"), dir.resolve("truth"));
        ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn());
        new MonthlyCycleRunner(ctx).run(CycleParameters.of("2026-Q3", YearMonth.of(2026, 9), dir.resolve("inbox"), dir.resolve("out"),
                dir.resolve("work"), LocalDate.of(2026, 10, 23)));
        published = dir.resolve("out/2026-Q3").toRealPath();
    }

    @AfterAll
    static void close() throws Exception {
        ctx.close();
    }

    @Test
    void everyPlantedDeclineReachesConcernAndOpensATriggerFromQuarterlyFigures() throws Exception {
        List<String> declines = Files.readAllLines(dir.resolve("truth/planted_declines.csv")).stream().skip(1).toList();
        assertThat(declines).hasSize(3);
        try (Connection c = ctx.warehouse().connect()) {
            assertThat(count(c, "select count(*) from core.indicator_values where period_type <> 'quarter'", null)).isZero();
            for (String line : declines) {
                String[] f = line.split(",");
                String la = f[0];
                YearMonth worst = YearMonth.parse(f[3]);
                // At least concern in the 12 months up to the decline's worst month, and a trigger opened by then.
                assertThat(count(c, "select count(*) from marts.concern_assessment where la_code = ? and level in ('concern', 'serious concern') "
                        + "and period > '" + worst.minusMonths(12) + "' and period <= '" + worst + "'", la)).as(f[1]).isPositive();
                assertThat(count(c, "select count(*) from marts.peer_review_triggers where la_code = ? and opened_period <= '" + worst + "'", la))
                        .as(f[1] + " triggered by " + worst).isPositive();
            }
            // The assessment covers every month of the history, each as of itself: from 2021-12 (the first
            // quarter, 2021 Q4, is saved on 10 January 2022, within December's 28-day cut-off) to the run month, 2026-09.
            assertThat(count(c, "select count(distinct period) from marts.concern_assessment", null)).isEqualTo(58);
            assertThat(count(c, "select count(*) from marts.concern_assessment where period = '2021-12'", null)).isEqualTo(30);
        }
    }

    @Test
    void thePackNamesTheQuarterAndCountsItsTrendsInQuarters() throws Exception {
        Path pack = published.resolve("region/north-fells/north-fells-pack-2026-Q3.pdf");
        try (PDDocument pdf = Loader.loadPDF(pack.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + 1 + 18 + 1);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("North Fells: regional pack, 2026 Q3", "over the last 12 quarters", "Returns for 2026 Q3:",
                    "Overview, 2026 Q3:", "Funnel plot: all 27 authorities, 2026 Q3", "Each authority's last 12 quarters",
                    "Greyburn (957) · North Fells · ", "Trigger T-957-", "Page 21 of 21");
            assertThat(text).doesNotContain("last 24 months", "regional pack, October", "Overview, October");
        }
    }

    @Test
    void dashboardsShowTheQuarterWithAQuarterlyTrend() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(published.resolve("region/north-fells/957-greyburn.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Period: 2026 Q3", "Return for 2026 Q3 received in full", "Quarterly, 2023 Q4 to 2026 Q3:",
                    "from the first 12 quarters, 2021 Q4 to 2024 Q3", "Returns in the last 4 quarters (2025 Q4 to 2026 Q3)",
                    "the quarter before 2026 Q3");
        }
    }

    private static long count(Connection c, String sql, String la) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (la != null) {
                ps.setString(1, la);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
