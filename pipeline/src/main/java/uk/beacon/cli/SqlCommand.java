package uk.beacon.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.beacon.sql.Format;
import uk.beacon.sql.ResultText;
import uk.beacon.sql.SqlRunner;
import uk.beacon.sql.SqlSession;
import uk.beacon.sql.SqlShell;
import uk.beacon.sql.Statements;

/** {@code beacon sql}: queries against the warehouse, read-only, as a shell or one-shot. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Query the warehouse with SQL (DuckDB dialect). With no QUERY and no --file, at a terminal: an interactive shell (type .help); otherwise the SQL is read from standard input. Several statements separated by ; each print their result.",
                "The session is read-only and cannot read or write other files (unless --allow-files). While a run holds the warehouse, the latest snapshot (published after each successful run) answers instead.",
                "The marts (marts.*) are the documented, stable tables: see docs/data-dictionary.md and docs/worked-questions.md.",
                "Example: beacon sql \"select la_name, value from marts.indicator_values where indicator = 'REREFERRAL_PCT'\""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the SQL ran", "1:no warehouse, or it could not be opened", "2:the SQL failed or was refused (the message says why), or the command line was wrong"})
final class SqlCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the SQL from this file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv, json, parquet or xlsx. Default: what the --output file's extension says, else csv (table in the shell). Parquet and XLSX need --output.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to this file instead of standard output.")
    Path output;

    @Option(names = "--allow-files",
            description = "Let the SQL read and write files outside the warehouse (read_csv, COPY ... TO, ATTACH). Off by default.")
    boolean allowFiles;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "The SQL to run. Without it: --file, standard input or the shell.")
    String query;

    @Override
    public Integer call() throws Exception {
        Format fmt;
        if (format != null) {
            fmt = Format.parse(format).orElse(null);
            if (fmt == null) {
                System.err.println("beacon: --format " + format + " is not one I write: choose table, csv, json, parquet or xlsx.");
                return ExitCodes.USAGE;
            }
        } else {
            fmt = output == null ? Format.CSV : Format.ofFileName(output).orElse(Format.CSV);
        }
        if (fmt.binary() && output == null) {
            System.err.println("beacon: " + fmt.name().toLowerCase(Locale.ROOT) + " is written to a file: add --output FILE.");
            return ExitCodes.USAGE;
        }
        if (query != null && file != null) {
            System.err.println("beacon: give the SQL either as QUERY or with --file, not both.");
            return ExitCodes.USAGE;
        }
        if (file != null && !Files.isRegularFile(file)) {
            System.err.println("beacon: no such file: " + file);
            return ExitCodes.USAGE;
        }
        if (common.noWarehouse()) {
            return ExitCodes.FAILURE;
        }
        boolean shell = query == null && file == null && System.console() != null;
        String sql = query != null ? query
                : file != null ? Files.readString(file)
                : shell ? null
                : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        List<String> statements = sql == null ? List.of() : Statements.split(sql);
        if (!shell && statements.isEmpty()) {
            System.err.println("beacon: no SQL given: beacon sql \"select ...\", --file FILE, or SQL on standard input.");
            return ExitCodes.USAGE;
        }
        SqlSession session;
        try {
            session = SqlSession.open(common.warehouse, allowFiles, fmt == Format.PARQUET ? output : null);
        } catch (SQLException e) {
            System.err.println("beacon: cannot open the warehouse: " + SqlSession.explain(e));
            return ExitCodes.FAILURE;
        }
        try (session) {
            if (session.onSnapshot() && !shell) {
                System.err.println("beacon: a run holds the warehouse; answering from the latest snapshot, " + session.database());
            }
            if (shell) {
                session.close(); // the shell opens a session for each input
                new SqlShell(() -> SqlSession.open(common.warehouse, allowFiles, null)).run();
                return ExitCodes.OK;
            }
            SqlRunner runner = new SqlRunner(session.connection());
            switch (fmt) {
                case PARQUET -> {
                    if (statements.size() != 1) {
                        System.err.println("beacon: a Parquet file holds one result: give one query (or use --format xlsx, a sheet per result).");
                        return ExitCodes.USAGE;
                    }
                    runner.parquet(statements.get(0), output);
                }
                case XLSX -> runner.xlsx(statements, output);
                default -> {
                    if (output == null) {
                        runner.print(statements, fmt, System.out, Integer.MAX_VALUE);
                    } else {
                        try (PrintStream to = new PrintStream(Files.newOutputStream(output), false, StandardCharsets.UTF_8)) {
                            runner.print(statements, fmt, to, Integer.MAX_VALUE);
                        }
                    }
                }
            }
            return ExitCodes.OK;
        } catch (SQLException e) {
            System.out.flush();
            System.err.println("beacon: " + SqlSession.explain(e));
            return ExitCodes.USAGE;
        }
    }

    /** Prints a result as CSV (other commands use it for their summaries). */
    static void printCsv(ResultSet rs, PrintStream out) throws SQLException {
        ResultText.write(rs, Format.CSV, out);
    }
}
