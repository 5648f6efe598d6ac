package uk.beacon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.testing.StdOut;

/** The command line end to end: demo, run and sql, with their exit codes. */
class MainTest {

    @Test
    void demoThenRunThenSql(@TempDir Path dir) {
        String[] where = {"--warehouse", dir.resolve("w.duckdb").toString(), "--inbox", dir.resolve("inbox").toString(),
                "--out", dir.resolve("out").toString(), "--work", dir.resolve("work").toString()};
        assertThat(Main.execute("demo", "--months", "3", "--truth", dir.resolve("truth").toString(), "--inbox", dir.resolve("inbox").toString()))
                .isEqualTo(ExitCodes.OK);

        int run = Main.execute(concat(new String[] {"run", "--period", "2026-10", "--as-of", "2026-11-23"}, where));
        assertThat(run).as("the demo's planted bad rows are rejected").isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(dir.resolve("out/2026-10/manifest.json")).exists();

        String csv = StdOut.capture(() -> Main.execute("sql", "--warehouse", dir.resolve("w.duckdb").toString(),
                "select la_code, count(*) as n from marts.indicator_values where period = '2026-10' and la_code in ('951','955') group by 1 order by 1"));
        assertThat(csv).isEqualTo("la_code,n\n951,18\n");
    }

    @Test
    void explainTriggersAndBacktestOnTheDemo(@TempDir Path dir) throws Exception {
        String[] where = {"--warehouse", dir.resolve("w.duckdb").toString(), "--inbox", dir.resolve("inbox").toString(),
                "--out", dir.resolve("out").toString(), "--work", dir.resolve("work").toString()};
        Main.execute("demo", "--truth", dir.resolve("truth").toString(), "--inbox", dir.resolve("inbox").toString());
        Main.execute(concat(new String[] {"run", "--period", "2026-10", "--as-of", "2026-11-23"}, where));
        String db = dir.resolve("w.duckdb").toString();

        String explained = StdOut.capture(() -> Main.execute("explain", "--warehouse", db, "Dunecliffe", "2026-10"));
        assertThat(explained).contains("Dunecliffe (975), October 2026: SERIOUS CONCERN", "Peer-review trigger T-975-", "Evidence, heaviest first",
                "SPC_OUTSIDE_LIMITS", "NOTES_CONCERN", "TLP:AMBER+STRICT");
        assertThat(explained).as("explain never quotes a note").doesNotContain("left at short notice");
        assertThat(explained).contains("watch from 8, concern from 15, serious concern from 25");
        // explain states the thresholds the run used (ref.settings), not the ones in this jar
        try (uk.beacon.warehouse.Warehouse w = uk.beacon.warehouse.Warehouse.openWithoutMigrating(dir.resolve("w.duckdb"));
             java.sql.Connection c = w.connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("update ref.settings set value = '9' where key = 'assessment.level.watch'");
        }
        assertThat(StdOut.capture(() -> Main.execute("explain", "--warehouse", db, "Dunecliffe", "2026-10")))
                .contains("watch from 9, concern from 15");

        String backtest = StdOut.capture(() -> Main.execute("backtest", "--warehouse", db, "--truth", dir.resolve("truth/planted_declines.csv").toString()));
        assertThat(backtest).contains("configured", "planted decline (worst)").doesNotContain("NOT DETECTED");

        java.nio.file.Files.writeString(dir.resolve("decisions.csv"), "trigger_id,status,decided_on,decided_by,note\n"
                + explained.lines().filter(l -> l.startsWith("Peer-review trigger")).findFirst().orElseThrow().split(" ")[2].replace(",", "")
                + ",accepted,2026-11-01,Sector-led improvement board,\n");
        assertThat(Main.execute("triggers", "apply", "--warehouse", db, "--work", dir.resolve("work").toString(), "--as-of", "2026-11-23",
                dir.resolve("decisions.csv").toString())).isEqualTo(ExitCodes.OK);
        assertThat(StdOut.capture(() -> Main.execute("sql", "--warehouse", db,
                "select status from marts.peer_review_triggers where la_code = '975' order by opened_period desc limit 1"))).isEqualTo("status\naccepted\n");

        java.nio.file.Files.writeString(dir.resolve("bad.csv"), "trigger_id,status,decided_on\nT-000-2020-01,maybe,2026-01-01\n");
        assertThat(Main.execute("triggers", "apply", "--warehouse", db, dir.resolve("bad.csv").toString())).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Main.execute("run")).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.execute("run", "--period", "October")).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.execute("frobnicate")).isEqualTo(ExitCodes.USAGE);
        // A TLP:RED copy for named recipients must be encrypted, named, and for a handful of people.
        assertThat(Main.execute("run", "--period", "2026-10", "--named", "Jo Bloggs")).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.execute("run", "--period", "2026-10", "--named", " ", "--pdf-password-env", "PATH")).isEqualTo(ExitCodes.USAGE);
        String[] many = new String[6 + 2 * 21];
        System.arraycopy(new String[] {"run", "--period", "2026-10", "--pdf-password-env", "PATH"}, 0, many, 0, 5);
        for (int i = 0; i < 21; i++) {
            many[5 + 2 * i] = "--named";
            many[6 + 2 * i] = "Person " + i;
        }
        many[many.length - 1] = "--as-of=2026-11-23";
        assertThat(Main.execute(many)).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void sqlOnAMissingWarehouseFailsWithAClearMessage(@TempDir Path dir) {
        assertThat(Main.execute("sql", "--warehouse", dir.resolve("nope.duckdb").toString(), "select 1")).isEqualTo(ExitCodes.FAILURE);
        assertThat(dir.resolve("nope.duckdb")).doesNotExist();
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"demo", "run", "ingest", "explain", "backtest", "sql", "reference", "published", "notes", "triggers"}) {
            String help = StdOut.capture(() -> Main.execute(cmd, "--help"));
            assertThat(help).contains("Usage: beacon " + cmd);
        }
    }

    static final String[][] COMMANDS = {{"demo"}, {"run", "--period", "2026-10"}, {"ingest"}, {"reference", "import", "x.csv"},
            {"published", "import", "x.csv"}, {"notes", "import", "x.csv"}, {"explain", "951", "2026-10"}, {"triggers", "apply", "x.csv"},
            {"backtest"}, {"sql", "select 1"}};

    @Test
    void everyCommandAnswersAnUnknownOptionWithTwo() {
        for (String[] cmd : COMMANDS) {
            assertThat(Main.execute(concat(cmd, new String[] {"--no-such-option"}))).as(String.join(" ", cmd)).isEqualTo(ExitCodes.USAGE);
        }
    }

    @Test
    void exitCodesAsTheReadmeSays(@TempDir Path dir) throws Exception {
        String nowhere = dir.resolve("none.duckdb").toString();
        String missing = dir.resolve("missing.csv").toString();
        // A file that is not there is a usage error; nothing is created.
        for (String[] cmd : new String[][] {{"reference", "import"}, {"published", "import"}, {"notes", "import"}, {"triggers", "apply"}}) {
            assertThat(Main.execute(concat(cmd, new String[] {"--warehouse", nowhere, "--work", dir.resolve("work").toString(), missing})))
                    .as(String.join(" ", cmd)).isEqualTo(ExitCodes.USAGE);
        }
        // Commands that only read fail (1) when there is no warehouse yet, and do not make one.
        assertThat(Main.execute("explain", "--warehouse", nowhere, "951", "2026-10")).isEqualTo(ExitCodes.FAILURE);
        assertThat(Main.execute("backtest", "--warehouse", nowhere)).isEqualTo(ExitCodes.FAILURE);
        assertThat(Main.execute("sql", "--warehouse", nowhere, "select 1")).isEqualTo(ExitCodes.FAILURE);
        assertThat(dir.resolve("none.duckdb")).doesNotExist();
        // An ingest of an empty inbox succeeds; one refused file exits 3.
        String[] ingest = {"ingest", "--warehouse", dir.resolve("w.duckdb").toString(), "--inbox", dir.resolve("inbox").toString(),
                "--work", dir.resolve("work").toString(), "--as-of", "2026-11-23"};
        java.nio.file.Files.createDirectories(dir.resolve("inbox/returns"));
        assertThat(Main.execute(ingest)).isEqualTo(ExitCodes.OK);
        java.nio.file.Files.writeString(dir.resolve("inbox/returns/bad.csv"), "not,a,return\n1,2,3\n");
        assertThat(Main.execute(ingest)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        // SQL that fails is a usage error (2), with DuckDB's message.
        assertThat(Main.execute("sql", "--warehouse", dir.resolve("w.duckdb").toString(), "select * from no_such_table")).isEqualTo(ExitCodes.USAGE);
        // Triggers before any run has made them: a failure (1) that says to run first. (A decisions file naming an
        // unknown trigger once there are triggers exits 2: explainTriggersAndBacktestOnTheDemo.)
        java.nio.file.Files.writeString(dir.resolve("d.csv"), "trigger_id,status,decided_on,decided_by,note\nT-999-2026-01,accepted,2026-01-05,Board,\n");
        assertThat(Main.execute("triggers", "apply", "--warehouse", dir.resolve("w.duckdb").toString(), "--work", dir.resolve("work").toString(),
                dir.resolve("d.csv").toString())).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void eachCommandListsOnlyTheOptionsItUsesInWholeWords() {
        String demo = StdOut.capture(() -> Main.execute("demo", "--help"));
        assertThat(demo).contains("--inbox").doesNotContain("--warehouse", "--out", "--work");
        String sql = StdOut.capture(() -> Main.execute("sql", "--help"));
        assertThat(sql).contains("--warehouse", "--format", "--output", "--allow-files", "docs/data-dictionary.md")
                .doesNotContain("--inbox", "--work", "--out ");
        for (String[] cmd : new String[][] {{"explain"}, {"backtest"}}) {
            assertThat(StdOut.capture(() -> Main.execute(concat(cmd, new String[] {"--help"}))))
                    .contains("--warehouse").doesNotContain("--inbox", "--work", "--out ");
        }
        for (String[] cmd : new String[][] {{"reference", "import"}, {"published", "import"}, {"notes", "import"}, {"triggers", "apply"}}) {
            assertThat(StdOut.capture(() -> Main.execute(concat(cmd, new String[] {"--help"}))))
                    .contains("--warehouse", "--work").doesNotContain("--inbox", "--out ");
        }
        assertThat(StdOut.capture(() -> Main.execute("ingest", "--help"))).contains("--inbox", "--work").doesNotContain("--out ");
        assertThat(StdOut.capture(() -> Main.execute("run", "--help"))).contains("--warehouse", "--inbox", "--out", "--work");
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
