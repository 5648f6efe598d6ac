package uk.beacon.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.audience.Audience;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleRunner;
import uk.beacon.reports.chart.FunnelView;
import uk.beacon.reports.pack.PackIndicator;
import uk.beacon.reports.pack.RegionalPack;

/**
 * Golden tests of every report filled from a fixed small warehouse: the demo's 14 months
 * (deterministic: fixed seed, fixed file times, fixed as-of date), run through the monthly
 * cycle. Each report's text (PDFBox) and page count are checked; the packs' funnel plots are
 * checked against the funnel signals; every PDF's fonts are checked embedded.
 */
class ReportsFromDemoWarehouseTest {

    @TempDir
    static Path dir;
    static Path published;
    static BeaconContext ctx;

    @BeforeAll
    static void runCycle() throws Exception {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, YearMonth.of(2026, 10), 14)).write(dir.resolve("inbox"), dir.resolve("truth"));
        ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn());
        new MonthlyCycleRunner(ctx).run(new CycleParameters(YearMonth.of(2026, 10), dir.resolve("inbox"), dir.resolve("out"),
                dir.resolve("work"), LocalDate.of(2026, 11, 23)));
        published = dir.resolve("out/2026-10").toRealPath();
    }

    @org.junit.jupiter.api.AfterAll
    static void close() throws Exception {
        ctx.close();
    }

    @Test
    void onePackPerRegionForTheRegionalGroupWithCoverOverviewEighteenIndicatorsAndConcerns() throws Exception {
        List<ManifestEntry> packs = Manifest.read(published.resolve("manifest.json")).stream()
                .filter(e -> e.kind().equals("regional-pack")).toList();
        assertThat(packs).extracting(ManifestEntry::region).containsExactlyInAnyOrder("Midland Vales", "North Fells", "South Coast");
        for (ManifestEntry e : packs) {
            assertThat(e.audience()).isEqualTo("region");
            assertThat(e.path()).startsWith("region/").endsWith("-pack-2026-10.pdf");
            try (PDDocument pdf = Loader.loadPDF(published.resolve(e.path()).toFile())) {
                // cover, overview, 18 indicators, concerns, and the shared-concern groups (each region has a member of one)
                assertThat(pdf.getNumberOfPages()).as(e.path()).isEqualTo(1 + 1 + 18 + 1 + 1);
                String last = new PDFTextStripper().getText(pdf);
                assertThat(last).contains("Page 22 of 22", e.tlp(), "Synthetic demonstration data", "Shared-concern groups");
            }
        }
    }

    @Test
    void northFellsShowsItsMissingReturnGreyburnsDeclineAndOnlyItsOwnAuthorities() throws Exception {
        String text = text("region/north-fells/north-fells-pack-2026-10.pdf").replaceAll("\\s+", " ");
        assertThat(text).contains("North Fells: regional pack, October 2026", "5 Eskdale Vale (955) Not received",
                "Greyburn (957) · North Fells · ", "Trigger T-957-");
        // Greyburn's overview row carries strong-concern markers; the concerns are North Fells' only.
        assertThat(text).containsPattern("7 Greyburn [^A-Za-z]*!! ");
        assertThat(text).doesNotContain("Oakhampstead (964) ·", "Dunecliffe (975) ·");
    }

    @Test
    void funnelPlotsFlagExactlyTheAuthoritiesTheFunnelSignalsFlagged() throws Exception {
        try (Connection c = ctx.warehouse().connect()) {
            List<RegionalPack> packs = RegionalPackQueries.load(c, YearMonth.of(2026, 10), LocalDate.of(2026, 11, 23),
                    Audience.builtIn().get("region"));
            int compared = 0;
            for (PackIndicator ind : packs.get(0).indicators()) {
                if (ind.funnel() == null) {
                    // Averages and counts have no sampling model; the workforce percentages come without their counts.
                    assertThat(ind.measure().equals("percent") ? ind.code() : ind.measure())
                            .isIn("average", "count", "SW_VACANCY_PCT", "SW_AGENCY_PCT", "SW_TURNOVER_PCT");
                    assertThat(ind.spread()).isNotEmpty();
                    continue;
                }
                Set<String> outer = new HashSet<>();
                Set<String> inner = new HashSet<>();
                for (FunnelView.FunnelDot d : ind.funnel().dots()) {
                    (d.band().equals("outer") ? outer : d.band().equals("inner") ? inner : new HashSet<String>()).add(d.laCode());
                }
                Set<String> signalOuter = new HashSet<>();
                Set<String> signalInner = new HashSet<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select la_code, rule_id from signals.funnel "
                        + "where period = '2026-10' and indicator = '" + ind.code() + "' and evidence like '%around all authorities''%'")) {
                    while (rs.next()) {
                        (rs.getString(2).equals("FUNNEL_OUTSIDE_998") ? signalOuter : signalInner).add(rs.getString(1));
                    }
                }
                // Signals record only a meaningful direction: for every indicator here both directions mean something.
                assertThat(outer).as(ind.code() + " outside 99.8%").isEqualTo(signalOuter);
                assertThat(inner).as(ind.code() + " between 95% and 99.8%").isEqualTo(signalInner);
                compared += outer.size() + inner.size();
                // The curve is drawn where the points are.
                double max = ind.funnel().dots().stream().mapToDouble(FunnelView.FunnelDot::denominator).max().orElseThrow();
                assertThat(ind.funnel().curve().get(ind.funnel().curve().size() - 1).denominator()).isGreaterThanOrEqualTo(max);
            }
            assertThat(compared).as("flagged points compared").isPositive();
        }
    }

    @Test
    void thePacksFunnelPlotsAreTheOnesTheSignalsStepStoredNotFittedAgain() throws Exception {
        try (Connection c = ctx.warehouse().connect()) {
            c.setAutoCommit(false);
            try {
                String indicator;
                String la;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select indicator, min(la_code) from signals.funnel_points "
                        + "where period = '2026-10' and peer_group = 'all authorities' and band = 'INSIDE' group by indicator order by indicator limit 1")) {
                    assertThat(rs.next()).isTrue();
                    indicator = rs.getString(1);
                    la = rs.getString(2);
                }
                try (Statement s = c.createStatement()) {
                    // Change the stored plot: a pack that fitted its own would not show it.
                    s.execute("update signals.funnel_fits set target = 12.345 where period = '2026-10' and peer_group = 'all authorities' "
                            + "and indicator = '" + indicator + "'");
                    s.execute("update signals.funnel_points set band = 'ABOVE_OUTER', meaning = 'CONCERN' where period = '2026-10' "
                            + "and peer_group = 'all authorities' and indicator = '" + indicator + "' and la_code = '" + la + "'");
                }
                List<RegionalPack> packs = RegionalPackQueries.load(c, YearMonth.of(2026, 10), LocalDate.of(2026, 11, 23),
                        Audience.builtIn().get("region"));
                FunnelView funnel = packs.stream().flatMap(p -> p.indicators().stream()).filter(i -> i.code().equals(indicator))
                        .findFirst().orElseThrow().funnel();
                assertThat(funnel.target()).isEqualTo(12.345);
                assertThat(funnel.dots()).filteredOn(d -> d.laCode().equals(la)).singleElement()
                        .satisfies(d -> assertThat(d.band()).isEqualTo("outer"));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void everyPdfOfTheCycleEmbedsEveryFontItUses() throws Exception {
        int pdfs = 0;
        for (ManifestEntry e : Manifest.read(published.resolve("manifest.json"))) {
            if (!e.path().endsWith(".pdf")) {
                continue;
            }
            pdfs++;
            try (PDDocument pdf = Loader.loadPDF(published.resolve(e.path()).toFile())) {
                for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                    for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                        org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as("%s: font %s embedded", e.path(), font.getName()).isTrue();
                    }
                }
            }
        }
        // 60 dashboards, 3 packs, the triage.
        assertThat(pdfs).isEqualTo(64);
    }

    @Test
    void theRegionsXlsxCarriesEachFiguresSignalAsTheOverviewColoursIt() throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(published.resolve(
                "region/north-fells/north-fells-indicators-2026-10.xlsx").toFile())) {
            var sheet = book.getSheetAt(0);
            java.util.Map<String, Integer> column = new java.util.HashMap<>();
            int headerRow = -1;
            for (var row : sheet) {
                if (row.getCell(0) != null && "la_code".equals(row.getCell(0).toString())) {
                    headerRow = row.getRowNum();
                    row.forEach(cell -> column.put(cell.toString(), cell.getColumnIndex()));
                }
            }
            assertThat(column).containsKeys("signal", "signal_rule");
            Set<String> greyburn = new HashSet<>();
            var format = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : sheet) {
                if (row.getRowNum() > headerRow && "957".equals(format.formatCellValue(row.getCell(0)))) {
                    greyburn.add(row.getCell(column.get("indicator")) + "=" + row.getCell(column.get("signal")));
                }
            }
            // As the overview: Greyburn's assessments are outside the 99.8% limits, worse.
            assertThat(greyburn).contains("ASSESS_45WD_PCT=strong_concern").hasSize(18);
        }
    }

    @Test
    void greyburnsDashboardForItsRegion() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(published.resolve("region/north-fells/957-greyburn.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Greyburn (957)", "Region: North Fells · Period: October 2026",
                    "Return for October 2026 received in full",
                    "Assessments within 45 working days % 53.2 56.8 ▼ worse 81.0 80.1 85.4",
                    "Looked after: 3 or more placements % 10.9 12.0 ▼ better 10.4 10.6 10.0",
                    "Complaints received count 34 34 ► no change 11 12 12",
                    "Trend: Re-referrals within 12 months (%)",
                    "Centre line 27.3, process limits 23.1 to 31.4 (%), from the first 12 months, Sep 2025 to Aug 2026",
                    "Returns in the last 12 months (November 2025 to October 2026): 12 in full, 0 partial, 0 not received; none late.",
                    "No notes shared with this audience for this authority.", "Page 2 of 2", "TLP:GREEN");
        }
    }

    @Test
    void theTriageForTheSectorBody() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(published.resolve("sector-body/peer-review-triage-2026-10.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("2 authorities with an open or new peer-review trigger; 5 whose peer review is overdue",
                    // The score is 29.15: halves round up on the decimal form (the double 29.15 lies just below it).
                    "Dunecliffe (975) · South Coast · SERIOUS CONCERN (score 29.2)",
                    "Trigger T-975-2026-09 opened September 2026 · status: open · last completed peer review: 20 January 2026 (9 months ago)",
                    "Greyburn (957) · North Fells · CONCERN (score 16.8)",
                    "Ashby Moor (951) North Fells 20 May 2024 29 NONE", "TLP:AMBER+STRICT",
                    // who could help (docs/support.md), best placed first, under each trigger
                    "Who could help on these indicators (marts.support_suggestions; beacon explain gives every figure): "
                            + "1. Gullhaven (South Coast): Agency social workers 8.4 % FTE, better than 99%; Social worker vacancy rate "
                            + "10.1 % FTE, better than 92%; Assessments within 45 working days 90.5 %, better than 96% of authorities, "
                            + "over its last 6 figures; same region; inspected Good 2025. 2. Westerleigh (South Coast)",
                    "2. Dunmere (North Fells): Complaints received 4.2 count, better than 92% of authorities, over its last 6 figures; "
                            + "same region; inspected Outstanding 2025.");
            assertThat(text.indexOf("Dunecliffe (975)")).isLessThan(text.indexOf("Greyburn (957)"));
        }
    }

    @Test
    void northFellsPackWordForWord() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(published.resolve("region/north-fells/north-fells-pack-2026-10.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(22);
            String cover = page(pdf, 1);
            assertThat(cover).contains("Returns for October 2026: of the region's 10 authorities, 7 sent a full return, 2 a partial "
                    + "return and 1 none. None arrived late; 2 rows were refused, from 2 authorities (each has its rejection report).",
                    "2 Blackwater (952) Partial: 17 of 18 indicators On time 1",
                    "7 Greyburn (957) In full (18 of 18 indicators) On time None");
            assertThat(cover).containsPattern("7 Greyburn \\(957\\) In full \\(18 of 18 indicators\\) On time None \\d+ worse \\(\\d+ strong\\)[^A-Z]* CONCERN");
            assertThat(page(pdf, 2)).contains("7 Greyburn ~ 44.2 ! 30.6 5.9 !! 53.2 ~ 12.7 !! 47.6",
                    "North Fells (region) 41.0 24.1", "All authorities loaded 43.0 23.3");
            // The demo's 30 authorities are not England: the national line is named for what it is
            assertThat(page(pdf, 2)).doesNotContain("England 43.0");
            assertThat(page(pdf, 4)).contains("Re-referrals within 12 months (%)", "All authorities loaded 23.3 · North Fells 24.1 · of the region's 9 "
                    + "authorities on the plot, 0 outside the 99.8% limits and 1 between the 95% and 99.8% limits (1 worse)");
            assertThat(page(pdf, 21)).contains("Concerns and triggers", "Greyburn (957) · North Fells · CONCERN (score 16.8)",
                    "… and 14 more signals (a data lead can list them all: beacon explain 957 2026-10)");
            // Members in other regions are counted, never named: their concerns are not this region's to see.
            assertThat(page(pdf, 22)).contains("Shared-concern groups", "(a group across England): Greyburn and ",
                    "authorities in other regions. Suggested partner: ").doesNotContain("Dunecliffe", "Oakhampstead");
        }
    }

    private static String page(PDDocument pdf, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private static String text(String relative) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(published.resolve(relative).toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
