package uk.beacon.reports.pack;

import java.util.List;
import uk.beacon.reports.triage.TriageRow;

/**
 * Everything one region's monthly pack shows (audience: the regional ADCS group).
 *
 * <p>The pack is for comparison, not a league table: {@code authorities} are in alphabetical
 * order and numbered in that order; the numbers label the region's points on the funnel plots
 * and the panels of the small multiples, so a reader can follow one authority through the pack.
 *
 * @param returns          each of the region's authorities' return for the period (the cover)
 * @param indicators       one page each, in catalogue order; also the overview table's columns
 * @param concerns         the region's authorities with a concern level above none or an open
 *                         peer-review trigger, most serious first, with the evidence this
 *                         audience may see
 * @param evidenceWithheld evidence lines left out because they rest on notes above the audience's TLP level
 * @param learningGroups   the proposed shared-concern groups with a member in the region, one plain line each
 *                         (marts.learning_groups); members in other regions are counted, not named
 * @param notCollected     catalogue indicators the region does not collect (config/collections.csv) and no
 *                         authority of the region returned this month: no page, named on the cover, each with
 *                         its latest published figures where loaded ("Label (published 2025: 9 of 10 authorities)")
 */
public record RegionalPack(String regionName, String period /* YYYY-MM */, String periodLabel, String dataAsOf,
                           boolean synthetic, String tlp, String audienceLabel,
                           List<PackAuthority> authorities, List<PackReturn> returns, List<PackIndicator> indicators,
                           List<TriageRow> concerns, int evidenceWithheld, List<String> learningGroups,
                           List<String> notCollected) {

    /** A pack of a region that collects every indicator it has a page for. */
    public RegionalPack(String regionName, String period, String periodLabel, String dataAsOf, boolean synthetic, String tlp,
                        String audienceLabel, List<PackAuthority> authorities, List<PackReturn> returns,
                        List<PackIndicator> indicators, List<TriageRow> concerns, int evidenceWithheld, List<String> learningGroups) {
        this(regionName, period, periodLabel, dataAsOf, synthetic, tlp, audienceLabel, authorities, returns, indicators, concerns,
                evidenceWithheld, learningGroups, List.of());
    }

    public RegionalPack {
        notCollected = notCollected == null ? List.of() : List.copyOf(notCollected);
        authorities = authorities == null ? List.of() : List.copyOf(authorities);
        returns = returns == null ? List.of() : List.copyOf(returns);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        learningGroups = learningGroups == null ? List.of() : List.copyOf(learningGroups);
    }

    /** A pack without learning groups. */
    public RegionalPack(String regionName, String period, String periodLabel, String dataAsOf, boolean synthetic, String tlp,
                        String audienceLabel, List<PackAuthority> authorities, List<PackReturn> returns, List<PackIndicator> indicators,
                        List<TriageRow> concerns, int evidenceWithheld) {
        this(regionName, period, periodLabel, dataAsOf, synthetic, tlp, audienceLabel, authorities, returns, indicators, concerns,
                evidenceWithheld, List.of(), List.of());
    }
}
