package uk.beacon.report;

/**
 * One output file in manifest.json. {@code audience} and {@code tlp} say who may receive it
 * (see docs/audiences.md); {@code laCode} is set for outputs about one authority;
 * {@code encrypted} says whether a PDF needs the run-time password to open.
 */
public record ManifestEntry(String path, String sha256, long bytes, String kind, String audience, String tlp, String laCode,
                            boolean encrypted) {
}
