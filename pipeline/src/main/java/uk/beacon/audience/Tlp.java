package uk.beacon.audience;

import java.util.Locale;

/** Traffic Light Protocol 2.0 levels, least to most restricted. */
public enum Tlp {
    CLEAR, GREEN, AMBER, AMBER_STRICT, RED;

    /** Reads "AMBER+STRICT", "tlp:amber", "Green"... */
    public static Tlp parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("TLP:")) {
            t = t.substring(4);
        }
        return valueOf(t.replace('+', '_'));
    }

    /** The marking TLP 2.0 asks for on documents, e.g. "TLP:AMBER+STRICT". */
    public String marking() {
        return "TLP:" + name().replace('_', '+');
    }

    public Tlp atLeast(Tlp other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
