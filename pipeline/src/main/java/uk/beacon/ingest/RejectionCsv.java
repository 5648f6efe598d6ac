package uk.beacon.ingest;

/** CSV rendering of rejections, shared by quarantine notes and rejection reports. */
public final class RejectionCsv {

    private RejectionCsv() {
    }

    static String row(String fileName, Rejection r) {
        return String.join(",", quote(fileName), r.rowNumber() == null ? "" : r.rowNumber().toString(),
                quote(r.column()), r.rule().id(), quote(r.message()), quote(r.offendingValue()));
    }

    /** One CSV field, formula-neutralised and quoted ({@link uk.beacon.cells.CellText#csv}). */
    public static String quote(String s) {
        return uk.beacon.cells.CellText.csv(s);
    }
}
