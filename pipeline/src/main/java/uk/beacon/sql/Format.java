package uk.beacon.sql;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code beacon sql} writes. Parquet and XLSX are files ({@code --output}); the others print. */
public enum Format {
    TABLE, CSV, JSON, PARQUET, XLSX;

    public boolean binary() {
        return this == PARQUET || this == XLSX;
    }

    public static Optional<Format> parse(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The format a file name's extension implies (.csv, .json, .parquet, .xlsx, .txt for a table). */
    public static Optional<Format> ofFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "csv" -> Optional.of(CSV);
            case "json" -> Optional.of(JSON);
            case "parquet" -> Optional.of(PARQUET);
            case "xlsx" -> Optional.of(XLSX);
            case "txt" -> Optional.of(TABLE);
            default -> Optional.empty();
        };
    }
}
