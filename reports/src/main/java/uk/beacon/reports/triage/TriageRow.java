package uk.beacon.reports.triage;

import java.util.List;

/**
 * One authority in the peer-review triage.
 *
 * @param triggerId       null for an authority listed only because its review is overdue
 * @param level           the current concern level: none, watch, concern, serious concern
 * @param monthsSinceReview months since the last completed peer review; null when none is on record
 * @param evidence        the evidence lines the audience may see, heaviest first ("[4.5] SPC_OUTSIDE_LIMITS …")
 */
public record TriageRow(String laCode, String laName, String regionName, String triggerId, String openedPeriodLabel,
                        String status, String level, double score, Integer monthsSinceReview, String lastReviewLabel,
                        boolean reviewOverdue, List<String> evidence) {

    public TriageRow {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
