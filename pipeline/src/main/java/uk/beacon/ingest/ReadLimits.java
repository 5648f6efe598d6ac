package uk.beacon.ingest;

/**
 * What one table reader may take from one file: rows, columns, characters per cell, and the
 * container-specific memory bounds. A file beyond a limit is refused by name (rule F007); see
 * config/ingest.properties, which sets them.
 */
public record ReadLimits(int maxRows, int maxColumns, int maxCellCharacters, double xlsxMinInflateRatio,
                         long xlsxMaxEntryBytes, long xlsxMaxTextCharacters, long arrowMaxMemoryBytes,
                         long parquetMaxMemoryBytes) {

    /** The shipped defaults (config/ingest.properties), for code paths that read without settings. */
    public static final ReadLimits DEFAULT = new ReadLimits(1_000_000, 1_000, 32_767, 0.01, 1024L << 20, 10_485_760L,
            1024L << 20, 512L << 20);

    /** The sentence a data officer reads when a table has too many rows. */
    String tooManyRows(String what) {
        return String.format("%s has more than %,d rows, the most Beacon reads from one file (max-rows-per-file)", what, maxRows);
    }

    String tooWide(String where, int column) {
        return String.format("%s is in column %,d, but Beacon reads at most %,d columns (max-columns)", where, column, maxColumns);
    }

    String cellTooLong(String where, int length) {
        return String.format("%s holds %,d characters, more than the %,d a cell may hold (max-cell-characters);"
                + " a quote left open in a CSV makes the rest of the file one cell", where, length, maxCellCharacters);
    }
}
