package uk.beacon.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of what an output says, not of its bytes: the report's data (its model, a tree of
 * records, lists, text and numbers, whose printed form is deterministic) or a table's cells,
 * with the templates that lay them out. Two runs of the same period on the same figures give
 * the same fingerprint, although an encrypted PDF or XLSX differs byte for byte every time (new
 * salt and key) and so does a plain PDF or XLSX (creation time, document id). Delivery compares
 * fingerprints so re-running the cycle does not send recipients the same month again.
 *
 * <p>A change of Beacon's code that draws the same data differently (and leaves the templates
 * alone) keeps the fingerprint: such a file is not sent again by itself.
 */
public final class ContentFingerprint {

    /** The report templates, every one: a template change changes every PDF's fingerprint. */
    static final List<String> TEMPLATES = List.of("authority-dashboard.jrxml", "authority-dashboard-notes.jrxml",
            "authority-dashboard-quality.jrxml", "peer-review-triage.jrxml", "peer-review-triage-overdue.jrxml", "regional-pack.jrxml",
            "regional-pack-returns.jrxml", "regional-pack-overview.jrxml", "regional-pack-concerns.jrxml");
    private static volatile String templates;

    private ContentFingerprint() {
    }

    /** A PDF's: its kind, its report model (a record) and the templates. */
    public static String ofReport(String kind, Record model) {
        return sha256("report\n" + kind + "\n" + templates() + "\n" + model);
    }

    /** A table's (CSV or XLSX): its kind, sheet, marking, header and every cell. */
    public static String ofTable(String kind, String sheet, String marking, String[] header, List<String[]> rows) {
        StringBuilder b = new StringBuilder("table\n").append(kind).append('\n').append(sheet).append('\n').append(marking).append('\n');
        appendRow(b, header);
        for (String[] r : rows) {
            appendRow(b, r);
        }
        return sha256(b.toString());
    }

    private static void appendRow(StringBuilder b, String[] cells) {
        for (String c : cells) {
            // each cell's length first: no two different rows print the same
            String s = c == null ? "" : c;
            b.append(c == null ? -1 : s.length()).append(':').append(s);
        }
        b.append('\n');
    }

    private static String templates() {
        String t = templates;
        if (t == null) {
            StringBuilder b = new StringBuilder();
            for (String name : TEMPLATES) {
                try (InputStream in = ContentFingerprint.class.getClassLoader().getResourceAsStream("beacon/reports/templates/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("report template " + name + " is missing from the classpath");
                    }
                    b.append(name).append(' ').append(sha256(in.readAllBytes())).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read report template " + name + ": " + e.getMessage(), e);
                }
            }
            t = sha256(b.toString());
            templates = t;
        }
        return t;
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
