package uk.beacon.cycle;

import java.util.ArrayList;
import java.util.List;

/**
 * The people a run's TLP:RED copy is for, named at run time (`beacon run --named`). Like the PDF
 * password, held in memory only: names are personal data, so they are not job parameters
 * (Spring Batch would store them in the warehouse); they appear only inside the encrypted copy.
 */
public final class NamedRecipients {

    /** More names than this is a distribution list, not named recipients. */
    public static final int MAX = 20;

    private final List<String> names;

    private NamedRecipients(List<String> names) {
        this.names = List.copyOf(names);
    }

    public static NamedRecipients none() {
        return new NamedRecipients(List.of());
    }

    /**
     * The names given, trimmed, blanks dropped, repeats kept once.
     *
     * @throws IllegalArgumentException with a sentence for the user when there are more than {@link #MAX}
     */
    public static NamedRecipients of(List<String> given) {
        List<String> names = new ArrayList<>();
        for (String n : given == null ? List.<String>of() : given) {
            String name = n == null ? "" : n.strip().replaceAll("\\s+", " ");
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.size() > MAX) {
            throw new IllegalArgumentException(names.size() + " names given to --named; a TLP:RED copy is for at most " + MAX
                    + " named people: name them, not a distribution list.");
        }
        return new NamedRecipients(names);
    }

    public boolean isSet() {
        return !names.isEmpty();
    }

    public List<String> names() {
        return names;
    }

    /**
     * A name's SHA-256 as Beacon keeps it (raw.named_copies): trimmed, spaces collapsed, lower case,
     * so the recipients file's "Jo  Bloggs" matches --named "jo bloggs". The name itself is never kept.
     */
    public static String fingerprint(String name) {
        String normal = (name == null ? "" : name).strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** "Named recipients: Jo Bloggs, Sam Smith". */
    public String label() {
        return "Named recipients: " + String.join(", ", names);
    }

    @Override
    public String toString() {
        return "NamedRecipients[" + names.size() + "]";
    }
}
