package uk.beacon.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.testing.StdOut;
import uk.beacon.cli.ExitCodes;
import uk.beacon.cli.Main;
import uk.beacon.warehouse.Warehouse;

/**
 * On the DfE's real published files (../shared/data/dfe; skipped with a message when absent):
 * every England and regional figure recomputed from the authority rows must match the
 * published figure within published rounding, or differ for a stated reason.
 */
class RealDataConformanceTest {

    static Path dfe;
    @TempDir
    static Path dir;
    static Path warehouse;

    static Path sharedData() {
        String env = System.getenv("BEACON_SHARED_DFE");
        Path p = env != null ? Path.of(env) : Path.of("..", "..", "shared", "data", "dfe");
        return p.toAbsolutePath().normalize();
    }

    @BeforeAll
    static void importRealFiles() {
        dfe = sharedData();
        assumeTrue(Files.isRegularFile(dfe.resolve("las.csv")),
                "Skipped: the DfE published data is not at " + dfe + " (set BEACON_SHARED_DFE to its folder)");
        warehouse = dir.resolve("real.duckdb");
        String[] where = {"--warehouse", warehouse.toString(), "--work", dir.resolve("work").toString()};
        assertThat(Main.execute(concat(new String[] {"reference", "import"}, where, files("las.csv", "regions.csv",
                "region_la_hierarchy.csv", "sn_model_2025_wide.csv", "ons_mid-year_population_estimates_2012_to_2024.csv"))))
                .isEqualTo(ExitCodes.OK);
        assertThat(Main.execute(concat(new String[] {"published", "import"}, where, files(
                "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", "d3_cpps_subsequent_plan_2013_to_2025.csv",
                "csww_indicators_2017_to_2025.csv")))).isEqualTo(ExitCodes.OK);
    }

    @Test
    void englandAndRegionalFiguresRecomputedFromAuthoritiesMatchThePublishedOnes() throws Exception {
        List<String> notMatching = new ArrayList<>();
        int total = 0;
        int matching = 0;
        try (Warehouse w = Warehouse.openWithoutMigrating(warehouse); Connection c = w.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select indicator, period, area_name, published_value, recomputed_value, tolerance, outcome "
                     + "from marts.published_conformance order by indicator, period, area_code")) {
            while (rs.next()) {
                total++;
                String outcome = rs.getString("outcome");
                if (outcome.equals("matches")) {
                    matching++;
                } else {
                    notMatching.add(String.format("%s %s %s: published %s, recomputed %.3f (tolerance %.3f) - %s",
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6), outcome));
                }
            }
        }
        System.out.println("Conformance: " + matching + " of " + total + " published England/regional figures match; the rest:");
        notMatching.forEach(line -> System.out.println("  " + line));
        assertThat(total).as("7 years x 4 workforce + 13 years x 4 referral/CPP measures, England and 9+2 regions").isGreaterThan(1000);
        assertThat(notMatching).as("every difference must have a reason").allSatisfy(line ->
                assertThat(line).contains("suppressed authority figure"));
        assertThat(matching).isGreaterThan(total * 95 / 100);
    }

    @Test
    void suppressedCellsAreKeptAsStatusesNotZeros() throws Exception {
        try (Warehouse w = Warehouse.openWithoutMigrating(warehouse); Connection c = w.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) filter (where status is not null), count(*) filter (where status is not null and value = 0) "
                     + "from core.published_values")) {
            rs.next();
            assertThat(rs.getLong(1)).as("suppressed figures in the real files").isPositive();
            assertThat(rs.getLong(2)).as("suppressed figures read as zero").isZero();
        }
    }

    @Test
    void aDataLeadAsksForReReferralsAgainstNeighboursInOneShortQuery() {
        String csv = StdOut.capture(() -> Main.execute("sql", "--warehouse", warehouse.toString(), """
                select la_name, period, value, neighbours_median, neighbours_reporting
                from marts.published_comparison
                where indicator = 'REREFERRAL_PCT' and region_code = 'E12000001' and period between '2019' and '2025'
                order by la_name, period"""));
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("la_name,period,value,neighbours_median,neighbours_reporting");
        assertThat(lines).hasSize(1 + 12 * 7); // 12 North East authorities x 7 years
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Hartlepool,2025,"));
    }

    @Test
    void joinedAndReorganisedAuthoritiesAreKeptByCode() throws Exception {
        try (Warehouse w = Warehouse.openWithoutMigrating(warehouse); Connection c = w.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select
                       count(*) filter (where la_code = '314 / 318' and indicator = 'SW_TURNOVER_PCT') as kingston_richmond_joint,
                       count(*) filter (where la_code = '928' and period >= '2022') as northamptonshire_after_split,
                       count(*) filter (where la_code in ('940', '941', '940 / 941') and period >= '2022') as north_west_northants,
                       count(*) filter (where la_code = '909' and period <= '2023') as cumbria_until_2023
                     from marts.published_comparison""")) {
            rs.next();
            assertThat(rs.getLong("kingston_richmond_joint")).as("Kingston and Richmond's joint workforce return").isPositive();
            assertThat(rs.getLong("northamptonshire_after_split")).isZero();
            assertThat(rs.getLong("north_west_northants")).isPositive();
            assertThat(rs.getLong("cumbria_until_2023")).isPositive();
        }
    }

    static String[] files(String... names) {
        return java.util.Arrays.stream(names).map(n -> dfe.resolve(n).toString()).toArray(String[]::new);
    }

    static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
