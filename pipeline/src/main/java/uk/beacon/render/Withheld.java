package uk.beacon.render;

/**
 * An output a run did not write, in manifest.json's {@code withheld} list: where it would
 * have been, what it is, who it was for, its marking, and why it was not written (e.g. a CSV
 * whose marking requires encryption, which a CSV cannot have).
 */
public record Withheld(String path, String kind, String audience, String tlp, String reason) {
}
