package uk.beacon.ingest;

/**
 * One figure as it stands in a return, still text: a row of the long layout, or one
 * indicator cell of the wide layout ({@code column} names that cell's column).
 */
record RawFigure(int rowNumber, String column, String laCode, String period, String indicator,
                 String numerator, String denominator, String value, String status, String comment) {
}
