package uk.beacon.sql;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive {@code beacon sql} shell (JLine): history, statements over several lines
 * ended by {@code ;}, completion of table and column names, and dot commands.
 *
 * <p>Each input opens its own session and closes it, so a shell left open never holds the
 * warehouse against the next run; while a run holds it, the input is answered from the snapshot.
 */
public final class SqlShell {

    static final String HELP = String.join("\n",
            "Type SQL (DuckDB dialect) and end it with ; to run it. Several statements on a line each print their result.",
            "The marts (marts.*) are the stable, documented tables: see docs/data-dictionary.md and docs/worked-questions.md.",
            "Tab completes table and column names; the up arrow recalls earlier statements.",
            "Each input opens the warehouse afresh (a shell left open never holds up a run), so a temporary table lasts for the statements typed with it.",
            "  .tables              list the tables, with what each holds",
            "  .schema NAME         the columns of a table (marts.concern_assessment, or just concern_assessment)",
            "  .mode table|csv|json how results are printed (now: %s)",
            "  .output FILE         write results to FILE from now on; .output alone goes back to the screen",
            "  .help                this text",
            "  .quit                leave (or Ctrl-D)");

    private static final int TABLE_ROWS = 1000;

    private static final List<String> KEYWORDS = List.of("select", "from", "where", "group", "by", "order", "having", "limit",
            "join", "left", "inner", "on", "using", "as", "and", "or", "not", "in", "is", "null", "distinct", "count", "sum", "avg",
            "min", "max", "median", "case", "when", "then", "else", "end", "with", "union", "all", "desc", "asc", "like", "ilike",
            "between", "describe", "summarize", "qualify", "over", "partition", "window", "cast", "coalesce", "round",
            ".tables", ".schema", ".mode", ".output", ".help", ".quit", ".exit");

    /** Opens a session for one input. */
    public interface Opener {
        SqlSession open() throws SQLException;
    }

    private final Opener opener;
    private Format mode = Format.TABLE;
    private boolean saidSnapshot;
    private PrintStream out = System.out;
    private Path outputFile;

    public SqlShell(Opener opener) {
        this.opener = opener;
    }

    public void run() throws IOException, SQLException {
        String where;
        List<String> words;
        try (SqlSession first = opener.open()) {
            where = first.database() + (first.onSnapshot() ? " (the latest snapshot: a run holds the warehouse)" : "");
            words = words(first);
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("beacon sql")
                    .parser(new SqlParser())
                    .completer(new StringsCompleter(words))
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "   ...> ")
                    .variable(LineReader.INDENTATION, 2)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            terminal.writer().println("Beacon SQL on " + where + ", read-only. Type .help for help, .quit to leave.");
            terminal.writer().flush();
            while (true) {
                String line;
                try {
                    line = reader.readLine("beacon> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.startsWith(".")) {
                    if (!dotCommand(text)) {
                        break;
                    }
                    continue;
                }
                try (SqlSession session = opener.open()) {
                    if (session.onSnapshot() && !saidSnapshot) {
                        terminal.writer().println("(a run holds the warehouse: answering from the latest snapshot, " + session.database() + ")");
                        terminal.writer().flush();
                        saidSnapshot = true;
                    } else if (!session.onSnapshot()) {
                        saidSnapshot = false;
                    }
                    new SqlRunner(session.connection()).print(Statements.split(text), mode, out, out == System.out ? TABLE_ROWS : Integer.MAX_VALUE);
                    if (out != System.out) {
                        out.flush();
                        terminal.writer().println("(written to " + outputFile + ")");
                    }
                } catch (SQLException e) {
                    terminal.writer().println("Error: " + SqlSession.explain(e));
                }
                terminal.writer().flush();
            }
        } finally {
            if (out != System.out) {
                out.close();
            }
        }
    }

    /** Runs a dot command; false to leave the shell. */
    public boolean dotCommand(String text) {
        String[] parts = text.split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip().replaceAll(";$", "") : "";
        PrintStream say = System.out;
        try {
            switch (parts[0].toLowerCase(Locale.ROOT)) {
                case ".quit", ".exit" -> {
                    return false;
                }
                case ".help" -> say.println(String.format(HELP, mode.name().toLowerCase(Locale.ROOT)));
                case ".tables" -> query(TABLES, mode, say);
                case ".schema" -> {
                    if (arg.isEmpty()) {
                        say.println("Which table? .schema marts.concern_assessment");
                    } else {
                        String[] name = arg.contains(".") ? arg.split("\\.", 2) : new String[] {null, arg};
                        query(SCHEMA.replace("?schema", name[0] == null ? "schema_name" : quote(name[0]))
                                .replace("?table", quote(name[1])), mode, say);
                    }
                }
                case ".mode" -> {
                    Format f = Format.parse(arg).filter(x -> !x.binary()).orElse(null);
                    if (f == null) {
                        say.println("Modes: table, csv, json (now: " + mode.name().toLowerCase(Locale.ROOT) + ").");
                    } else {
                        mode = f;
                    }
                }
                case ".output" -> {
                    if (out != System.out) {
                        out.close();
                    }
                    if (arg.isEmpty()) {
                        out = System.out;
                        outputFile = null;
                    } else {
                        outputFile = Path.of(arg).toAbsolutePath();
                        OutputStream o = Files.newOutputStream(outputFile);
                        out = new PrintStream(o, true, StandardCharsets.UTF_8);
                        say.println("Results now go to " + outputFile + " (.output alone to see them here again).");
                    }
                }
                default -> say.println("No such command: " + parts[0] + ". Type .help for the list.");
            }
        } catch (SQLException e) {
            say.println("Error: " + SqlSession.explain(e));
        } catch (IOException e) {
            say.println("Error: cannot write " + arg + ": " + e.getMessage());
        }
        say.flush();
        return true;
    }

    private static final String TABLES = "select schema_name || '.' || table_name as \"table\", estimated_size as \"rows (about)\","
            + " coalesce(regexp_replace(split_part(comment, '. ', 1), '^One row per ', ''), '') as \"one row per\" from duckdb_tables() where database_name = current_database()"
            + " and schema_name in ('marts', 'signals', 'core', 'staging', 'ref', 'raw') order by case schema_name when 'marts' then 0"
            + " when 'signals' then 1 when 'core' then 2 when 'ref' then 3 when 'staging' then 4 else 5 end, 1";

    private static final String SCHEMA = "select schema_name || '.' || table_name as \"table\", column_name as \"column\","
            + " data_type as type, coalesce(comment, '') as meaning from duckdb_columns() where database_name = current_database()"
            + " and schema_name = ?schema and table_name = ?table order by schema_name, column_index";

    private void query(String sql, Format format, PrintStream to) throws SQLException {
        try (SqlSession session = opener.open(); Statement s = session.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultText.write(rs, format, to);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** Words to complete: keywords, dot commands, schemas, schema.table, table and column names. */
    private static List<String> words(SqlSession session) {
        TreeSet<String> w = new TreeSet<>(KEYWORDS);
        try (Statement s = session.connection().createStatement();
             ResultSet rs = s.executeQuery("select schema_name, table_name, column_name from duckdb_columns()"
                     + " where database_name = current_database() and schema_name not in ('information_schema', 'pg_catalog')")) {
            while (rs.next()) {
                w.add(rs.getString(1));
                w.add(rs.getString(1) + "." + rs.getString(2));
                w.add(rs.getString(2));
                w.add(rs.getString(3));
            }
        } catch (SQLException e) {
            // completion of names is a convenience: without it the shell still works
        }
        return new ArrayList<>(w);
    }

    private static Path historyFile() {
        return Path.of(System.getProperty("user.home"), ".beacon_sql_history");
    }

    /** Asks for more lines until the statement ends with ; (dot commands are one line). */
    static final class SqlParser extends DefaultParser {
        SqlParser() {
            setEofOnUnclosedQuote(false);
            setEscapeChars(new char[0]);
            setQuoteChars(new char[0]);
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith(".") && !Statements.isComplete(line)) {
                    throw new EOFError(-1, cursor, "the statement goes on until ;");
                }
            }
            return super.parse(line, cursor, context);
        }

        @Override
        public boolean isDelimiterChar(CharSequence buffer, int pos) {
            char c = buffer.charAt(pos);
            return Character.isWhitespace(c) || c == '(' || c == ')' || c == ',' || c == ';' || c == '=' || c == '<' || c == '>';
        }
    }

}
