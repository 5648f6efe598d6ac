package uk.beacon.published;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * @param detectColumns columns whose presence identifies the publication's files
 */
public record PublicationMapping(String publication, List<String> detectColumns, String indicator,
                                 String numerator, String denominator, String value) {

    public static final String POPULATION = "@population_0_17";

    public static List<PublicationMapping> builtIn() {
        try (Reader r = ConfigResources.reader("publications.csv")) {
            return parse(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<PublicationMapping> parse(Reader reader) throws IOException {
        List<PublicationMapping> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            out.add(new PublicationMapping(r.get("publication").trim(),
                    Arrays.stream(r.get("detect_columns").trim().toLowerCase(Locale.ROOT).split("\\s+")).toList(),
                    r.get("indicator").trim().toUpperCase(Locale.ROOT), blank(r.get("numerator")), blank(r.get("denominator")),
                    blank(r.get("value"))));
        }
        return out;
    }

    /** The publication columns a term names (POPULATION excluded). */
    static List<String> columnsOf(String term) {
        if (term == null) {
            return List.of();
        }
        return Arrays.stream(term.split("\\+")).map(String::trim).map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> !s.equals(POPULATION)).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
