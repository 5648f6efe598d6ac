package uk.beacon.ingest;

import java.util.List;

/**
 * What validation made of one returns file. {@code received} counts figures (rows of the
 * long layout, filled cells of the wide one); every received figure is either accepted or
 * named in at least one row-level rejection, unless the whole file was refused.
 */
record ReturnFileResult(String layout, String encoding, String sheet, int received, List<AcceptedFigure> accepted,
                        List<Rejection> rejections, boolean fileRefused) {

    /** Figures refused: all of them when the file was refused, else those with a row-level rejection. */
    int rejectedFigures() {
        return received - accepted.size();
    }

    /** Sheets of a workbook that were not loaded (each named in a rule S001 rejection with the reason). */
    int sheetsSkipped() {
        return (int) rejections.stream().filter(r -> r.rule() == Rule.S001_SHEET_SKIPPED).count();
    }
}
