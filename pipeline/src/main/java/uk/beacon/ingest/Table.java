package uk.beacon.ingest;

import java.util.List;

/**
 * A table as read from any container (CSV, an XLSX sheet, Parquet, Arrow IPC), before its
 * layout is known: the header's cells and the data rows, all as text exactly as the sender
 * wrote or formatted them.
 *
 * @param sheet    the XLSX sheet name, null for other containers
 * @param encoding the text encoding a CSV was read in, null for binary containers
 */
public record Table(String sheet, String encoding, List<String> header, List<Row> rows) {

    /**
     * One data row. {@code line} is where the row stands in the file: the CSV line (header
     * = 1), the spreadsheet row number, or the record number + 1 in Parquet and Arrow.
     */
    public record Row(int line, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }
}
