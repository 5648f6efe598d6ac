package uk.beacon.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every TLP level against every configured audience: who may see a note about authority 951 in region R1. */
class AudiencePolicyTest {

    static final Map<String, Audience> AUDIENCES = Audience.builtIn();

    @ParameterizedTest(name = "{0} note, {1} audience: {2}")
    @CsvSource({
            // tlp,        audience,     own authority / own region, other region
            "CLEAR,        public,       true,  true",
            "GREEN,        public,       false, false",
            "AMBER,        public,       false, false",
            "AMBER+STRICT, public,       false, false",
            "RED,          public,       false, false",
            "CLEAR,        region,       true,  false",
            "GREEN,        region,       true,  false",
            "AMBER,        region,       true,  false",
            "AMBER+STRICT, region,       false, false",
            "RED,          region,       false, false",
            "CLEAR,        authority,    true,  false",
            "GREEN,        authority,    true,  false",
            "AMBER,        authority,    true,  false",
            "AMBER+STRICT, authority,    false, false",
            "RED,          authority,    false, false",
            "CLEAR,        sector-body,  true,  true",
            "GREEN,        sector-body,  true,  true",
            "AMBER,        sector-body,  true,  true",
            "AMBER+STRICT, sector-body,  true,  true",
            "RED,          sector-body,  false, false",
            "RED,          named,        true,  true"})
    void eachLevelReachesOnlyTheAudiencesAllowedIt(String tlp, String audienceId, boolean ownArea, boolean otherRegion) {
        Audience a = AUDIENCES.get(audienceId);
        Tlp level = Tlp.parse(tlp);
        // An output about authority 951 in region R1; a note about 951 (own area) or about 971 in region R3.
        assertThat(AudiencePolicy.maySee(a, level, "951", "R1", "951", "R1")).as("note about the output's own authority").isEqualTo(ownArea);
        assertThat(AudiencePolicy.maySee(a, level, "971", "R3", "951", "R1")).as("note about an authority elsewhere").isEqualTo(otherRegion);
    }

    @ParameterizedTest
    @CsvSource({"AMBER+STRICT,TLP:AMBER+STRICT", "tlp:green,TLP:GREEN", "Red,TLP:RED"})
    void readsAndMarksLevelsAsTlp2Writes(String text, String marking) {
        assertThat(Tlp.parse(text).marking()).isEqualTo(marking);
    }

    @org.junit.jupiter.api.Test
    void onlyTlp2SpellingsAreLevels() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Tlp.parse("AMBER_STRICT")).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Tlp.parse("WHITE")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Tlp.levels()).containsExactly("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED");
    }

    @org.junit.jupiter.api.Test
    void anAuthorityAudienceNeverSeesANeighboursNotesEvenInItsRegion() {
        Audience authority = AUDIENCES.get("authority");
        assertThat(AudiencePolicy.maySee(authority, Tlp.GREEN, "952", "R1", "951", "R1")).isFalse();
        assertThat(AudiencePolicy.maySee(AUDIENCES.get("region"), Tlp.GREEN, "952", "R1", "951", "R1")).isTrue();
    }
}
