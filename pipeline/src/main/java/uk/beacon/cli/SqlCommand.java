package uk.beacon.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import uk.beacon.ingest.RejectionCsv;
import uk.beacon.warehouse.Warehouse;

/** {@code beacon sql "QUERY"}: one query against the warehouse, CSV to standard output. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run one SQL query against the warehouse and print the result as CSV.",
                "The marts (marts.*) are the documented, stable tables: see docs/data-dictionary.md.",
                "Example: beacon sql \"select la_name, value from marts.indicator_values where indicator = 'REREFERRAL_PCT'\""})
final class SqlCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL to run (DuckDB dialect).")
    String query;

    @Override
    public Integer call() throws Exception {
        if (common.noWarehouse()) {
            return ExitCodes.FAILURE;
        }
        try (Warehouse w = Warehouse.openWithoutMigrating(common.warehouse);
             Connection c = w.connect();
             Statement s = c.createStatement()) {
            boolean hasRows = s.execute(query);
            if (hasRows) {
                try (ResultSet rs = s.getResultSet()) {
                    printCsv(rs, System.out);
                }
            }
        }
        return ExitCodes.OK;
    }

    static void printCsv(ResultSet rs, PrintStream out) throws java.sql.SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            line.append(i > 1 ? "," : "").append(RejectionCsv.quote(md.getColumnLabel(i)));
        }
        out.println(line);
        while (rs.next()) {
            line.setLength(0);
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                line.append(i > 1 ? "," : "").append(v == null ? "" : RejectionCsv.quote(v.toString()));
            }
            out.println(line);
        }
        out.flush();
    }
}
