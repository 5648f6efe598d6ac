package uk.beacon.render;

/**
 * One output file in manifest.json. {@code audience} and {@code tlp} say who may receive it
 * (see docs/audiences.md); {@code laCode} is set for outputs about one authority;
 * {@code region} is set for outputs about one region as a whole (a regional pack, its table);
 * {@code encrypted} says whether a PDF needs the run-time password to open.
 *
 * <p>{@code sha256} is the file's bytes; {@code contentSha256} is what the file says: the same
 * for two runs of the same period on the same figures, although an encrypted file's bytes (new
 * salt and key) and a PDF's or XLSX's (creation time, document id) differ each time. Delivery
 * compares it so a re-run of the cycle re-sends only what changed. Null in manifests written
 * before it existed.
 */
public record ManifestEntry(String path, String sha256, long bytes, String kind, String audience, String tlp, String laCode,
                            boolean encrypted, String region, String contentSha256) {

    /** This entry with what the file says fingerprinted by {@code contentSha256} (see {@link ContentFingerprint}). */
    public ManifestEntry withContent(String contentSha256) {
        return new ManifestEntry(path, sha256, bytes, kind, audience, tlp, laCode, encrypted, region, contentSha256);
    }
}
