package uk.beacon.reports.format;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * Turns indicator figures into the text printed in the dashboard table.
 *
 * <p>Formatting happens here rather than in the JRXML because the pattern depends on the
 * row's unit (counts whole, everything else one decimal place) and on the suppression
 * marker; in Java that is one testable method instead of per-cell pattern expressions.
 */
public final class FigureFormat {

    /** Printed where there is no figure (en dash). */
    public static final String NO_FIGURE = "\u2013";

    /** The statistical-release markers (GSS guidance) spelt out, so a reader need not look them up. */
    private static final Map<String, String> MARKERS = Map.of(
            "c", "c (suppressed)",
            "x", "x (not available)",
            "z", "z (not applicable)",
            "u", "u (low reliability)",
            "low", "low (fewer than 5)",
            "k", "k (below 0.5)");

    private FigureFormat() {
    }

    /** True when figures of this unit are whole numbers (unit "count", any case). */
    static boolean isCount(String unit) {
        return unit != null && unit.strip().equalsIgnoreCase("count");
    }

    /** The figure to 0 (counts) or 1 decimal place, with thousands separators, or "–" when null. */
    public static String figure(Double value, String unit) {
        if (value == null || value.isNaN()) {
            return NO_FIGURE;
        }
        // DecimalFormat is not thread-safe, so each call gets its own (cheap next to a PDF export).
        DecimalFormat format = new DecimalFormat(isCount(unit) ? "#,##0" : "#,##0.0",
                DecimalFormatSymbols.getInstance(Locale.UK));
        // Official statistics round halves up (2.25 -> 2.3), unlike DecimalFormat's default HALF_EVEN;
        // on the shortest decimal form, so the double's binary tail never decides a digit (Rounding).
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(Rounding.halfUp(value, isCount(unit) ? 0 : 1));
        return text.equals("-0") || text.equals("-0.0") ? text.substring(1) : text;
    }

    /**
     * The authority's own figure: the number when there is one; otherwise the suppression
     * marker spelt out (e.g. "c (suppressed)"); otherwise "–".
     */
    public static String authorityFigure(Double value, String unit, String status) {
        if (value != null && !value.isNaN()) {
            return figure(value, unit);
        }
        String marker = status == null ? "" : status.strip();
        if (marker.isEmpty()) {
            return NO_FIGURE;
        }
        return MARKERS.getOrDefault(marker.toLowerCase(Locale.ROOT), marker);
    }
}
