package uk.beacon.reports;

import java.util.List;

/**
 * The peer-review triage for the sector-led improvement body: authorities with open or new
 * triggers, most serious first, then authorities whose two-yearly review is overdue.
 *
 * @param evidenceWithheld evidence lines left out because they rest on notes above the audience's TLP level
 */
public record TriageReport(String period, String periodLabel, String dataAsOf, boolean synthetic, String tlp, String audienceLabel,
                           List<TriageRow> triggered, List<TriageRow> overdueReviews, int evidenceWithheld) {

    public TriageReport {
        triggered = triggered == null ? List.of() : List.copyOf(triggered);
        overdueReviews = overdueReviews == null ? List.of() : List.copyOf(overdueReviews);
    }
}
