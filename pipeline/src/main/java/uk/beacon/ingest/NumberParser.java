package uk.beacon.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Reads numbers as spreadsheets save them: surrounding spaces, thousands separators ({@code 1,234}),
 * a trailing {@code %}, Excel's trailing {@code .0} on whole numbers. Suppression markers are
 * recognised separately by {@link #statusOf(String)}.
 */
final class NumberParser {

    /** DfE and contract suppression markers, and the two spreadsheet spellings of "not available". */
    private static final Set<String> STATUSES = Set.of("c", "x", "z", "low", "k", "u");

    private NumberParser() {
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The normalised status for a suppression marker, or null when {@code s} is not one. */
    static String statusOf(String s) {
        if (isBlank(s)) {
            return null;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.equals("..") || t.equals(":")) {
            return "x";
        }
        return STATUSES.contains(t) ? t : null;
    }

    /** Parses a decimal number; throws NumberFormatException with the original text if it is not one. */
    static double parseDecimal(String s) {
        String t = s.trim();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        if (t.matches("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            t = t.replace(",", "");
        }
        if (!t.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            throw new NumberFormatException(s);
        }
        return Double.parseDouble(t);
    }

    /** How many decimal places the number was written with (for "agrees within the rounding of value"). */
    static int decimalPlaces(String s) {
        String t = s.trim();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        int dot = t.indexOf('.');
        if (dot < 0 || t.contains("e") || t.contains("E")) {
            return 0;
        }
        return t.length() - dot - 1;
    }

    static boolean isWhole(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d);
    }
}
