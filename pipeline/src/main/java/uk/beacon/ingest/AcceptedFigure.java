package uk.beacon.ingest;

/** A figure that passed validation, typed, with the authority resolved to its DfE code. */
record AcceptedFigure(int rowNumber, String laCode, String laCodeGiven, Period period, String indicator,
                      Long numerator, Long denominator, Double value, String status, String comment) {

    /** The key a resubmission supersedes. */
    String key() {
        return laCode + "|" + period.text() + "|" + indicator;
    }
}
