package uk.beacon.sql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import uk.beacon.ingest.RejectionCsv;

/** Writes a result as text: an aligned table, CSV (RFC 4180) or JSON (an array of objects, one a line). */
public final class ResultText {

    private static final JsonFactory JSON = new JsonFactory();

    private ResultText() {
    }

    /** Writes the result; returns the number of rows. */
    public static long write(ResultSet rs, Format format, PrintStream out) throws SQLException {
        return write(rs, format, out, Integer.MAX_VALUE);
    }

    /** Writes the result, a table showing at most {@code tableRows} rows (it counts the rest); returns the number of rows. */
    public static long write(ResultSet rs, Format format, PrintStream out, int tableRows) throws SQLException {
        long rows = switch (format) {
            case CSV -> csv(rs, out);
            case JSON -> json(rs, out);
            case TABLE -> table(rs, out, tableRows);
            default -> throw new IllegalArgumentException(format + " is written to a file, not printed");
        };
        out.flush();
        return rows;
    }

    static long csv(ResultSet rs, PrintStream out) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            line.append(i > 1 ? "," : "").append(RejectionCsv.quote(md.getColumnLabel(i)));
        }
        out.println(line);
        long rows = 0;
        while (rs.next()) {
            line.setLength(0);
            for (int i = 1; i <= n; i++) {
                line.append(i > 1 ? "," : "").append(RejectionCsv.quote(NumberText.of(rs.getObject(i))));
            }
            out.println(line);
            rows++;
        }
        return rows;
    }

    static long json(ResultSet rs, PrintStream out) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        long rows = 0;
        out.print("[");
        try {
            while (rs.next()) {
                StringWriter w = new StringWriter();
                try (JsonGenerator g = JSON.createGenerator(w)) {
                    g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
                    g.writeStartObject();
                    for (int i = 1; i <= n; i++) {
                        g.writeFieldName(md.getColumnLabel(i));
                        Object v = rs.getObject(i);
                        BigDecimal d = NumberText.decimal(v);
                        if (v == null) {
                            g.writeNull();
                        } else if (d != null) {
                            g.writeNumber(d);
                        } else if (v instanceof Boolean b) {
                            g.writeBoolean(b);
                        } else if (v instanceof Number) {
                            g.writeString(v.toString()); // NaN, Infinity: not JSON numbers
                        } else {
                            g.writeString(v.toString());
                        }
                    }
                    g.writeEndObject();
                }
                out.print(rows == 0 ? "\n" : ",\n");
                out.print(w);
                rows++;
            }
        } catch (IOException e) {
            throw new SQLException("Could not write JSON: " + e.getMessage(), e);
        }
        out.println(rows == 0 ? "]" : "\n]");
        return rows;
    }

    static long table(ResultSet rs, PrintStream out, int limit) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        String[] head = new String[n];
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int i = 0; i < n; i++) {
            head[i] = md.getColumnLabel(i + 1);
            width[i] = head[i].length();
            numeric[i] = true;
        }
        List<String[]> body = new ArrayList<>();
        boolean[] seen = new boolean[n];
        long total = 0;
        while (rs.next()) {
            if (++total > limit) {
                continue;
            }
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                Object v = rs.getObject(i + 1);
                row[i] = v == null ? "" : NumberText.of(v).replace("\n", "\\n");
                if (v != null) {
                    seen[i] = true;
                    numeric[i] &= v instanceof Number;
                }
                width[i] = Math.max(width[i], row[i].length());
            }
            body.add(row);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? " " : " | ").append(pad(head[i], width[i], false));
        }
        out.println(b.toString().stripTrailing());
        b.setLength(0);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : "+").append("-".repeat(width[i] + 2));
        }
        out.println(b);
        for (String[] row : body) {
            b.setLength(0);
            for (int i = 0; i < n; i++) {
                b.append(i == 0 ? " " : " | ").append(pad(row[i], width[i], numeric[i] && seen[i]));
            }
            out.println(b.toString().stripTrailing());
        }
        out.println(total > body.size()
                ? "(" + total + " rows, the first " + body.size() + " shown: write them all with .mode csv and .output FILE)"
                : "(" + total + (total == 1 ? " row)" : " rows)"));
        return total;
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
