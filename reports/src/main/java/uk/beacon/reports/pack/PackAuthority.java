package uk.beacon.reports.pack;

/**
 * One of the region's authorities; {@code key} (1, 2, …, alphabetical) labels it on every chart of
 * the pack. {@code level} is its concern level this month ("none", "watch", "concern", "serious
 * concern"), or null when it has no assessment.
 */
public record PackAuthority(String laCode, String laName, int key, String level) {
}
