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

    /**
     * Parses a decimal number; throws NumberFormatException with the original text if it is
     * not one. Hand-written rather than a regular expression: this runs for every figure of a
     * national backfill, and regex matching was most of the ingest's time.
     */
    static double parseDecimal(String s) {
        String t = s.trim();
        int end = t.length();
        if (end > 0 && t.charAt(end - 1) == '%') {
            end--;
            while (end > 0 && t.charAt(end - 1) == ' ') {
                end--;
            }
        }
        if (!isNumberText(t, end)) {
            throw new NumberFormatException(s);
        }
        String digits = t.substring(0, end);
        return Double.parseDouble(digits.indexOf(',') >= 0 ? digits.replace(",", "") : digits);
    }

    /**
     * True for {@code [-+]digits[.digits][e[-+]digits]} where the integer digits are either
     * plain or grouped in threes by commas ({@code 1,234,567}), and for {@code .5}.
     */
    private static boolean isNumberText(String t, int end) {
        int i = 0;
        if (i < end && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            i++;
        }
        int intStart = i;
        int groupLen = 0;
        boolean grouped = false;
        while (i < end) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                groupLen++;
            } else if (c == ',') {
                // A comma must follow 1-3 digits (first group) or exactly 3 (later groups).
                if (groupLen == 0 || groupLen > 3 || (grouped && groupLen != 3)) {
                    return false;
                }
                grouped = true;
                groupLen = 0;
            } else {
                break;
            }
            i++;
        }
        if (grouped && groupLen != 3) {
            return false;
        }
        boolean intDigits = i > intStart;
        boolean fracDigits = false;
        if (i < end && t.charAt(i) == '.') {
            i++;
            while (i < end && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
                i++;
                fracDigits = true;
            }
        }
        if (!intDigits && !fracDigits) {
            return false;
        }
        if (i < end && (t.charAt(i) == 'e' || t.charAt(i) == 'E') && !grouped) {
            i++;
            if (i < end && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int expStart = i;
            while (i < end && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            if (i == expStart) {
                return false;
            }
        }
        return i == end;
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
