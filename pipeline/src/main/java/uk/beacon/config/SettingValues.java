package uk.beacon.config;

import java.util.Properties;

/**
 * Reads one value of config/early-warning.properties with a fallback for a key left out, and an
 * error naming the key and its text when the value cannot be read. One reader for every group of
 * settings (the statistical kernels, support suggestions, engagement), so they fail alike.
 */
public final class SettingValues {

    private SettingValues() {
    }

    /** The trimmed text of {@code key}, or null when it is missing or blank. */
    public static String raw(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public static int integer(Properties p, String key, int fallback) {
        String v = raw(p, key);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("early-warning setting " + key + " = '" + v + "' is not a whole number", e);
        }
    }

    /** A number, or a fraction such as 2/3 as the method papers write it. */
    public static double number(Properties p, String key, double fallback) {
        String v = raw(p, key);
        if (v == null) {
            return fallback;
        }
        try {
            if (v.contains("/")) {
                String[] parts = v.split("/");
                return Double.parseDouble(parts[0].trim()) / Double.parseDouble(parts[1].trim());
            }
            return Double.parseDouble(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("early-warning setting " + key + " = '" + v + "' is not a number", e);
        }
    }

    public static boolean bool(Properties p, String key, boolean fallback) {
        String v = raw(p, key);
        if (v == null) {
            return fallback;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("early-warning setting " + key + " = '" + v + "' must be true or false");
    }
}
