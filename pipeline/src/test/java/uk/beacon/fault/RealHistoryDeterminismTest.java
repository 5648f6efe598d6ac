package uk.beacon.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.cli.ExitCodes;
import uk.beacon.cli.Main;
import uk.beacon.warehouse.Warehouse;

/**
 * The real national history (../shared/data: DfE statistics 2013-2025 for every authority, Ofsted
 * judgements) loaded and replayed twice gives the same tables and the same outputs, bit for bit.
 * It did not: fractional FTEs summed as doubles came out different in the last digit from run to run,
 * quartile bands moved at ties, and two authorities both named Dorset swapped rows in a table.
 * Skipped, with a message, when ../shared/data is absent.
 */
class RealHistoryDeterminismTest {

    @TempDir
    Path dir;

    static Path shared() {
        String env = System.getenv("BEACON_SHARED_DFE");
        Path dfe = env != null ? Path.of(env) : Path.of("..", "..", "shared", "data", "dfe");
        return dfe.toAbsolutePath().normalize().getParent();
    }

    @Test
    void twoReplaysOfRealHistoryGiveIdenticalTablesAndOutputs() throws Exception {
        Path data = shared();
        assumeTrue(Files.isRegularFile(data.resolve("dfe/las.csv")) && Files.isDirectory(data.resolve("ofsted")),
                "Skipped: the DfE and Ofsted data are not at " + data + " (set BEACON_SHARED_DFE to the dfe folder)");
        replay(data, dir.resolve("one"));
        replay(data, dir.resolve("two"));

        Map<String, String> one = tables(dir.resolve("one"));
        Map<String, String> two = tables(dir.resolve("two"));
        assertThat(one.keySet()).isEqualTo(two.keySet());
        assertThat(one.get("marts.concern_assessment")).doesNotStartWith("0:");
        for (String table : one.keySet()) {
            assertThat(two.get(table)).as(table).isEqualTo(one.get(table));
        }
        Map<String, String> outOne = Fingerprints.outputs(dir.resolve("one/out/2025-12").toRealPath(), null);
        Map<String, String> outTwo = Fingerprints.outputs(dir.resolve("two/out/2025-12").toRealPath(), null);
        assertThat(outOne).hasSizeGreaterThan(300);
        assertThat(outTwo.keySet()).isEqualTo(outOne.keySet());
        for (String path : outOne.keySet()) {
            assertThat(outTwo.get(path)).as(path).isEqualTo(outOne.get(path));
        }
    }

    private static void replay(Path data, Path home) throws Exception {
        List<String> where = List.of("--warehouse", home.resolve("w.duckdb").toString(), "--work", home.resolve("work").toString());
        Path dfe = data.resolve("dfe");
        assertThat(Main.execute(args(List.of("reference", "import"), where, files(dfe, "las.csv", "regions.csv", "region_la_hierarchy.csv",
                "sn_model_2025_wide.csv", "ons_mid-year_population_estimates_2012_to_2024.csv")))).isEqualTo(ExitCodes.OK);
        assertThat(Main.execute(args(List.of("published", "import"), where, files(dfe, "b1_children_in_need_2013_to_2025.csv",
                "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", "d3_cpps_subsequent_plan_2013_to_2025.csv",
                "csww_indicators_2017_to_2025.csv", "cla_number_and_rate_per_10k_children.csv", "la_cla_placement_stability.csv"))))
                .isEqualTo(ExitCodes.OK);
        assertThat(Main.execute(args(List.of("notes", "import"), where, files(data.resolve("ofsted"), "ilacs_judgements_2018_2021.csv"))))
                .isEqualTo(ExitCodes.OK);
        Files.createDirectories(home.resolve("inbox"));
        assertThat(Main.execute(args(List.of("run", "--period", "2025-12", "--as-of", "2026-01-31", "--inbox", home.resolve("inbox").toString(),
                "--out", home.resolve("out").toString()), where))).isIn(ExitCodes.OK, ExitCodes.COMPLETED_WITH_REJECTIONS);
    }

    private static Map<String, String> tables(Path home) throws Exception {
        try (Warehouse w = Warehouse.open(home.resolve("w.duckdb")); Connection c = w.connect()) {
            return Fingerprints.warehouse(c);
        }
    }

    private static List<String> files(Path folder, String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(folder.resolve(n).toString());
        }
        return out;
    }

    @SafeVarargs
    private static String[] args(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all.toArray(String[]::new);
    }
}
