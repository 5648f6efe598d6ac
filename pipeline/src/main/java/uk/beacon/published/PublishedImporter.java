package uk.beacon.published;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports an Explore Education Statistics CSV: DuckDB reads the file (every column as text),
 * the header identifies the publication, and each of its mappings becomes one
 * {@code insert ... select} into raw.published_values. Suppression markers are kept as
 * statuses, never read as zeros. Rows keep their geographic level so the published
 * national and regional totals stay apart from the authority rows.
 */
public final class PublishedImporter {

    /** What one file gave: its publication, and rows per indicator. */
    public record Result(String publication, int fileRows, Map<String, Long> rowsByIndicator, long otherLevelRows) {
    }

    private static final String MARKERS = "('c','x','z','low','k','u','..',':')";

    private final List<PublicationMapping> mappings;
    private final PublicationDates dates;

    public PublishedImporter(List<PublicationMapping> mappings) {
        this(mappings, null);
    }

    /** With publication dates: {@link #check} then refuses a publication that has none. */
    public PublishedImporter(List<PublicationMapping> mappings, PublicationDates dates) {
        this.mappings = mappings;
        this.dates = dates;
    }

    /** The shipped (or overridden) mappings and publication dates. */
    public static PublishedImporter configured() {
        return new PublishedImporter(PublicationMapping.builtIn(), PublicationDates.builtIn());
    }

    /**
     * Checks a file before anything is loaded: an Explore Education Statistics layout, a
     * publication mapping that matches its header, a publication date for that publication
     * and a time period Beacon can read on every row. Returns null when the file can be
     * imported, else one sentence naming the file and what to do.
     */
    public String check(Path csv) {
        String name = csv.getFileName().toString();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8)) {
            org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                    .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get().parse(r);
            Set<String> header = new LinkedHashSet<>();
            String timeColumn = null;
            for (String h : p.getHeaderNames()) {
                String clean = h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
                header.add(clean);
                if (clean.equals("time_period")) {
                    timeColumn = h;
                }
            }
            for (String needed : List.of("time_period", "geographic_level")) {
                if (!header.contains(needed)) {
                    return name + " is not an Explore Education Statistics file: it has no " + needed + " column.";
                }
            }
            String publication = detect(header);
            if (publication == null) {
                return name + " matches no publication mapping (its columns: " + String.join(", ", header) + "). Add a mapping for it to "
                        + uk.beacon.config.ConfigResources.whereToEdit("publications.csv")
                        + ": the publication, columns that identify it, the indicator and its numerator, denominator and value columns"
                        + " (docs/input-formats.md).";
            }
            if (dates != null && !dates.covers(publication)) {
                return name + " (publication " + publication + ") has no publication date setting, so Beacon cannot tell when its figures"
                        + " became known. Add a line to " + uk.beacon.config.ConfigResources.whereToEdit("publication-dates.csv")
                        + ", e.g. '" + publication + ",*,Y-03-31,Y-11-30' (period end and publication date relative to the year Y"
                        + " of time_period).";
            }
            for (org.apache.commons.csv.CSVRecord rec : p) {
                String tp = rec.isConsistent() || rec.isSet(timeColumn) ? rec.get(timeColumn) : null;
                if (!PublishedPeriods.isValid(tp)) {
                    return name + " line " + (rec.getRecordNumber() + 1) + ": time_period '" + (tp == null ? "" : tp)
                            + "' is not a period Beacon reads (a year such as 2024, or a span such as 202324). Correct the file"
                            + " (or remove the line) and import it again.";
                }
            }
            return null;
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            return name + " cannot be read as CSV: " + firstLine(e.getMessage());
        }
    }

    /** Which publication a header belongs to, or null. */
    String detect(Set<String> header) {
        return mappings.stream().filter(m -> header.containsAll(m.detectColumns())).map(PublicationMapping::publication)
                .findFirst().orElse(null);
    }

    public Result importFile(Connection c, Path csv, String sha256, LocalDateTime receivedAt) throws SQLException, PublishedFormatException {
        String name = csv.getFileName().toString();
        try (Statement s = c.createStatement()) {
            s.execute("create or replace temp table published_in as "
                    + "select (row_number() over ()) + 1 as line, * from read_csv(" + literal(csv.toString())
                    + ", all_varchar = true, header = true)");
        } catch (SQLException e) {
            throw new PublishedFormatException(name + " cannot be read as CSV: " + firstLine(e.getMessage()));
        }
        // A byte-order mark or padding in a header name would hide the column from the mappings.
        renameDirtyColumns(c);
        // The temp table is dropped on success only: after a failed statement the transaction is
        // aborted, and a clean-up statement would replace the real error with "transaction aborted".
        Set<String> header = columns(c);
        {
            for (String needed : List.of("time_period", "geographic_level")) {
                if (!header.contains(needed)) {
                    throw new PublishedFormatException(name + " is not an Explore Education Statistics file: it has no " + needed + " column");
                }
            }
            String publication = detect(header);
            if (publication == null) {
                throw new PublishedFormatException(name + " matches no publication in config/publications.csv (its columns: "
                        + String.join(", ", header) + "). Add a mapping for it there.");
            }
            int fileRows = count(c, "select count(*) from published_in");
            long other = count(c, "select count(*) from published_in where geographic_level not in ('National', 'Regional', 'Local authority')");
            Map<String, Long> byIndicator = new LinkedHashMap<>();
            for (PublicationMapping m : mappings.stream().filter(m -> m.publication().equals(publication)).toList()) {
                for (String col : requiredColumns(m, header)) {
                    if (!header.contains(col)) {
                        throw new PublishedFormatException(name + ": the mapping of " + m.indicator() + " names column '" + col
                                + "', which the file does not have");
                    }
                }
                byIndicator.put(m.indicator(), insert(c, m, sha256, receivedAt));
            }
            try (Statement s = c.createStatement()) {
                s.execute("drop table published_in");
            }
            return new Result(publication, fileRows, byIndicator, other);
        }
    }

    private static List<String> requiredColumns(PublicationMapping m, Set<String> header) {
        Set<String> cols = new LinkedHashSet<>(m.rowFilter().keySet());
        cols.addAll(PublicationMapping.columnsOf(m.numerator()));
        cols.addAll(PublicationMapping.columnsOf(m.denominator()));
        cols.addAll(PublicationMapping.columnsOf(m.value()));
        return new ArrayList<>(cols);
    }

    private long insert(Connection c, PublicationMapping m, String sha, LocalDateTime receivedAt) throws SQLException {
        // Every source column is qualified with src: unqualified names inside the population
        // subquery would bind to ref.population's own columns (it has a geographic_level too).
        String area = "case src.geographic_level when 'National' then src.country_code when 'Regional' then src.region_code else src.old_la_code end";
        String areaOns = "case src.geographic_level when 'National' then src.country_code when 'Regional' then src.region_code else src.new_la_code end";
        String areaName = "case src.geographic_level when 'National' then src.country_name when 'Regional' then src.region_name else src.la_name end";
        String statusSource = m.value() != null ? PublicationMapping.columnsOf(m.value()).get(0) : PublicationMapping.columnsOf(m.numerator()).get(0);
        String sql = "insert into raw.published_values select ?, ?, src.line, src.time_period, src.geographic_level, " + area + ", " + areaOns + ", "
                + areaName + ", case when src.geographic_level = 'Local authority' then src.region_code end, ?, "
                + term(m.numerator(), area, m) + ", " + term(m.denominator(), area, m) + ", " + term(m.value(), area, m) + ", "
                + decimals(m.value()) + ", "
                + "case when lower(trim(src." + statusSource + ")) in " + MARKERS + " then "
                + "case lower(trim(src." + statusSource + ")) when '..' then 'x' when ':' then 'x' else lower(trim(src." + statusSource + ")) end end, ? "
                + "from published_in src where src.geographic_level in ('National', 'Regional', 'Local authority') and (" + area + ") is not null"
                + filterSql("src", m.rowFilter());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sha);
            ps.setString(2, m.publication());
            ps.setString(3, m.indicator());
            ps.setTimestamp(4, Timestamp.valueOf(receivedAt));
            return ps.executeUpdate();
        }
    }

    /** SQL for the number of decimal places the value column was published with (null when no value column). */
    private static String decimals(String valueTerm) {
        if (valueTerm == null) {
            return "null::integer";
        }
        String col = "src." + quoteIdent(PublicationMapping.columnsOf(valueTerm).get(0));
        return "case when try_cast(replace(trim(" + col + "), ',', '') as double) is not null then "
                + "length(split_part(trim(" + col + "), '.', 2)) end";
    }

    /** SQL conditions (each starting with " and") that a row of {@code alias} meets the filter. */
    private static String filterSql(String alias, Map<String, String> filter) {
        StringBuilder b = new StringBuilder();
        filter.forEach((col, val) -> b.append(" and trim(").append(alias).append('.').append(quoteIdent(col)).append(") = ")
                .append(literal(val)));
        return b.toString();
    }

    /** SQL for a mapping term: columns read as numbers (markers become null), summed; or the child population. */
    private static String term(String term, String areaExpr, PublicationMapping m) {
        if (term == null) {
            return "null::double";
        }
        List<String> parts = new ArrayList<>();
        for (String raw : term.split("\\+")) {
            String t = raw.trim().toLowerCase(Locale.ROOT);
            if (t.equals(PublicationMapping.POPULATION)) {
                parts.add("(select p.population::double from ref.population p where p.year = " + PublishedPeriods.endYearSql("src.time_period") + " - 1"
                        + " and p.geographic_level = src.geographic_level and p.area_code = " + areaExpr + ")");
            } else {
                PublicationMapping.Column col = PublicationMapping.Column.of(raw);
                if (col.sibling() == null) {
                    parts.add("try_cast(replace(trim(src." + quoteIdent(col.name()) + "), ',', '') as double)");
                } else {
                    // The sibling row: same year, level and area, meeting the mapping's filter with the term's replacements.
                    Map<String, String> f = new LinkedHashMap<>(m.rowFilter());
                    f.putAll(col.sibling());
                    parts.add("(select try_cast(replace(trim(sib." + quoteIdent(col.name()) + "), ',', '') as double) from published_in sib"
                            + " where sib.time_period = src.time_period and sib.geographic_level = src.geographic_level"
                            + " and sib.country_code is not distinct from src.country_code and sib.region_code is not distinct from src.region_code"
                            + " and sib.old_la_code is not distinct from src.old_la_code and sib.new_la_code is not distinct from src.new_la_code"
                            + filterSql("sib", f) + " limit 1)");
                }
            }
        }
        return "(" + String.join(" + ", parts) + ")";
    }

    private static void renameDirtyColumns(Connection c) throws SQLException {
        List<String> dirty = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from published_in limit 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String n = md.getColumnLabel(i);
                if (!n.equals(n.replace("\uFEFF", "").trim())) {
                    dirty.add(n);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String n : dirty) {
                s.execute("alter table published_in rename column " + quoteIdent(n) + " to " + quoteIdent(n.replace("\uFEFF", "").trim()));
            }
        }
    }

    private static Set<String> columns(Connection c) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from published_in limit 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.add(md.getColumnLabel(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String quoteIdent(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    static String describe(Result r) {
        return r.rowsByIndicator().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
