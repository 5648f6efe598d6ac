package uk.beacon.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearningGroupsTest {

    static List<LearningGroups.Member> members(int n) {
        List<LearningGroups.Member> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new LearningGroups.Member(Integer.toString(901 + i), "R1", 10 - i));
        }
        return out;
    }

    @Test
    void groupsAreThreeOrFourStrong() {
        assertThat(LearningGroups.chunk(members(2))).isEmpty();
        assertThat(LearningGroups.chunk(members(3))).extracting(List::size).containsExactly(3);
        assertThat(LearningGroups.chunk(members(4))).extracting(List::size).containsExactly(4);
        // Five: one group of the four most concerned; the fifth is in no group.
        assertThat(LearningGroups.chunk(members(5))).extracting(List::size).containsExactly(4);
        assertThat(LearningGroups.chunk(members(5)).get(0)).extracting(LearningGroups.Member::laCode).doesNotContain("905");
        assertThat(LearningGroups.chunk(members(6))).extracting(List::size).containsExactly(3, 3);
        assertThat(LearningGroups.chunk(members(7))).extracting(List::size).containsExactly(4, 3);
        assertThat(LearningGroups.chunk(members(13))).extracting(List::size).containsExactly(4, 3, 3, 3);
    }

    @Test
    void authoritiesSharingAConcernAreGroupedRegionallyThenAcrossEnglandWithAStrongPartner() {
        SupportMatcher.Inputs in = SupportMatcherTest.inputs(Set.of("901"));
        Map<String, Map<String, Double>> concerns = new LinkedHashMap<>();
        // 901, 903 and 908 share the agency concern; 901 and 903 are in R1, 908 in R2: too few per region, so one England group.
        concerns.put("901", Map.of(SupportMatcherTest.AGENCY, 4.5));
        concerns.put("903", Map.of(SupportMatcherTest.AGENCY, 3.0));
        concerns.put("908", Map.of(SupportMatcherTest.AGENCY, 2.0, "CLA_RATE", 1.0));
        List<LearningGroups.Group> groups = new LearningGroups(SupportMatcherTest.settings(3)).form(concerns, in, SupportMatcherTest.PERIOD);
        assertThat(groups).hasSize(1);
        LearningGroups.Group g = groups.get(0);
        assertThat(g.scope()).isEqualTo("England");
        assertThat(g.members()).extracting(LearningGroups.Member::laCode).containsExactly("901", "903", "908");
        // Partner: strong, clean, not triggered, not a member; 902 (0.9 + 0.2 inspection) over 907 (0.9).
        assertThat(g.partner()).isEqualTo("902");
        assertThat(g.id()).isEqualTo("G-2026-10-ENG-SW_AGENCY_PCT-1");
    }
}
