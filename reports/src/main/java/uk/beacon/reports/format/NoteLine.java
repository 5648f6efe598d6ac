package uk.beacon.reports.format;

/**
 * One soft-intelligence note as a report shows it. The caller has already decided the
 * reader's audience may see it (its TLP level); the report never filters.
 *
 * @param observedOn e.g. "14 August 2026"
 * @param signal     "concern" or "reassurance"
 * @param severity   1 low, 2 medium, 3 high
 * @param tlp        e.g. "TLP:AMBER"
 */
public record NoteLine(String observedOn, String category, String signal, int severity, String tlp, String source, String summary) {
}
