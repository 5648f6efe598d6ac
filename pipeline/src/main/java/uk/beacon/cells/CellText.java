package uk.beacon.cells;

import java.util.regex.Pattern;

/**
 * Text as it may go into a cell of a CSV or XLSX that Beacon writes. Every CSV and XLSX
 * writer goes through here, whatever the column, because much of the text comes from
 * senders (file names, offending values, notes, evidence quoting them).
 *
 * <ul>
 *   <li><b>Formulas are neutralised</b> (OWASP, "CSV Injection"): a cell starting with
 *       {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading
 *       {@code '}, so a spreadsheet shows it as text instead of running it. A cell that is
 *       wholly a number ({@code -1.5}, {@code -3e-4}) is left alone: it is a number, and XLSX
 *       writers store it as a numeric cell.</li>
 *   <li><b>Text is cut to fit a cell</b>: XLSX holds at most {@value #XLSX_CELL_LIMIT}
 *       characters per cell; longer text is cut with a marker saying how much was cut and
 *       where the whole of it is, instead of stopping the publication.</li>
 * </ul>
 */
public final class CellText {

    /** The most characters an XLSX cell holds (Excel's limit, enforced by POI). */
    public static final int XLSX_CELL_LIMIT = 32_767;
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private CellText() {
    }

    /** True when the text is wholly a number (a spreadsheet would read it as one). */
    public static boolean isNumber(String s) {
        return s != null && NUMBER.matcher(s).matches();
    }

    /** The text with a leading {@code '} when a spreadsheet would take it for a formula; numbers and null unchanged. */
    public static String neutralise(String s) {
        if (s == null || s.isEmpty() || isNumber(s)) {
            return s;
        }
        char first = s.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + s;
        }
        return s;
    }

    /** One CSV field: neutralised, then quoted when it holds a comma, quote or line break (RFC 4180). */
    public static String csv(String s) {
        String t = neutralise(s);
        if (t == null) {
            return "";
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    /**
     * Text for an XLSX text cell: neutralised and, when longer than a cell holds, cut with a
     * marker such as "… [cut: 12,345 more characters; the whole text: beacon explain LA PERIOD]".
     * {@code whereWhole} says where the whole text can be read (null: "the PDF beside this file").
     */
    public static String xlsx(String s, String whereWhole) {
        String t = neutralise(s);
        if (t == null || t.length() <= XLSX_CELL_LIMIT) {
            return t;
        }
        String where = whereWhole == null ? "the PDF beside this file" : whereWhole;
        // The marker's length depends on the count it shows. Start from what fits with the largest
        // count (the most digits), then keep one more character while the whole still fits.
        int keep = XLSX_CELL_LIMIT - marker(t.length(), where).length();
        while (keep + 1 + marker(t.length() - keep - 1, where).length() <= XLSX_CELL_LIMIT) {
            keep++;
        }
        if (keep > 0 && Character.isHighSurrogate(t.charAt(keep - 1))) {
            keep--; // never split a character in two
        }
        return t.substring(0, Math.max(0, keep)) + marker(t.length() - keep, where);
    }

    private static String marker(int cut, String where) {
        return String.format(java.util.Locale.UK, "\u2026 [cut: %,d more characters; the whole text: %s]", cut, where);
    }
}
