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

    /** The same rejection with its detail and offending value cut to {@code max} characters (a marker says how long they were). */
    public Rejection bounded(int max) {
        return new Rejection(rule, rowNumber, cut(column, max), cut(laCode, max), cut(detail, (int) Math.min(Integer.MAX_VALUE, max * 4L)), cut(offendingValue, max),
                sheet);
    }

    /** {@code s} cut to {@code max} characters, with a marker saying how long it was; null stays null. */
    public static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max) + String.format(" [... cut: %,d characters in all]", s.length());
    }
}
