package uk.beacon.reports;

/** One of the region's authorities; {@code key} (1, 2, …, alphabetical) labels it on every chart of the pack. */
public record PackAuthority(String laCode, String laName, int key) {
}
