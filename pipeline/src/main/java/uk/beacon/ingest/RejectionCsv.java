package uk.beacon.ingest;

/** CSV rendering of rejections, shared by quarantine notes and rejection reports. */
public final class RejectionCsv {

    private RejectionCsv() {
    }

    static String row(String fileName, Rejection r) {
        return String.join(",", quote(fileName), r.rowNumber() == null ? "" : r.rowNumber().toString(),
                quote(r.column()), r.rule().id(), quote(r.message()), quote(r.offendingValue()));
    }

    public static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
