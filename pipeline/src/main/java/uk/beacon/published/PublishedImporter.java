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

    public PublishedImporter(List<PublicationMapping> mappings) {
        this.mappings = mappings;
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
        try {
            Set<String> header = columns(c);
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
                for (String col : requiredColumns(m)) {
                    if (!header.contains(col)) {
                        throw new PublishedFormatException(name + ": the mapping of " + m.indicator() + " names column '" + col
                                + "', which the file does not have");
                    }
                }
                byIndicator.put(m.indicator(), insert(c, m, sha256, receivedAt));
            }
            return new Result(publication, fileRows, byIndicator, other);
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists published_in");
            }
        }
    }

    private static List<String> requiredColumns(PublicationMapping m) {
        Set<String> cols = new LinkedHashSet<>();
        cols.addAll(PublicationMapping.columnsOf(m.numerator()));
        cols.addAll(PublicationMapping.columnsOf(m.denominator()));
        cols.addAll(PublicationMapping.columnsOf(m.value()));
        return new ArrayList<>(cols);
    }

    private long insert(Connection c, PublicationMapping m, String sha, LocalDateTime receivedAt) throws SQLException {
        String area = "case geographic_level when 'National' then country_code when 'Regional' then region_code else old_la_code end";
        String areaOns = "case geographic_level when 'National' then country_code when 'Regional' then region_code else new_la_code end";
        String areaName = "case geographic_level when 'National' then country_name when 'Regional' then region_name else la_name end";
        String statusSource = m.value() != null ? PublicationMapping.columnsOf(m.value()).get(0) : PublicationMapping.columnsOf(m.numerator()).get(0);
        String sql = "insert into raw.published_values select ?, ?, line, time_period, geographic_level, " + area + ", " + areaOns + ", "
                + areaName + ", ?, " + term(m.numerator(), area) + ", " + term(m.denominator(), area) + ", " + term(m.value(), area) + ", "
                + "case when lower(trim(" + statusSource + ")) in " + MARKERS + " then "
                + "case lower(trim(" + statusSource + ")) when '..' then 'x' when ':' then 'x' else lower(trim(" + statusSource + ")) end end, ? "
                + "from published_in where geographic_level in ('National', 'Regional', 'Local authority') and (" + area + ") is not null";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sha);
            ps.setString(2, m.publication());
            ps.setString(3, m.indicator());
            ps.setTimestamp(4, Timestamp.valueOf(receivedAt));
            return ps.executeUpdate();
        }
    }

    /** SQL for a mapping term: columns read as numbers (markers become null), summed; or the child population. */
    private static String term(String term, String areaExpr) {
        if (term == null) {
            return "null::double";
        }
        List<String> parts = new ArrayList<>();
        for (String raw : term.split("\\+")) {
            String t = raw.trim().toLowerCase(Locale.ROOT);
            if (t.equals(PublicationMapping.POPULATION)) {
                parts.add("(select p.population::double from ref.population p where p.year = try_cast(time_period as integer) - 1"
                        + " and p.area_code = " + areaExpr + ")");
            } else {
                parts.add("try_cast(replace(trim(" + quoteIdent(t) + "), ',', '') as double)");
            }
        }
        return "(" + String.join(" + ", parts) + ")";
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
