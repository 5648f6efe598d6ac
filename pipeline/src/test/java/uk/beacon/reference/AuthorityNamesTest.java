package uk.beacon.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.reference.AuthorityDirectory.Authority;

/** Names as codes: one resolver for returns, notes, reviews, inspections and commands. */
class AuthorityNamesTest {

    static final AuthorityDirectory DIR = AuthorityDirectory.of(List.of(
            new Authority("E06999101", "871", "Oakhampstead", "R1", null, null),
            new Authority("E06999102", "872", "Bristol, City of", "R1", null, null),
            new Authority("E06999103", "873", "Kingston upon Hull", "R1", null, null),
            new Authority("E06999104", "874", "Oakhampton", "R1", null, null),
            new Authority("E06999105", "875", "Brighton & Hove", "R1", null, null),
            // A county abolished and a new unitary authority of the same name (different code) from the next day.
            new Authority("E10999106", "876", "Shireland", "R2", null, LocalDate.of(2021, 3, 31)),
            new Authority("E06999107", "877", "Shireland", "R2", LocalDate.of(2021, 4, 1), null),
            // Two authorities sharing a name at the same time: only a code can tell them apart.
            new Authority("E06999108", "878", "Newtown", "R3", null, null),
            new Authority("E06999109", "879", "Newtown", "R4", null, null)));

    static String month(String text, String ym) {
        var m = java.time.YearMonth.parse(ym);
        return DIR.resolve(text, m.atDay(1), m.atEndOfMonth()).dfeCode();
    }

    @Test
    void aNameResolvesLikeItsCodeIgnoringCasePunctuationAndAnd() {
        assertThat(month("Oakhampstead", "2026-10")).isEqualTo("871");
        assertThat(month("  oakhampstead ", "2026-10")).isEqualTo("871");
        assertThat(month("Bristol, City of", "2026-10")).isEqualTo("872");
        assertThat(month("City of Bristol", "2026-10")).isEqualTo("872");
        assertThat(month("Bristol", "2026-10")).isEqualTo("872");
        assertThat(month("Kingston-upon-Hull", "2026-10")).isEqualTo("873");
        assertThat(month("Brighton and Hove", "2026-10")).isEqualTo("875");
        assertThat(month("871", "2026-10")).isEqualTo("871");
        assertThat(month("E06999101", "2026-10")).isEqualTo("871");
        assertThat(DIR.resolve("Oakhampstead")).contains("871");
    }

    @Test
    void aNameReusedAfterAReorganisationResolvesByDate() {
        assertThat(month("Shireland", "2021-03")).isEqualTo("876");
        assertThat(month("Shireland", "2021-04")).isEqualTo("877");
        assertThat(DIR.resolve("Shireland")).as("no date: the authority operating now").contains("877");
    }

    @Test
    void unknownAndAmbiguousNamesAreRefusedWithASentenceNamingCloseMatches() {
        assertThat(month("Oakhampsted", "2026-10")).isNull();
        assertThat(DIR.unknown("Oakhampsted")).isEqualTo(
                "'Oakhampsted' is not a known DfE code, ONS code or authority name; did you mean Oakhampstead (871)?");
        assertThat(DIR.unknown("Oakham")).contains("Oakhampstead (871)", "Oakhampton (874)");
        assertThat(DIR.unknown("Zzyzx")).isEqualTo("'Zzyzx' is not a known DfE code, ONS code or authority name");

        assertThat(month("Newtown", "2026-10")).isNull();
        assertThat(DIR.resolve("Newtown")).isEmpty();
        assertThat(DIR.unknown("Newtown")).isEqualTo(
                "'Newtown' is the name of more than one authority: Newtown (878), Newtown (879); give its DfE or ONS code");
    }

    @Test
    void notesReviewsAndInspectionsAcceptTheName() throws Exception {
        var v = new uk.beacon.intelligence.IntelligenceValidator(DIR, LocalDate.of(2026, 11, 23));
        String csv = "note_id,la_code,observed_on,category,signal,severity,tlp,source,summary\n"
                + "N1,Oakhampstead,2026-10-01,WORKFORCE,concern,2,GREEN,LGA,Staff leaving\n"
                + "N2,Oakhampsted,2026-10-01,WORKFORCE,concern,2,GREEN,LGA,Staff leaving\n";
        var r = v.validate(uk.beacon.ingest.Containers.forFileName("x.csv").orElseThrow()
                .read(csv.getBytes(StandardCharsets.UTF_8), "x.csv"));
        assertThat(r.notes()).extracting(n -> n.laCode()).containsExactly("871");
        assertThat(r.rejections()).extracting(x -> x.rule().id() + " " + x.message())
                .singleElement().asString().startsWith("R001").contains("'Oakhampsted' (did you mean Oakhampstead (871)?)");
        assertThat(DIR.unknownDetail("Newtown")).contains("more than one authority");
    }

    @Test
    void aDecisionMayNameItsAuthorityWhichMustBeTheTriggers() throws Exception {
        String csv = "trigger_id,la_code,status,decided_on,decided_by,note\n"
                + "T-871-2026-05,Oakhampstead,accepted,2026-06-01,Sector-led improvement board,\n"
                + "T-874-2026-05,Oakhampstead,accepted,2026-06-01,Sector-led improvement board,\n"
                + "T-874-2026-06,Oakhampsted,accepted,2026-06-01,Sector-led improvement board,\n";
        var table = uk.beacon.ingest.Containers.forFileName("d.csv").orElseThrow().read(csv.getBytes(StandardCharsets.UTF_8), "d.csv");
        var r = uk.beacon.triggers.DecisionsFile.read(table,
                java.util.Map.of("T-871-2026-05", "871", "T-874-2026-05", "874", "T-874-2026-06", "874"), DIR, LocalDate.of(2026, 11, 23));
        assertThat(r.problems()).containsExactly(
                "line 3: la_code 'Oakhampstead' is Oakhampstead (871), but trigger T-874-2026-05 is about Oakhampton (874)",
                "line 4: la_code 'Oakhampsted' is not a known DfE code, ONS code or authority name; did you mean Oakhampstead (871)?");
    }
}
