package uk.beacon.render;

/**
 * One output file in manifest.json. {@code audience} and {@code tlp} say who may receive it
 * (see docs/audiences.md); {@code laCode} is set for outputs about one authority;
 * {@code region} is set for outputs about one region as a whole (a regional pack, its table);
 * {@code encrypted} says whether a PDF needs the run-time password to open.
 */
public record ManifestEntry(String path, String sha256, long bytes, String kind, String audience, String tlp, String laCode,
                            boolean encrypted, String region) {
}
