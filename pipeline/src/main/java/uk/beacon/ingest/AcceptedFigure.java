package uk.beacon.ingest;

/**
 * A figure that passed validation, typed, with the authority resolved to its DfE code.
 * {@code sheet} is the workbook sheet it came from (null for containers without sheets).
 */
record AcceptedFigure(int rowNumber, String laCode, String laCodeGiven, Period period, String indicator,
                      Long numerator, Long denominator, Double value, String status, String comment, String sheet) {

    /** The key a resubmission supersedes. */
    String key() {
        return laCode + "|" + period.text() + "|" + indicator;
    }

    AcceptedFigure onSheet(String sheetName) {
        return new AcceptedFigure(rowNumber, laCode, laCodeGiven, period, indicator, numerator, denominator, value, status,
                comment, sheetName);
    }
}
