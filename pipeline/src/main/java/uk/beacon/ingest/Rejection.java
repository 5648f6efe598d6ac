package uk.beacon.ingest;

/**
 * One problem with a received file: a refused row (rowNumber set) or a refused file (rowNumber null).
 * {@code detail} adds the specifics to the rule's message; {@code offendingValue} is what was sent;
 * {@code sheet} names the workbook sheet it is about (null: the file's own sheet, or none).
 */
public record Rejection(Rule rule, Integer rowNumber, String column, String laCode, String detail, String offendingValue,
                        String sheet) {

    public Rejection(Rule rule, Integer rowNumber, String column, String laCode, String detail, String offendingValue) {
        this(rule, rowNumber, column, laCode, detail, offendingValue, null);
    }

    public static Rejection ofFile(Rule rule, String detail) {
        return new Rejection(rule, null, null, null, detail, null);
    }

    /** The same problem, about the given sheet of a workbook. */
    public Rejection onSheet(String sheetName) {
        return new Rejection(rule, rowNumber, column, laCode, detail, offendingValue, sheetName);
    }

    /** The same problem, filed to the given authority (the one the file is from). */
    public Rejection forAuthority(String la) {
        return new Rejection(rule, rowNumber, column, la, detail, offendingValue, sheet);
    }

    /** The full message a data officer reads: what is wrong, the specifics, and how to fix it. */
    public String message() {
        String what = detail == null || detail.isBlank() ? rule.message() : rule.message() + ": " + detail;
        return what + ". " + rule.fix();
    }
}
