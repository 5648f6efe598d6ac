package uk.beacon.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.cli.ExitCodes;
import uk.beacon.cli.Main;
import uk.beacon.config.ConfigResources;
import uk.beacon.warehouse.Warehouse;

/**
 * Published statistics become indicator values with the period they cover and the day they
 * became known; configuration is read from a directory file by file; long tables are read
 * through row filters; a file that cannot be mapped or dated is refused by name while the
 * others load. Hand-built files on three fictional authorities.
 */
class PublishedFeedsTheEngineTest {

    static final String EES = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
            + "old_la_code,new_la_code,la_name,";

    @TempDir
    Path dir;
    Path warehouse;
    String[] where;

    @BeforeEach
    void reference() throws Exception {
        warehouse = dir.resolve("w.duckdb");
        where = new String[] {"--warehouse", warehouse.toString(), "--work", dir.resolve("work").toString()};
        write("las.csv", "new_la_code,la_name,date_of_operation,date_of_termination,parent_geography_code,entity_code,entity_description,status,old_la_code",
                "E06900001,Ashby Moor,01/04/2009,,E12900001,E06,Test authority,live,951",
                "E06900002,Blackwater,01/04/2009,,E12900001,E06,Test authority,live,952",
                "E06900003,Calder Edge,01/04/2009,,E12900001,E06,Test authority,live,953");
        write("regions.csv", "region_code,region_name", "E12900001,North Fells");
        assertThat(run("reference", "import", file("las.csv"), file("regions.csv"))).isEqualTo(ExitCodes.OK);
    }

    @AfterEach
    void resetConfig() {
        ConfigResources.useDirectory(null);
    }

    @Test
    void referralsAndWorkforceFiguresBecomeIndicatorValuesKnownOnTheirPublicationDate() throws Exception {
        // Given a children-in-need file for the year to 31 March 2023 and a workforce snapshot at 30 September 2023
        writeC1("c1.csv", "2023");
        writeCsww("csww.csv", "2023");
        assertThat(run("published", "import", file("c1.csv"), file("csww.csv"))).isEqualTo(ExitCodes.OK);
        // Then each authority row is a yearly indicator value from the published source, known on its publication date
        assertThat(query("select la_code, period, period_type, value, period_start, period_end, known_at, source from core.indicator_values "
                + "where indicator = 'REREFERRAL_PCT' order by la_code"))
                .containsExactly("951|2023|year|30.0|2022-04-01|2023-03-31|2023-11-30|published",
                        "952|2023|year|20.0|2022-04-01|2023-03-31|2023-11-30|published");
        assertThat(query("select la_code, value, period_start, period_end, known_at from core.indicator_values "
                + "where indicator = 'SW_TURNOVER_PCT' order by la_code"))
                .containsExactly("951|12.5|2022-10-01|2023-09-30|2024-02-28");
        // England's published figure is England; the authorities loaded are named as such
        assertThat(query("select area_code, area_level, area_name, value, method from core.area_benchmarks "
                + "where indicator = 'REREFERRAL_PCT' and area_level <> 'Region' order by area_code"))
                .containsExactly("ALL|All loaded|All authorities loaded|25.0|pooled", "E92000001|England|England|22.0|published");
        assertThat(query("select period, area_level, area_name, region_code, region_name, value, england_value, known_at "
                + "from marts.published_area_values where indicator = 'REREFERRAL_PCT' order by area_level"))
                .containsExactly("2023|England|England|||22.0|22.0|2023-11-30", "2023|Region|North Fells|E12900001|North Fells|25.0|22.0|2023-11-30");
    }

    @Test
    void whereAReturnAndAPublishedFigureCoverTheSameAuthorityPeriodAndIndicatorSignalsUseTheReturnAndTheMartShowsBoth() throws Exception {
        // Given Ashby Moor's own annual return for 2023 (re-referrals 31%) and the published figure (30%)
        Path returns = Files.createDirectories(dir.resolve("inbox/returns"));
        Files.writeString(returns.resolve("ashby_2023.csv"), "la_code,period,indicator,numerator,denominator,value,status,comment\n"
                + "951,2023,REREFERRAL_PCT,31,100,31.0,,\n");
        assertThat(Main.execute("ingest", "--warehouse", warehouse.toString(), "--work", dir.resolve("work").toString(),
                "--inbox", dir.resolve("inbox").toString(), "--as-of", "2023-05-10")).isEqualTo(ExitCodes.OK);
        writeC1("c1.csv", "2023");
        assertThat(run("published", "import", file("c1.csv"))).isEqualTo(ExitCodes.OK);
        // Then core.indicator_values holds the return (one row), and the mart shows the published figure beside it
        assertThat(query("select la_code, value, source from core.indicator_values where indicator = 'REREFERRAL_PCT' order by la_code"))
                .containsExactly("951|31.0|return", "952|20.0|published");
        assertThat(query("select la_code, value, source, published_value from marts.indicator_values "
                + "where indicator = 'REREFERRAL_PCT' order by la_code"))
                .containsExactly("951|31.0|return|30.0", "952|20.0|published|20.0");
    }

    @Test
    void aWarehouseWithOnlyPublishedStatisticsMakesARegionalPack() throws Exception {
        writeC1("c1.csv", "2023");
        writeC1("c1_2022.csv", "2022");
        assertThat(run("published", "import", file("c1.csv"), file("c1_2022.csv"))).isEqualTo(ExitCodes.OK);
        Files.createDirectories(dir.resolve("inbox"));
        int code = Main.execute("run", "--period", "2023", "--as-of", "2024-03-01", "--warehouse", warehouse.toString(),
                "--work", dir.resolve("work").toString(), "--inbox", dir.resolve("inbox").toString(), "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        Path pack = dir.resolve("out/2023/region/north-fells/north-fells-pack-2023.pdf");
        assertThat(pack).exists();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(pack.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("North Fells", "No returns: the region's 2 authorities are shown from the DfE's published statistics only.",
                    "Ashby Moor (951) Published statistics only", "Re-referrals within 12 months");
            // England's published figure is England here
            assertThat(text).contains("with every authority in England", "England 22.0").doesNotContain("All authorities loaded");
        }
        // Each authority with a published figure has its dashboard, for the region and for itself, with
        // no word about returns it was never asked for, and its trend in reporting years up to the one shown.
        Path dashboard = dir.resolve("out/2023/region/north-fells/951-ashby-moor.pdf");
        assertThat(dashboard).exists();
        assertThat(dir.resolve("out/2023/authority")).isDirectoryRecursivelyContaining("glob:**/951-ashby-moor-dashboard.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(dashboard.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Ashby Moor (951)", "Indicators, 2022-23", "Yearly, 2021-22 to 2022-23", "Reporting year")
                    .doesNotContain("Return for", "not received");
        }
    }

    @Test
    void aConfigurationDirectoryOverridesOneFileAndLeavesTheOthersShipped() throws Exception {
        // Given a directory holding only publication-dates.csv, with the actual date of the 2023 referrals publication
        Path config = Files.createDirectories(dir.resolve("myconfig"));
        Files.writeString(config.resolve("publication-dates.csv"), String.join("\n",
                "publication,time_period,period_end,published_on,note",
                "c1_referrals,*,Y-03-31,Y-11-30,default",
                "c1_referrals,2023,Y-03-31,2023-10-26,the actual day"));
        writeC1("c1.csv", "2023");
        writeC1("c1_2022.csv", "2022");
        // When imported with --config
        assertThat(run("published", "import", "--config", config.toString(), file("c1.csv"), file("c1_2022.csv"))).isEqualTo(ExitCodes.OK);
        // Then the year's own line wins, the default serves other years, and publications.csv still came from the jar
        assertThat(query("select period, known_at from core.indicator_values where la_code = '951' and indicator = 'NFA_PCT' order by period"))
                .containsExactly("2022|2022-11-30", "2023|2023-10-26");
        ConfigResources.useDirectory(config);
        assertThat(ConfigResources.describe("publication-dates.csv")).isEqualTo(config.resolve("publication-dates.csv").toString());
        assertThat(ConfigResources.describe("publications.csv")).isEqualTo("config/publications.csv (shipped)");
        assertThat(PublicationMapping.builtIn()).extracting(PublicationMapping::publication).contains("c1_referrals", "cla_rates");
        // And the environment's directory must exist: a wrong one is a usage error
        assertThat(run("published", "import", "--config", dir.resolve("nowhere").toString(), file("c1.csv"))).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void longTablesAreReadThroughRowFiltersAndSiblingRows() throws Exception {
        write("cla.csv", EES + "population_type,population_estimate,children_count,rate_per_10000",
                "2024,Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,Children looked after on 31 March each year,20000,140,70",
                "2024,Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,Children starting to be looked after each year,20000,50,25",
                "2024,Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,Children ceasing to be looked after each year,20000,45,23");
        write("stability.csv", EES + "cla_group,placement_stability,children_count,children_percent",
                "2024,Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,CLA on 31 March,Total children,140,100",
                "2024,Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,CLA on 31 March,With 3 or more placements during the year,14,10",
                "2024,Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,CLA 2 years on 31 March,Total children,90,100",
                "2024,Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,CLA 2 years on 31 March,With 3 or more placements during the previous 2 years,9,10");
        assertThat(run("published", "import", file("cla.csv"), file("stability.csv"))).isEqualTo(ExitCodes.OK);
        assertThat(query("select indicator, numerator, denominator, value from core.indicator_values order by indicator"))
                .containsExactly("CLA_3PLUS_PLACEMENTS_PCT|14.0|140.0|10.0", "CLA_RATE|140.0|20000.0|70.0", "CLA_STARTED_RATE|50.0|20000.0|25.0");
    }

    @Test
    void aFileNoMappingMatchesIsRefusedByNameAndTheOthersLoad() throws Exception {
        writeC1("c1.csv", "2023");
        write("unknown.csv", EES + "widgets_count", "2023,Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,4");
        write("badperiod.csv", EES + "category,referral_count,rereferral_count,rereferral_percent,no_further_action_count,no_further_action_percent",
                "2023,Reporting year,National,E92000001,England,,,,,,R,1000,220,22.0,60,6.0",
                "2023/24,Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,R,100,30,30.0,5,5.0");
        String[] err = new String[1];
        int code = runCapturingErr(err, "published", "import", file("unknown.csv"), file("c1.csv"), file("badperiod.csv"));
        assertThat(code).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(err[0]).contains("unknown.csv matches no publication mapping", "widgets_count", "publications.csv")
                .contains("badperiod.csv line 3: time_period '2023/24' is not a period Beacon reads");
        assertThat(query("select count(*) from core.indicator_values where indicator = 'REREFERRAL_PCT'")).containsExactly("2");
        assertThat(query("select distinct source_file from core.published_values")).containsExactly("c1.csv");
    }

    @Test
    void aPublicationWithoutAPublicationDateIsRefusedWithTheLineToAdd() throws Exception {
        Path config = Files.createDirectories(dir.resolve("dates"));
        Files.writeString(config.resolve("publication-dates.csv"), "publication,time_period,period_end,published_on,note\n"
                + "csww_workforce,*,Y-09-30,Y+1-02-28,workforce only\n");
        writeC1("c1.csv", "2023");
        writeCsww("csww.csv", "2023");
        String[] err = new String[1];
        assertThat(runCapturingErr(err, "published", "import", "--config", config.toString(), file("c1.csv"), file("csww.csv")))
                .isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(err[0]).contains("c1.csv (publication c1_referrals) has no publication date setting",
                config.resolve("publication-dates.csv").toString(), "c1_referrals,*,Y-03-31,Y-11-30");
        assertThat(query("select distinct indicator from core.indicator_values order by 1"))
                .containsExactly("SW_AGENCY_PCT", "SW_CASELOAD_AVG", "SW_TURNOVER_PCT", "SW_VACANCY_PCT");
    }

    private void writeC1(String name, String year) throws Exception {
        write(name, EES + "category,referral_count,rereferral_count,rereferral_percent,no_further_action_count,no_further_action_percent",
                year + ",Reporting year,National,E92000001,England,,,,,,R,1000,220,22.0,60,6.0",
                year + ",Reporting year,Regional,E92000001,England,E12900001,North Fells,,,,R,200,50,25.0,10,5.0",
                year + ",Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,R,100,30,30.0,5,5.0",
                year + ",Reporting year,Local authority,E92000001,England,E12900001,North Fells,952,E06900002,Blackwater,R,100,20,20.0,5,5.0");
    }

    private void writeCsww(String name, String year) throws Exception {
        write(name, EES + "inpost_fte,leavers_fte,turnover_rate_fte,agency_fte,agency_rate_fte,vacancy_fte,vacancy_rate_fte,case_holders_fte,cases,caseload_fte",
                year + ",Reporting year,Local authority,E92000001,England,E12900001,North Fells,951,E06900001,Ashby Moor,80,10,12.5,20,20.0,5,5.9,60,900,15.0");
    }

    private void write(String name, String... lines) throws Exception {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        int at = args[0].equals("published") || args[0].equals("reference") ? 2 : 1;
        all.addAll(at, List.of(where));
        return Main.execute(all.toArray(String[]::new));
    }

    private int runCapturingErr(String[] err, String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return run(args);
        } finally {
            System.setErr(old);
            err[0] = buf.toString(StandardCharsets.UTF_8);
        }
    }

    private List<String> query(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Warehouse w = Warehouse.openWithoutMigrating(warehouse); Connection c = w.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    cells.add(v == null ? "" : v.toString());
                }
                out.add(String.join("|", cells));
            }
        }
        return out;
    }
}
