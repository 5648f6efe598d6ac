package uk.beacon.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-built inputs: 901 (region R1) is under a trigger on agency social workers; 902 is its strong
 * statistical neighbour; the other candidates are each ruled out for one reason, or ranked below.
 */
class SupportMatcherTest {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    static final String AGENCY = "SW_AGENCY_PCT";
    static final String VACANCY = "SW_VACANCY_PCT";

    static SupportSettings settings(int cap) {
        return settings(cap, 4);
    }

    static SupportSettings settings(int cap, int perTrigger) {
        Properties p = new Properties();
        p.setProperty("support.max_requests_per_period", Integer.toString(cap));
        p.setProperty("support.suggestions_per_trigger", Integer.toString(perTrigger));
        return SupportSettings.from(p);
    }

    static SupportMatcher.Authority la(String code, String region, String inspection) {
        return new SupportMatcher.Authority(code, "Authority " + code, region, "Region " + region, inspection,
                inspection == null ? null : LocalDate.of(2024, 5, 1));
    }

    static SupportMatcher.Strength strong(String la, String indicator, double standing) {
        return new SupportMatcher.Strength(la, indicator, 6, "2026-05", "2026-10", 8.0, standing, 0.6, "steady");
    }

    static SupportMatcher.Inputs inputs(Set<String> underTrigger) {
        Map<String, SupportMatcher.Authority> authorities = new LinkedHashMap<>();
        authorities.put("901", la("901", "R1", "Good"));
        authorities.put("902", la("902", "R1", "Good"));          // strong neighbour, same region
        authorities.put("903", la("903", "R1", "Good"));          // strong, but the same concern itself
        authorities.put("904", la("904", "R2", "Good"));          // strong, but under a trigger
        authorities.put("905", la("905", "R2", "Good"));          // strong, but a data-quality concern
        authorities.put("906", la("906", "R2", "Inadequate"));    // strong, but inspected Inadequate
        authorities.put("907", la("907", "R2", null));            // strong, elsewhere, no inspection: ranked below 902
        authorities.put("908", la("908", "R2", "Good"));          // not strong on the indicator
        Map<String, Map<String, SupportMatcher.Strength>> strong = new HashMap<>();
        for (String code : List.of("902", "903", "904", "905", "906", "907")) {
            strong.computeIfAbsent(AGENCY, k -> new HashMap<>()).put(code, strong(code, AGENCY, 0.9));
        }
        strong.computeIfAbsent(VACANCY, k -> new HashMap<>()).put("907", strong("907", VACANCY, 0.8));
        return new SupportMatcher.Inputs(authorities, strong, Map.of("901", Set.of("902", "903")), underTrigger,
                Set.of("903|" + AGENCY), Set.of("905"), Map.of(AGENCY, new SupportMatcher.IndicatorWords("Agency social workers", "% FTE")));
    }

    @Test
    void theStrongNeighbourComesFirstAndEveryoneRuledOutStaysOut() {
        SupportMatcher matcher = new SupportMatcher(settings(3));
        List<SupportMatcher.Suggestion> s = matcher.match(
                List.of(new SupportMatcher.Need("T-901-2026-08", "901", "concern", 16, List.of(AGENCY))), inputs(Set.of("901", "904")), PERIOD);
        assertThat(s).extracting(SupportMatcher.Suggestion::suggestedLaCode).containsExactly("902", "907");
        assertThat(s.get(0).rank()).isEqualTo(1);
        // 0.9 standing + 0.3 neighbour + 0.15 same region + 0.2 recent Good inspection
        assertThat(s.get(0).score()).isEqualTo(1.55);
        assertThat(s.get(1).score()).isEqualTo(0.9);
        assertThat(s.get(0).reason()).contains("Strong on Agency social workers: 8.0 % FTE on average over its last 6 figures (2026-05 to 2026-10)",
                "better than 90% of authorities", "A statistical neighbour of Authority 901.", "In the same region (Region R1).",
                "Latest inspection Good (1 May 2024).", "not under a trigger itself");
        assertThat(s.get(1).reason()).contains("No inspection on record.").doesNotContain("statistical neighbour");
    }

    @Test
    void aTriggerWhoseIndicatorNobodyIsStrongOnGetsNoSuggestion() {
        SupportMatcher matcher = new SupportMatcher(settings(3));
        assertThat(matcher.match(List.of(new SupportMatcher.Need("T-901-2026-08", "901", "concern", 16, List.of("CLA_RATE"))),
                inputs(Set.of("901")), PERIOD)).isEmpty();
    }

    @Test
    void theCapSpreadsRequestsSoOneStrongServiceIsNotEveryonesHelper() {
        SupportMatcher matcher = new SupportMatcher(settings(1, 1));
        // One suggestion per trigger, each authority asked at most once. Three authorities under triggers on the same indicator, most serious first.
        List<SupportMatcher.Need> needs = List.of(
                new SupportMatcher.Need("T-901-2026-08", "901", "serious concern", 30, List.of(AGENCY)),
                new SupportMatcher.Need("T-908-2026-09", "908", "concern", 20, List.of(AGENCY)),
                new SupportMatcher.Need("T-903-2026-09", "903", "concern", 18, List.of(AGENCY)));
        List<SupportMatcher.Suggestion> s = matcher.match(needs, inputs(Set.of("901", "904", "908")), PERIOD);
        // Each candidate may be asked once: 902 goes to the most serious, 907 to the next, none is left for the third.
        assertThat(s).extracting(g -> g.triggerId() + ">" + g.suggestedLaCode())
                .containsExactly("T-901-2026-08>902", "T-908-2026-09>907");
        Map<String, Long> asked = new HashMap<>();
        s.forEach(g -> asked.merge(g.suggestedLaCode(), 1L, Long::sum));
        assertThat(asked.values()).allMatch(n -> n <= 1);
    }

    @Test
    void aCandidateCoveringMoreOfTheConcernRanksHigher() {
        SupportMatcher matcher = new SupportMatcher(settings(3));
        List<SupportMatcher.Suggestion> s = matcher.match(
                List.of(new SupportMatcher.Need("T-908-2026-08", "908", "concern", 16, List.of(AGENCY, VACANCY))),
                inputs(Set.of("908", "904")), PERIOD);
        // 907 is strong on both, (0.9 + 0.8) / 2 = 0.85, + 0.15 for 908's region R2; 902 on one only: 0.9 / 2 + 0.2 inspection.
        assertThat(s.get(0).suggestedLaCode()).isEqualTo("907");
        assertThat(s.get(0).indicators()).containsExactly(AGENCY, VACANCY);
        assertThat(s.get(0).score()).isEqualTo(1.0);
        assertThat(s.get(1).suggestedLaCode()).isEqualTo("902");
        assertThat(s.get(1).score()).isEqualTo(0.65);
    }
}
