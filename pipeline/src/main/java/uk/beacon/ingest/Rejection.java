package uk.beacon.ingest;

/**
 * One problem with a received file: a refused row (rowNumber set) or a refused file (rowNumber null).
 * {@code detail} adds the specifics to the rule's message; {@code offendingValue} is what was sent.
 */
public record Rejection(Rule rule, Integer rowNumber, String column, String laCode, String detail, String offendingValue) {

    public static Rejection ofFile(Rule rule, String detail) {
        return new Rejection(rule, null, null, null, detail, null);
    }

    /** The full message a data officer reads: what is wrong, the specifics, and how to fix it. */
    public String message() {
        String what = detail == null || detail.isBlank() ? rule.message() : rule.message() + ": " + detail;
        return what + ". " + rule.fix();
    }
}
