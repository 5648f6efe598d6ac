package uk.beacon.ingest;

/**
 * One sheet of a workbook as read: its table, or why it could not be read. Containers without
 * sheets (CSV, Parquet, Arrow) give one, with no sheet name.
 *
 * @param name       the sheet's name, null for containers without sheets
 * @param table      the sheet's table, null when unreadable
 * @param unreadable why the sheet could not be read, null when it was
 */
public record SheetRead(String name, Table table, String unreadable) {

    public static SheetRead of(Table table) {
        return new SheetRead(table.sheet(), table, null);
    }

    public static SheetRead unreadable(String name, String why) {
        return new SheetRead(name, null, why);
    }
}
