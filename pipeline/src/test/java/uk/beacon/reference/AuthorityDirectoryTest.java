package uk.beacon.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.ingest.DecodedText;
import uk.beacon.reference.AuthorityDirectory.Authority;
import uk.beacon.reference.AuthorityDirectory.Resolution;
import uk.beacon.warehouse.Warehouse;

/** Reorganisations are resolved by code and date, never by name: one test per shape. */
class AuthorityDirectoryTest {

    static final LocalDate MAR_2021 = LocalDate.of(2021, 3, 31);
    static final AuthorityDirectory DIR = AuthorityDirectory.of(List.of(
            // A county split in two (the Northamptonshire shape).
            new Authority("E10999001", "990", "Shireland", "R1", LocalDate.of(2009, 1, 1), MAR_2021),
            new Authority("E06999001", "991", "North Shireland", "R1", LocalDate.of(2021, 4, 1), null),
            new Authority("E06999002", "992", "West Shireland", "R1", LocalDate.of(2021, 4, 1), null),
            new Authority("E06999001 / E06999002", "991 / 992", "North Shireland / West Shireland", "R1", LocalDate.of(2021, 4, 1), null),
            // An authority re-coded by the ONS, its DfE code unchanged (the Barnsley shape).
            new Authority("E08999001", "993", "Barnwold", "R2", LocalDate.of(2009, 1, 1), LocalDate.of(2025, 4, 30)),
            new Authority("E08999002", "993", "Barnwold", "R2", LocalDate.of(2025, 5, 1), null),
            // Two authorities that send one joint return for some measures (the Kingston and Richmond shape).
            new Authority("E09999001", "994", "Kingsmead", "R3", LocalDate.of(2009, 1, 1), null),
            new Authority("E09999002", "995", "Richford", "R3", LocalDate.of(2009, 1, 1), null),
            new Authority("E09999001 / E09999002", "994 / 995", "Kingsmead / Richford", "R3", LocalDate.of(2009, 1, 1), null)));

    static Resolution month(String code, String ym) {
        YearMonth m = YearMonth.parse(ym);
        return DIR.resolve(code, m.atDay(1), m.atEndOfMonth());
    }

    @Test
    void aSplitAuthorityIsAcceptedWhileItExistedAndNamesItsSuccessorsAfter() {
        assertThat(month("990", "2021-03").dfeCode()).isEqualTo("990");
        assertThat(DIR.resolve("990", LocalDate.of(2020, 4, 1), MAR_2021).dfeCode()).as("reporting year 2021").isEqualTo("990");
        Resolution after = month("E10999001", "2021-04");
        assertThat(after.resolved()).isFalse();
        assertThat(after.problem()).contains("closed on 31 March 2021", "North Shireland (991)", "West Shireland (992)")
                .doesNotContain("/");
        assertThat(month("991", "2021-04").dfeCode()).isEqualTo("991");
        assertThat(month("991", "2021-03").problem()).contains("began on 1 April 2021");
    }

    @Test
    void aReCodedAuthorityResolvesByWhicheverCodeWasInForce() {
        assertThat(month("E08999001", "2025-04").dfeCode()).isEqualTo("993");
        assertThat(month("E08999002", "2025-05").dfeCode()).isEqualTo("993");
        assertThat(month("993", "2019-01").dfeCode()).isEqualTo("993");
        assertThat(month("993", "2026-01").dfeCode()).isEqualTo("993");
        assertThat(month("E08999001", "2025-06").problem())
                .contains("used this code until 30 April 2025", "ONS code E08999002 (DfE code 993 is unchanged)");
        assertThat(month("E08999002", "2025-03").problem()).contains("began on 1 May 2025");
    }

    @Test
    void aJointReportingUnitIsNotAnIndividualAuthority() {
        assertThat(month("994 / 995", "2025-05").resolved()).isFalse();
        assertThat(month("994 / 995", "2025-05").problem()).as("unknown, not 'not operating'").isNull();
        assertThat(month("994", "2025-05").dfeCode()).isEqualTo("994");
        assertThat(month("E09999002", "2025-05").dfeCode()).isEqualTo("995");
    }

    @Test
    void namesResolveByDateLikeCodes() {
        assertThat(month("Shireland", "2020-01").dfeCode()).isEqualTo("990");
        assertThat(month("Shireland", "2021-04").problem()).contains("closed on 31 March 2021", "North Shireland (991)");
        assertThat(DIR.resolve("Barnwold")).contains("993");
        assertThat(month("Kingsmead / Richford", "2025-05").resolved()).as("a joint unit's name is no authority").isFalse();
    }

    /** The real cases, on the DfE's own authority list (skipped when ../shared is absent). */
    @Test
    void theRealReorganisationsResolveAsTheDfEListSays() throws Exception {
        Path las = Path.of(System.getenv().getOrDefault("BEACON_SHARED_DFE", "../../shared/data/dfe")).resolve("las.csv");
        assumeTrue(Files.isRegularFile(las), "Skipped: the DfE authority list is not at " + las.toAbsolutePath());
        AuthorityDirectory real;
        try (Warehouse w = Warehouse.inMemory(); Connection c = w.connect()) {
            ReferenceImporter.importText(c, DecodedText.decode(Files.readAllBytes(las)).text(), "las.csv", "test");
            real = AuthorityDirectory.load(c);
        }
        LocalDate may21 = LocalDate.of(2021, 5, 1);
        assertThat(real.resolve("928", LocalDate.of(2020, 4, 1), MAR_2021).dfeCode()).as("Northamptonshire 2020-21").isEqualTo("928");
        assertThat(real.resolve("928", may21, may21.plusDays(30)).problem()).contains("North Northamptonshire (940)", "West Northamptonshire (941)");
        assertThat(real.resolve("E10000006", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)).problem())
                .contains("Cumberland (942)", "Westmorland and Furness (943)");
        assertThat(real.resolve("E08000016", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).problem()).contains("E08000038");
        assertThat(real.resolve("370", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).dfeCode()).as("Barnsley by DfE code").isEqualTo("370");
        assertThat(real.resolve("E08000039", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).dfeCode()).as("Sheffield's new ONS code").isEqualTo("373");
        assertThat(real.resolve("837", LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31)).problem())
                .as("Bournemouth after the merger").contains("Bournemouth, Christchurch and Poole (839)");
        assertThat(real.resolve("314 / 318", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)).resolved()).isFalse();
        // Names, as the DfE writes them or as people do.
        LocalDate jan26 = LocalDate.of(2026, 1, 1);
        assertThat(real.resolve("Bristol, City of", jan26, jan26).dfeCode()).isEqualTo("801");
        assertThat(real.resolve("City of Bristol", jan26, jan26).dfeCode()).isEqualTo("801");
        assertThat(real.resolve("bristol", jan26, jan26).dfeCode()).isEqualTo("801");
        assertThat(real.resolve("Kingston upon Hull", jan26, jan26).dfeCode()).isEqualTo("810");
        assertThat(real.resolve("Northamptonshire", LocalDate.of(2020, 4, 1), MAR_2021).dfeCode()).isEqualTo("928");
        assertThat(real.resolve("Northamptonshire", may21, may21).problem()).contains("North Northamptonshire (940)");
        assertThat(real.resolve("Barnsley", jan26, jan26).dfeCode()).as("re-coded, same name and DfE code").isEqualTo("370");
        assertThat(real.unknown("Bristle")).contains("did you mean Bristol, City of (801)");
    }
}
