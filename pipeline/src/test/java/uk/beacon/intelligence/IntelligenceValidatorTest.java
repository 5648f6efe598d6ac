package uk.beacon.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.beacon.ingest.Containers;
import uk.beacon.ingest.Rejection;
import uk.beacon.reference.AuthorityDirectory;

class IntelligenceValidatorTest {

    static final IntelligenceValidator V = new IntelligenceValidator(AuthorityDirectory.of(Map.of("805", "805", "E06000001", "805")),
            LocalDate.of(2026, 11, 23));
    static final String NOTES = "note_id,la_code,observed_on,category,signal,severity,tlp,source,summary\n";

    static IntelligenceValidator.Result validate(String csv) throws Exception {
        return V.validate(Containers.forFileName("x.csv").orElseThrow().read(csv.getBytes(StandardCharsets.UTF_8), "x.csv"));
    }

    @Test
    void acceptsGoodNotesInEitherDateStyleAndAnyTlpSpelling() throws Exception {
        IntelligenceValidator.Result r = validate(NOTES
                + "N1,805,2026-10-01,leadership_change,Concern,3,tlp:amber+strict,Regional DCS network,DCS left at short notice\n"
                + "N2,E06000001,01/10/2026,PARTNERSHIP,reassurance,1.0,CLEAR,LGA,Strong partnership\n");
        assertThat(r.kind()).isEqualTo(IntelligenceKind.NOTES);
        assertThat(r.rejections()).isEmpty();
        assertThat(r.notes()).extracting(IntelligenceRecords.Note::tlp).containsExactly("AMBER+STRICT", "CLEAR");
        assertThat(r.notes()).extracting(IntelligenceRecords.Note::laCode).containsOnly("805");
        assertThat(r.notes().get(0).category()).isEqualTo("LEADERSHIP_CHANGE");
        assertThat(r.notes().get(1).severity()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "N001 | N1,805,2026-10-01,WORKFORCE,concern,2,GREEN,,Staff leaving",
            "N002 | N1,805,1st Oct,WORKFORCE,concern,2,GREEN,LGA,Staff leaving",
            "N003 | N1,805,2026-10-01,STAFFING,concern,2,GREEN,LGA,Staff leaving",
            "N003 | N1,805,2026-10-01,WORKFORCE,worry,2,GREEN,LGA,Staff leaving",
            "N003 | N1,805,2026-10-01,WORKFORCE,concern,5,GREEN,LGA,Staff leaving",
            "N003 | N1,805,2026-10-01,WORKFORCE,concern,2,WHITE,LGA,Staff leaving",
            "N006 | N1,805,2026-10-01,WORKFORCE,concern,2,GREEN,Dr Smith,Staff leaving",
            "N007 | N1,805,2027-01-01,WORKFORCE,concern,2,GREEN,LGA,Staff leaving",
            "R001 | N1,999,2026-10-01,WORKFORCE,concern,2,GREEN,LGA,Staff leaving"})
    void eachRuleRefusesTheRow(String rule, String row) throws Exception {
        IntelligenceValidator.Result r = validate(NOTES + row + "\n");
        assertThat(r.notes()).isEmpty();
        assertThat(r.rejections()).extracting(x -> x.rule().id()).containsExactly(rule);
        assertThat(r.rejections().get(0).rowNumber()).isEqualTo(2);
    }

    @Test
    void aSummaryWithPersonalDataIsRefusedAndTheDataIsNeverRepeated() throws Exception {
        String secret = "A801200112345";
        String phone = "07700 900123";
        String dob = "03/04/2015";
        IntelligenceValidator.Result r = validate(NOTES + "N1,805,2026-10-01,PRACTICE,concern,2,GREEN,LGA,\"Child "
                + secret + ", DOB " + dob + ", mum on " + phone + "\"\n");
        assertThat(r.notes()).isEmpty();
        assertThat(r.rejections()).extracting(x -> x.rule().id()).containsOnly("N005").hasSize(3);
        for (Rejection x : r.rejections()) {
            assertThat(x.offendingValue()).isNull();
            assertThat(x.message()).doesNotContain(secret, phone, dob, "A8012", "900123", "2015");
        }
        assertThat(r.rejections().get(0).message()).contains("a unique pupil number at characters 7-19");
    }

    @Test
    void aSummaryOverTheLimitIsRefused() throws Exception {
        IntelligenceValidator.Result r = validate(NOTES + "N1,805,2026-10-01,PRACTICE,concern,2,GREEN,LGA," + "x".repeat(1001) + "\n");
        assertThat(r.rejections()).extracting(x -> x.rule().id()).containsExactly("N004");
    }

    @Test
    void readsPeerReviewsAndInspectionsByTheirHeaders() throws Exception {
        IntelligenceValidator.Result reviews = validate("la_code,review_type,started_on,completed_on,lead_organisation,summary\n"
                + "805,Peer review,2025-01-10,2025-02-01,LGA,Full review\n805,Peer challenge,2026-10-01,,LGA,\n"
                + "805,Peer review,2025-03-10,2025-02-01,LGA,Backwards\n");
        assertThat(reviews.kind()).isEqualTo(IntelligenceKind.PEER_REVIEWS);
        assertThat(reviews.reviews()).hasSize(2);
        assertThat(reviews.reviews().get(1).completedOn()).isNull();
        assertThat(reviews.rejections()).extracting(x -> x.rule().id() + "@" + x.rowNumber()).containsExactly("N008@4");

        IntelligenceValidator.Result inspections = validate("la_code,inspection_type,inspection_date,published_on,overall_effectiveness\n"
                + "805,ILACS,2024-05-01,2024-06-10,requires improvement to be good\n805,Focused visit,2025-01-01,,\n805,ILACS,2025-05-01,,Poor\n");
        assertThat(inspections.kind()).isEqualTo(IntelligenceKind.INSPECTIONS);
        assertThat(inspections.inspections()).extracting(IntelligenceRecords.Inspection::overallEffectiveness)
                .containsExactly("Requires improvement to be good", null);
        assertThat(inspections.rejections()).extracting(x -> x.rule().id()).containsExactly("N003");
    }

    @Test
    void aFileOfNoKnownKindIsRefusedWhole() throws Exception {
        IntelligenceValidator.Result r = validate("la_code,what,when\n805,x,y\n");
        assertThat(r.fileRefused()).isTrue();
        assertThat(r.rejections()).extracting(x -> x.rule().id()).containsExactly("F004");
    }
}
