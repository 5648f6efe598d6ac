package uk.beacon.reports.triage;

import java.util.List;
import uk.beacon.reports.format.RestrictedNote;

/**
 * The peer-review triage for the sector-led improvement body: authorities with open or new
 * triggers, most serious first, then authorities whose two-yearly review is overdue.
 *
 * @param evidenceWithheld evidence lines left out because they rest on notes above the audience's TLP level
 * @param restrictedNotes  for the named recipients' copy only: the notes above TLP:AMBER (AMBER+STRICT and RED)
 *                         of the last twelve months, printed after the tables; null for every other copy
 */
public record TriageReport(String period, String periodLabel, String dataAsOf, boolean synthetic, String tlp, String audienceLabel,
                           List<TriageRow> triggered, List<TriageRow> overdueReviews, int evidenceWithheld,
                           List<RestrictedNote> restrictedNotes) {

    public TriageReport {
        triggered = triggered == null ? List.of() : List.copyOf(triggered);
        overdueReviews = overdueReviews == null ? List.of() : List.copyOf(overdueReviews);
        restrictedNotes = restrictedNotes == null ? null : List.copyOf(restrictedNotes);
    }

    /** The triage without a restricted-notes section (every copy but the named recipients'). */
    public TriageReport(String period, String periodLabel, String dataAsOf, boolean synthetic, String tlp, String audienceLabel,
                        List<TriageRow> triggered, List<TriageRow> overdueReviews, int evidenceWithheld) {
        this(period, periodLabel, dataAsOf, synthetic, tlp, audienceLabel, triggered, overdueReviews, evidenceWithheld, null);
    }

    /** This triage for the named recipients, with the restricted notes and a marking at least as strict as they are. */
    public TriageReport forNamedRecipients(String marking, String label, List<RestrictedNote> notes) {
        return new TriageReport(period, periodLabel, dataAsOf, synthetic, marking, label, triggered, overdueReviews, evidenceWithheld,
                notes == null ? List.of() : notes);
    }
}
