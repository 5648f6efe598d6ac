package uk.beacon.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.cli.ExitCodes;
import uk.beacon.cli.Main;
import uk.beacon.reference.AuthorityDirectory.Authority;
import uk.beacon.warehouse.Warehouse;

/** Same-area code changes are mapped by date; splits and mergers listed by mistake stay refused. */
class CodeChangesTest {

    static final AuthorityDirectory DIR = AuthorityDirectory.of(List.of(
            // a county that became a unitary over the same area: DfE code kept, ONS code changed
            new Authority("E10999023", "815", "Moorshire", "R1", LocalDate.of(2009, 4, 1), LocalDate.of(2023, 3, 31)),
            new Authority("E06999065", "815", "Moorshire", "R1", LocalDate.of(2023, 4, 1), null),
            // a county split in two
            new Authority("E10999021", "928", "Shireland", "R1", LocalDate.of(2009, 4, 1), LocalDate.of(2021, 3, 31)),
            new Authority("E06999061", "940", "North Shireland", "R1", LocalDate.of(2021, 4, 1), null)));

    static final CodeChanges CHANGES = new CodeChanges(List.of(
            new CodeChanges.Change("E10999023", "E06999065", LocalDate.of(2023, 4, 1), "Moorshire"),
            new CodeChanges.Change("E10999021", "E06999061", LocalDate.of(2021, 4, 1), "Shireland (a split, listed by mistake)")));

    @Test
    void theNewCodeOfASameAreaChangeResolvesForDatesBeforeTheChange() {
        assertThat(DIR.resolve("E06999065", LocalDate.of(2019, 5, 13), LocalDate.of(2019, 5, 13)).resolved()).isFalse();
        assertThat(CHANGES.resolve(DIR, "E06999065", LocalDate.of(2019, 5, 13)).dfeCode()).isEqualTo("815");
        assertThat(CHANGES.resolve(DIR, "E10999023", LocalDate.of(2024, 1, 8)).dfeCode()).isEqualTo("815");
        assertThat(CHANGES.resolve(DIR, "E06999065", LocalDate.of(2024, 1, 8)).dfeCode()).isEqualTo("815");
    }

    @Test
    void aSplitStaysRefusedEvenWhenListed() {
        AuthorityDirectory.Resolution r = CHANGES.resolve(DIR, "E06999061", LocalDate.of(2019, 5, 13));
        assertThat(r.resolved()).isFalse();
        assertThat(r.problem()).contains("North Shireland", "began on 1 April 2021");
    }

    @Test
    void theShippedListHoldsTheThreeCountiesOfstedNamesByTheirNewCodes() {
        assertThat(CodeChanges.builtIn().changes()).extracting(CodeChanges.Change::newCode)
                .contains("E06000065", "E06000066", "E06000060");
    }

    @Test
    void everyRealJudgementLoads(@TempDir Path dir) throws Exception {
        Path shared = Path.of("..", "..", "shared", "data").toAbsolutePath().normalize();
        Path ofsted = shared.resolve("ofsted/ilacs_judgements_2018_2021.csv");
        assumeTrue(Files.isRegularFile(ofsted) && Files.isRegularFile(shared.resolve("dfe/las.csv")),
                "Skipped: the real Ofsted and DfE files are not at " + shared);
        String db = dir.resolve("w.duckdb").toString();
        String work = dir.resolve("work").toString();
        assertThat(Main.execute("reference", "import", "--warehouse", db, "--work", work, shared.resolve("dfe/las.csv").toString(),
                shared.resolve("dfe/regions.csv").toString())).isEqualTo(ExitCodes.OK);
        assertThat(Main.execute("notes", "import", "--warehouse", db, "--work", work, ofsted.toString())).isEqualTo(ExitCodes.OK);
        try (Warehouse w = Warehouse.openWithoutMigrating(Path.of(db)); Connection c = w.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(*) filter (where overall_effectiveness = 'Inadequate'), "
                     + "count(*) filter (where la_code = '815' and inspection_date < date '2023-04-01') from core.inspections")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(111);
            assertThat(rs.getInt(2)).isEqualTo(17);
            assertThat(rs.getInt(3)).isEqualTo(1);
        }
    }
}
