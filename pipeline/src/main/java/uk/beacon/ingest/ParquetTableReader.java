package uk.beacon.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parquet, read by DuckDB's own built-in Parquet reader (no Hadoop stack needed) in a
 * throw-away in-memory database. Every column is cast to text in SQL, so numbers arrive as
 * DuckDB writes them ({@code 1234}, {@code 22.5}), never in Java's exponent notation, and
 * then go through the same validation as any other container. Rows keep file order;
 * a record's line is its position + 1, as if the column names were line 1.
 */
final class ParquetTableReader implements TableReader {

    @Override
    public Table read(byte[] bytes, String fileName, ReadLimits limits) throws UnreadableFileException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("beacon-", ".parquet");
            Files.write(tmp, bytes);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                try (java.sql.Statement s = c.createStatement()) {
                    // A throw-away database for one file: bounded memory, one thread (the machine is shared).
                    s.execute("set memory_limit = '" + Math.max(16, limits.parquetMaxMemoryBytes() >> 20) + "MB'");
                    s.execute("set threads = 1");
                }
                return readRows(c, tmp, limits);
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("Out of Memory")) {
                throw new TooLargeException("reading it needs more memory than Beacon allows (parquet.max-memory-megabytes)");
            }
            throw new UnreadableFileException("not a readable Parquet file (" + firstLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new UnreadableFileException("could not be staged for reading: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A temp file left behind is harmless; the read's outcome stands.
                }
            }
        }
    }

    private static Table readRows(Connection c, Path file, ReadLimits limits) throws SQLException, UnreadableFileException {
        try (PreparedStatement ps = c.prepareStatement("select columns(*)::varchar from read_parquet(?)")) {
                ps.setString(1, file.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    if (md.getColumnCount() > limits.maxColumns()) {
                        throw new TooLargeException(limits.tooWide("the last column", md.getColumnCount()));
                    }
                    List<String> header = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        header.add(md.getColumnLabel(i));
                    }
                    List<Table.Row> rows = new ArrayList<>();
                    int line = 1;
                    while (rs.next()) {
                        line++;
                        if (rows.size() >= limits.maxRows()) {
                            throw new TooLargeException(limits.tooManyRows("the file"));
                        }
                        List<String> cells = new ArrayList<>(header.size());
                        for (int i = 1; i <= header.size(); i++) {
                            String v = rs.getString(i);
                            if (v != null && v.length() > limits.maxCellCharacters()) {
                                throw new TooLargeException(limits.cellTooLong("column '" + header.get(i - 1) + "' of record " + (line - 1),
                                        v.length()));
                            }
                            cells.add(v == null ? "" : v);
                        }
                        if (cells.stream().anyMatch(v -> !v.isBlank())) {
                            rows.add(new Table.Row(line, cells));
                        }
                    }
                    return new Table(null, null, header, rows);
                }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
