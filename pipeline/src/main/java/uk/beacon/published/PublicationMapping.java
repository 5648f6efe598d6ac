package uk.beacon.published;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.beacon.config.ConfigResources;

/**
 * One line of config/publications.csv: how one measure of a DfE publication maps to a
 * catalogue indicator. {@code numerator}, {@code denominator} and {@code value} name the
 * publication's columns; a term may add columns ({@code inpost_fte + agency_fte}), and
 * {@code @population_0_17} stands for the child population (ONS mid-year estimate of the
 * year the reporting year starts in). A new publication is a config change, not code.
 *
 * <p>Long tables (one row per measure, e.g. {@code population_type} or {@code cla_group} and
 * {@code placement_stability}) need a {@code row_filter}: {@code column=value} conditions
 * separated by {@code ;}, all of which a row must meet. A term may then read a column of a
 * sibling row, the row of the same year and area that meets the filter with some conditions
 * replaced: {@code children_count[placement_stability=Total children]}.
 *
 * @param detectColumns columns whose presence identifies the publication's files
 * @param rowFilter     column (lower case) to the value a row must have; empty for wide tables
 */
public record PublicationMapping(String publication, List<String> detectColumns, String indicator,
                                 String numerator, String denominator, String value, Map<String, String> rowFilter) {

    public PublicationMapping(String publication, List<String> detectColumns, String indicator, String numerator, String denominator,
                              String value) {
        this(publication, detectColumns, indicator, numerator, denominator, value, Map.of());
    }

    public static final String POPULATION = "@population_0_17";

    /** The mappings in config/publications.csv (the configuration directory's copy, if it has one). */
    public static List<PublicationMapping> builtIn() {
        try (Reader r = ConfigResources.reader("publications.csv")) {
            return parse(r);
        } catch (IOException e) {
            throw new IllegalStateException(ConfigResources.describe("publications.csv") + ": " + e.getMessage(), e);
        }
    }

    static List<PublicationMapping> parse(Reader reader) throws IOException {
        List<PublicationMapping> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            String filter = r.isMapped("row_filter") && r.isSet("row_filter") ? r.get("row_filter") : null;
            out.add(new PublicationMapping(r.get("publication").trim(),
                    Arrays.stream(r.get("detect_columns").trim().toLowerCase(Locale.ROOT).split("\\s+")).toList(),
                    r.get("indicator").trim().toUpperCase(Locale.ROOT), blank(r.get("numerator")), blank(r.get("denominator")),
                    blank(r.get("value")), conditions(filter, "line " + (r.getRecordNumber() + 1))));
        }
        return out;
    }

    /** Parses {@code col=value; col2=value2} (null or blank: no conditions). */
    static Map<String, String> conditions(String text, String where) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IOException(where + ": the row filter condition '" + part.trim() + "' is not column=value");
            }
            out.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
        }
        return out;
    }

    /** A term's column part: {@code col} or {@code col[cond=value; ...]} (a sibling row's column). */
    record Column(String name, Map<String, String> sibling) {

        static Column of(String part) {
            String t = part.trim();
            int b = t.indexOf('[');
            if (b < 0 || !t.endsWith("]")) {
                return new Column(t.toLowerCase(Locale.ROOT), null);
            }
            try {
                return new Column(t.substring(0, b).trim().toLowerCase(Locale.ROOT), conditions(t.substring(b + 1, t.length() - 1), t));
            } catch (IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    /** The publication columns a term names (POPULATION excluded; a sibling row's column by its name). */
    static List<String> columnsOf(String term) {
        if (term == null) {
            return List.of();
        }
        return Arrays.stream(term.split("\\+")).map(String::trim).filter(s -> !s.equalsIgnoreCase(POPULATION))
                .map(s -> Column.of(s).name()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
