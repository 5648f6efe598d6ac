package uk.beacon.sql;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs statements on a session and writes each result: shared by the one-shot command and the shell. */
public final class SqlRunner {

    private final Connection connection;

    public SqlRunner(Connection connection) {
        this.connection = connection;
    }

    /** Runs each statement and prints its result (a blank line between results); returns the number of results. */
    public int print(List<String> statements, Format format, PrintStream out, int tableRows) throws SQLException {
        int results = 0;
        for (String sql : statements) {
            try (Statement s = connection.createStatement()) {
                if (s.execute(sql)) {
                    try (ResultSet rs = s.getResultSet()) {
                        if (results++ > 0) {
                            out.println();
                        }
                        ResultText.write(rs, format, out, tableRows);
                    }
                }
            }
        }
        return results;
    }

    /** Runs each statement, each result a sheet of the workbook written to {@code file}; returns the number of results. */
    public int xlsx(List<String> statements, Path file) throws SQLException, java.io.IOException {
        int results = 0;
        try (XlsxExport book = new XlsxExport()) {
            for (String sql : statements) {
                try (Statement s = connection.createStatement()) {
                    if (s.execute(sql)) {
                        try (ResultSet rs = s.getResultSet()) {
                            results++;
                            book.add(rs, statements.size() == 1 ? "result" : "result " + results);
                        }
                    }
                }
            }
            book.write(file);
        }
        return results;
    }

    /** Writes one query's result as Parquet (DuckDB's own writer, zstd-compressed). */
    public void parquet(String query, Path file) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("copy (" + query + ") to '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' (format parquet, compression zstd)");
        }
    }
}
