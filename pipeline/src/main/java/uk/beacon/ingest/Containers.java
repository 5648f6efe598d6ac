package uk.beacon.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Which {@link TableReader} reads a file, chosen by its extension (file names carry no other meaning). */
public final class Containers {

    private static final TableReader ARROW = new ArrowTableReader();

    private static final Map<String, TableReader> BY_EXTENSION = Map.of(
            "csv", new CsvTableReader(),
            "parquet", new ParquetTableReader(),
            "xlsx", new XlsxTableReader(),
            "arrow", ARROW,
            "arrows", ARROW,
            "ipc", ARROW,
            "feather", ARROW);

    private Containers() {
    }

    public static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static Optional<TableReader> forFileName(String fileName) {
        return Optional.ofNullable(BY_EXTENSION.get(extensionOf(fileName)));
    }

    /** What to tell a sender whose file Beacon cannot read. */
    public static String unsupportedDetail(String fileName) {
        String ext = extensionOf(fileName);
        if (ext.equals("xls")) {
            return "'" + fileName + "' is an old-style .xls workbook: save it as .xlsx (Excel Workbook) or CSV";
        }
        return "'" + fileName + "' is not CSV, XLSX, Parquet or Arrow IPC (by its extension)";
    }
}
