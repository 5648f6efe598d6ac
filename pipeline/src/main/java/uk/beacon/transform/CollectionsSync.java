package uk.beacon.transform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.config.ConfigResources;

/**
 * Copies config/collections.csv (which indicators each region collects, at which cadence, with
 * which quarters and due date; docs/collections.md) into ref.collections, checking every line
 * first: a configuration error stops the cycle with the line and the fix, never half-applies.
 */
public final class CollectionsSync {

    /** One configured line. */
    public record Collection(int line, String region, String indicator, String cadence, String quarters, int dueDays) {
    }

    /** A line of the configuration that cannot be used; the message names the line and the fix. */
    public static final class CollectionsException extends RuntimeException {
        public CollectionsException(String message) {
            super(message);
        }
    }

    static final String FILE = "config/collections.csv";
    private static final Set<String> CADENCES = Set.of("month", "quarter", "year");
    private static final Set<String> QUARTERS = Set.of("calendar", "financial");

    private CollectionsSync() {
    }

    public static List<Collection> builtIn(IndicatorCatalogue catalogue) {
        try (Reader r = ConfigResources.reader("collections.csv")) {
            return parse(r, catalogue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks the configuration; every problem found is reported at once. */
    public static List<Collection> parse(Reader in, IndicatorCatalogue catalogue) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<Collection> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser p = CSVParser.parse(in, format)) {
            for (String column : List.of("region", "indicator", "cadence", "quarters", "due_days")) {
                if (!p.getHeaderMap().containsKey(column)) {
                    throw new CollectionsException(FILE + ": the header has no " + column
                            + " column (expected region,indicator,cadence,quarters,due_days)");
                }
            }
            for (CSVRecord r : p) {
                int line = (int) r.getParser().getCurrentLineNumber();
                String where = FILE + " line " + line + ": ";
                String region = r.get("region");
                String indicator = r.get("indicator").toUpperCase(Locale.ROOT);
                String cadence = r.get("cadence").toLowerCase(Locale.ROOT);
                String quarters = r.get("quarters").isBlank() ? "calendar" : r.get("quarters").toLowerCase(Locale.ROOT);
                if (region.isBlank()) {
                    problems.add(where + "region is blank: give the region's code or name");
                }
                if (catalogue.find(indicator).isEmpty()) {
                    problems.add(where + "indicator '" + r.get("indicator") + "' is not in config/indicators.csv");
                }
                if (!CADENCES.contains(cadence)) {
                    problems.add(where + "cadence '" + r.get("cadence") + "' must be month, quarter or year");
                }
                if (!QUARTERS.contains(quarters)) {
                    problems.add(where + "quarters '" + r.get("quarters") + "' must be calendar or financial");
                }
                int due = -1;
                try {
                    due = Integer.parseInt(r.get("due_days"));
                } catch (NumberFormatException e) {
                    // reported below
                }
                if (due < 0) {
                    problems.add(where + "due_days '" + r.get("due_days") + "' must be a whole number of days, 0 or more");
                }
                if (!seen.add(region.toLowerCase(Locale.ROOT) + "|" + indicator)) {
                    problems.add(where + indicator + " is configured twice for region '" + region + "'");
                }
                out.add(new Collection(line, region, indicator, cadence, quarters, due));
            }
        }
        if (!problems.isEmpty()) {
            throw new CollectionsException(String.join("\n", problems));
        }
        return out;
    }

    /**
     * Replaces ref.collections. A region that names no region of the reference data is an error
     * (once reference data is loaded), with the regions it could have meant.
     */
    public static void sync(Connection c, List<Collection> collections) throws SQLException {
        Map<String, String> regions = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select region_code, region_name from ref.regions")) {
            while (rs.next()) {
                regions.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
                regions.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(2));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Collection col : collections) {
            if (!regions.isEmpty() && !regions.containsKey(col.region().toLowerCase(Locale.ROOT))) {
                problems.add(FILE + " line " + col.line() + ": region '" + col.region() + "' is not a region of the reference data ("
                        + String.join(", ", new java.util.TreeSet<>(regions.values())) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new CollectionsException(String.join("\n", problems));
        }
        try (Statement s = c.createStatement()) {
            s.execute("delete from ref.collections");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into ref.collections values (?, ?, ?, ?, ?, ?)")) {
            for (Collection col : collections) {
                ps.setString(1, col.region());
                ps.setString(2, col.indicator());
                ps.setString(3, col.cadence());
                ps.setString(4, col.quarters());
                ps.setInt(5, col.dueDays());
                ps.setInt(6, col.line());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
