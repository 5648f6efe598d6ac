package uk.beacon.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleRunner;
import uk.beacon.plan.ModelRebuild;
import uk.beacon.warehouse.Warehouse;

/** Soft intelligence visibly changes the concern assessment, up and down, and the evidence says why. */
class NotesMoveTheAssessmentTest {

    static final List<String> LEVELS = List.of("none", "watch", "concern", "serious concern");
    @TempDir
    static Path dir;
    static Path warehouse;

    @BeforeAll
    static void runDemo() throws Exception {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, YearMonth.of(2026, 10), 42)).write(dir.resolve("inbox"), dir.resolve("truth"));
        warehouse = dir.resolve("w.duckdb");
        try (BeaconContext ctx = BeaconContext.open(warehouse, IndicatorCatalogue.builtIn())) {
            new MonthlyCycleRunner(ctx).run(new CycleParameters(YearMonth.of(2026, 10), dir.resolve("inbox"), dir.resolve("out"),
                    dir.resolve("work"), LocalDate.of(2026, 11, 23)));
        }
    }

    @Test
    void aHighSeverityLeadershipNoteMovesADecliningAuthorityUpALevel() throws Exception {
        try (Warehouse w = Warehouse.open(warehouse); Connection c = w.connect()) {
            c.setAutoCommit(false);
            // Dunecliffe (975): its leadership-change note (severity 3, TLP:AMBER) was observed in April 2026.
            String[] with = assessment(c, "975", "2026-04");
            assertThat(with[1]).contains("NOTES_CONCERN", "leadership change concern (severity 3");
            exec(c, "delete from raw.notes where la_code = '975'");
            ModelRebuild.all(c, IndicatorCatalogue.builtIn());
            String[] without = assessment(c, "975", "2026-04");
            c.rollback();
            assertThat(LEVELS.indexOf(with[0])).as("level with the notes (%s) above level without (%s)", with[0], without[0])
                    .isGreaterThan(LEVELS.indexOf(without[0]));
            assertThat(without[1]).doesNotContain("NOTES_CONCERN");
        }
    }

    @Test
    void reassuranceNotesCanMoveAnAuthorityDown() throws Exception {
        try (Warehouse w = Warehouse.open(warehouse); Connection c = w.connect()) {
            c.setAutoCommit(false);
            // The authority-month on watch with the lowest score: a little reassurance should bring it down.
            String[] target;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select la_code, period from marts.concern_assessment where level = 'watch' order by score limit 1")) {
                rs.next();
                target = new String[] {rs.getString(1), rs.getString(2)};
            }
            String[] before = assessment(c, target[0], target[1]);
            LocalDate observed = YearMonth.parse(target[1]).atDay(10);
            try (PreparedStatement ps = c.prepareStatement("insert into raw.notes values ('t', null, 2, 'TEST-R1', ?, ?, 'PRACTICE', "
                    + "'reassurance', 3, 'GREEN', 'Peer challenge team', 'Practice found consistently good.', now())")) {
                ps.setString(1, target[0]);
                ps.setObject(2, observed);
                ps.executeUpdate();
            }
            exec(c, "insert into raw.files values ('t', 't.csv', 'notes', 'x', 0, 'csv', 'notes', null, 'loaded', 1, 1, 0, null, now(), null)");
            ModelRebuild.all(c, IndicatorCatalogue.builtIn());
            String[] after = assessment(c, target[0], target[1]);
            c.rollback();
            assertThat(before[0]).isEqualTo("watch");
            assertThat(after[0]).isEqualTo("none");
            assertThat(after[1]).contains("NOTES_REASSURANCE", "practice reassurance (severity 3");
        }
    }

    private static String[] assessment(Connection c, String la, String period) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select level, coalesce(evidence, '') from marts.concern_assessment where la_code = ? and period = ?")) {
            ps.setString(1, la);
            ps.setString(2, period);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
