package uk.beacon.reports.triage;

import java.util.List;

/**
 * One authority in the peer-review triage.
 *
 * @param triggerId       null for an authority listed only because its review is overdue
 * @param level           the current concern level: none, watch, concern, serious concern
 * @param monthsSinceReview months since the last completed peer review; null when none is on record
 * @param evidence        the evidence lines the audience may see, heaviest first ("[4.5] SPC_OUTSIDE_LIMITS …")
 * @param support         who could help on the trigger's indicators, best placed first, one plain line each
 *                        (marts.support_suggestions), then any commissioned support and how the concern moved since
 *                        (marts.support_outcomes); empty when there are none
 */
public record TriageRow(String laCode, String laName, String regionName, String triggerId, String openedPeriodLabel,
                        String status, String level, double score, Integer monthsSinceReview, String lastReviewLabel,
                        boolean reviewOverdue, List<String> evidence, List<String> support) {

    public TriageRow {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        support = support == null ? List.of() : List.copyOf(support);
    }

    /** A row without support suggestions. */
    public TriageRow(String laCode, String laName, String regionName, String triggerId, String openedPeriodLabel,
                     String status, String level, double score, Integer monthsSinceReview, String lastReviewLabel,
                     boolean reviewOverdue, List<String> evidence) {
        this(laCode, laName, regionName, triggerId, openedPeriodLabel, status, level, score, monthsSinceReview, lastReviewLabel,
                reviewOverdue, evidence, List.of());
    }

    /** This row with its support lines. */
    public TriageRow withSupport(List<String> lines) {
        return new TriageRow(laCode, laName, regionName, triggerId, openedPeriodLabel, status, level, score, monthsSinceReview,
                lastReviewLabel, reviewOverdue, evidence, lines);
    }
}
