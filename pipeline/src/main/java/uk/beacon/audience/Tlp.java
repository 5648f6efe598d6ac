package uk.beacon.audience;

import java.util.Locale;

/** Traffic Light Protocol 2.0 levels, least to most restricted. */
public enum Tlp {
    CLEAR, GREEN, AMBER, AMBER_STRICT, RED;

    /**
     * Reads "AMBER+STRICT", "tlp:amber", "Green"... in TLP 2.0's own spellings only.
     *
     * @throws IllegalArgumentException for anything else (including "AMBER_STRICT")
     */
    public static Tlp parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("TLP:")) {
            t = t.substring(4);
        }
        for (Tlp level : values()) {
            if (level.level().equals(t)) {
                return level;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a TLP 2.0 level " + levels());
    }

    /** The level as TLP 2.0 writes it, e.g. "AMBER+STRICT". */
    public String level() {
        return name().replace('_', '+');
    }

    /** The marking TLP 2.0 asks for on documents, e.g. "TLP:AMBER+STRICT". */
    public String marking() {
        return "TLP:" + level();
    }

    /** Every level as written, least restricted first: [CLEAR, GREEN, AMBER, AMBER+STRICT, RED]. */
    public static java.util.List<String> levels() {
        return java.util.Arrays.stream(values()).map(Tlp::level).toList();
    }

    public Tlp atLeast(Tlp other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
