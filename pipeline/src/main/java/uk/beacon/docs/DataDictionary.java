package uk.beacon.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.plan.ModelRebuild;
import uk.beacon.warehouse.Warehouse;

/**
 * The marts part of {@code docs/data-dictionary.md}, generated from the warehouse itself: every
 * mart table and column with its type and the description the warehouse holds ({@code COMMENT
 * ON}, written from each model's header). The generated part lies between two marker lines;
 * the rest of the page is written by hand. {@code make data-dictionary} rewrites it and a test
 * fails when the page and the warehouse disagree.
 */
public final class DataDictionary {

    public static final String BEGIN = "<!-- BEGIN GENERATED from the warehouse by 'make data-dictionary': do not edit by hand -->";
    public static final String END = "<!-- END GENERATED -->";
    /** What a column without a description shows (the test fails on it). */
    public static final String UNDESCRIBED = "NOT DESCRIBED: add a '-- column' line to the model's header";

    private DataDictionary() {
    }

    /** Writes the generated part of the page: {@code DataDictionary docs/data-dictionary.md}. */
    public static void main(String[] args) throws Exception {
        Path doc = Path.of(args.length > 0 ? args[0] : "docs/data-dictionary.md");
        String page = Files.readString(doc, StandardCharsets.UTF_8);
        String updated = replaceGenerated(page, generate());
        if (updated.equals(page)) {
            System.out.println(doc + " already matches the warehouse.");
        } else {
            Files.writeString(doc, updated, StandardCharsets.UTF_8);
            System.out.println(doc + " rewritten from the warehouse.");
        }
    }

    /** The marts of a new warehouse (the schema does not depend on the data), as Markdown. */
    public static String generate() throws SQLException {
        try (Warehouse w = Warehouse.inMemory(); Connection c = w.connect()) {
            ModelRebuild.all(c, IndicatorCatalogue.builtIn()); // every layer, the Java models' tables too
            return marts(c);
        }
    }

    /** Every table of schema marts in the connection's warehouse, as Markdown. */
    public static String marts(Connection c) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Statement s = c.createStatement();
             ResultSet t = s.executeQuery("select table_name, comment from duckdb_tables()"
                     + " where database_name = current_database() and schema_name = 'marts' order by table_name")) {
            while (t.next()) {
                String table = t.getString(1);
                b.append("\n### marts.").append(table).append("\n\n")
                        .append(t.getString(2) == null ? UNDESCRIBED : t.getString(2)).append("\n\n")
                        .append("| column | type | meaning |\n|---|---|---|\n");
                try (Statement s2 = c.createStatement();
                     ResultSet col = s2.executeQuery("select column_name, data_type, comment from duckdb_columns()"
                             + " where database_name = current_database() and schema_name = 'marts' and table_name = '"
                             + table + "' order by column_index")) {
                    while (col.next()) {
                        b.append("| ").append(col.getString(1)).append(" | ").append(col.getString(2).toLowerCase(java.util.Locale.ROOT))
                                .append(" | ").append(col.getString(3) == null ? UNDESCRIBED : col.getString(3).replace("|", "\\|"))
                                .append(" |\n");
                    }
                }
            }
        }
        return b.toString();
    }

    /** The page with its generated part replaced. */
    public static String replaceGenerated(String page, String generated) {
        int from = page.indexOf(BEGIN);
        int to = page.indexOf(END);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("The data dictionary has no generated part: put the lines\n" + BEGIN + "\n" + END
                    + "\nwhere the marts should be listed.");
        }
        return page.substring(0, from + BEGIN.length()) + "\n" + generated + "\n" + page.substring(to);
    }

    /** The generated part of the page as it is now. */
    public static String currentGenerated(String page) {
        int from = page.indexOf(BEGIN);
        int to = page.indexOf(END);
        if (from < 0 || to < from) {
            return "";
        }
        return page.substring(from + BEGIN.length() + 1, to - 1);
    }
}
