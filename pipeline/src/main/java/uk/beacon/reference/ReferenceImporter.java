package uk.beacon.reference;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads reference data from the DfE's published layouts (see ../shared/data/dfe/README.md):
 * the authority list ({@code las.csv}), regions, the region hierarchy, the wide
 * statistical-neighbour model and ONS child population estimates. The header decides which.
 *
 * <p>Versioning: the authority and region lists are replaced whole (they carry their own
 * dates of operation); a neighbour model replaces only its own version; population
 * replaces only the (year, area) pairs the file holds.
 */
public final class ReferenceImporter {

    public enum Kind { AUTHORITIES, REGIONS, REGION_HIERARCHY, NEIGHBOUR_MODEL, POPULATION }

    /** What was imported from one file. */
    public record Result(Kind kind, int rows, String detail) {
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(20\\d{2})");
    /** The DfE's markers for a figure that is not published. */
    private static final java.util.Set<String> SUPPRESSED = java.util.Set.of("c", "x", "z", "low", "k", "u", "..", ":");

    private ReferenceImporter() {
    }

    /** Which reference layout a header is, or null when it is none of them. */
    public static Kind detect(List<String> header) {
        if (header.contains("new_la_code") && header.contains("old_la_code") && header.contains("parent_geography_code")) {
            return Kind.AUTHORITIES;
        }
        if (header.contains("sn_1")) {
            return Kind.NEIGHBOUR_MODEL;
        }
        if (header.contains("population_estimate")) {
            return Kind.POPULATION;
        }
        if (header.contains("region_code") && header.contains("old_la_code") && header.contains("new_la_code")) {
            return Kind.REGION_HIERARCHY;
        }
        if (header.size() == 2 && header.contains("region_code") && header.contains("region_name")) {
            return Kind.REGIONS;
        }
        return null;
    }

    /**
     * Imports one decoded reference file on the caller's connection (and transaction).
     *
     * @throws ReferenceFormatException when the file is not a reference layout or a row is malformed
     */
    public static Result importText(Connection c, String text, String fileName, String sha256) throws SQLException, ReferenceFormatException {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header;
        try (CSVParser p = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text))) {
            List<CSVRecord> records = p.getRecords();
            if (records.isEmpty()) {
                throw new ReferenceFormatException(fileName + " is empty");
            }
            header = new ArrayList<>();
            for (String h : records.get(0)) {
                header.add(h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
            }
            for (int i = 1; i < records.size(); i++) {
                CSVRecord r = records.get(i);
                Map<String, String> row = new LinkedHashMap<>();
                for (int j = 0; j < header.size() && j < r.size(); j++) {
                    row.put(header.get(j), r.get(j).trim());
                }
                row.put("#line", String.valueOf(i + 1));
                rows.add(row);
            }
        } catch (IOException | RuntimeException e) {
            throw new ReferenceFormatException(fileName + " is not valid CSV: " + e.getMessage());
        }
        Kind kind = detect(header);
        if (kind == null) {
            throw new ReferenceFormatException(fileName + ": the header matches no reference layout (authorities las.csv,"
                    + " regions.csv, region_la_hierarchy.csv, sn_model wide, ONS population). Header was: " + header);
        }
        return switch (kind) {
            case AUTHORITIES -> importAuthorities(c, rows, fileName, sha256);
            case REGIONS -> importRegions(c, rows, fileName, sha256);
            case REGION_HIERARCHY -> importHierarchy(c, rows);
            case NEIGHBOUR_MODEL -> importNeighbours(c, rows, fileName, sha256);
            case POPULATION -> importPopulation(c, rows, fileName, sha256);
        };
    }

    private static Result importAuthorities(Connection c, List<Map<String, String>> rows, String fileName, String sha) throws SQLException, ReferenceFormatException {
        // Read every row before touching the table, so a malformed file changes nothing.
        List<Object[]> parsed = new ArrayList<>();
        for (Map<String, String> r : rows) {
            parsed.add(new Object[] {required(r, "new_la_code", fileName), code(r.get("old_la_code")), required(r, "la_name", fileName),
                    blankToNull(r.get("parent_geography_code")), date(r.get("date_of_operation"), fileName, r),
                    date(r.get("date_of_termination"), fileName, r), blankToNull(r.get("status")),
                    blankToNull(r.get("entity_description")), sha});
        }
        exec(c, "delete from ref.authorities");
        insertAll(c, "insert into ref.authorities values (?,?,?,?,?,?,?,?,?)", parsed);
        return new Result(Kind.AUTHORITIES, rows.size(), "authority list replaced");
    }

    private static Result importRegions(Connection c, List<Map<String, String>> rows, String fileName, String sha) throws SQLException, ReferenceFormatException {
        List<Object[]> parsed = new ArrayList<>();
        for (Map<String, String> r : rows) {
            parsed.add(new Object[] {required(r, "region_code", fileName), required(r, "region_name", fileName), sha});
        }
        exec(c, "delete from ref.regions");
        insertAll(c, "insert into ref.regions values (?,?,?)", parsed);
        return new Result(Kind.REGIONS, rows.size(), "region list replaced");
    }

    /** The hierarchy only fills regions the authority list left blank; the list itself wins. */
    private static Result importHierarchy(Connection c, List<Map<String, String>> rows) throws SQLException {
        int updated = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "update ref.authorities set region_code = ? where ons_code = ? and region_code is null")) {
            for (Map<String, String> r : rows) {
                ps.setString(1, r.get("region_code"));
                ps.setString(2, r.get("new_la_code"));
                updated += ps.executeUpdate();
            }
        }
        return new Result(Kind.REGION_HIERARCHY, rows.size(), updated + " missing region(s) filled");
    }

    private static Result importNeighbours(Connection c, List<Map<String, String>> rows, String fileName, String sha) throws SQLException, ReferenceFormatException {
        Matcher m = YEAR_IN_NAME.matcher(fileName);
        String version = m.find() ? m.group(1) : "default";
        List<Object[]> parsed = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String la = required(r, "old_la_code", fileName);
            for (int rank = 1; rank <= 10; rank++) {
                String nb = code(r.get("sn_" + rank));
                if (nb != null) {
                    parsed.add(new Object[] {version, la, rank, nb, blankToNull(r.get("sn_" + rank + "p")), sha});
                }
            }
        }
        try (PreparedStatement del = c.prepareStatement("delete from ref.neighbours where model_version = ?")) {
            del.setString(1, version);
            del.executeUpdate();
        }
        insertAll(c, "insert into ref.neighbours values (?,?,?,?,?,?)", parsed);
        return new Result(Kind.NEIGHBOUR_MODEL, parsed.size(), "neighbour model version " + version);
    }

    private static Result importPopulation(Connection c, List<Map<String, String>> rows, String fileName, String sha) throws SQLException, ReferenceFormatException {
        exec(c, "create or replace temp table population_in as select * from ref.population limit 0");
        int withoutEstimate = 0;
        try (PreparedStatement ps = c.prepareStatement("insert into population_in values (?,?,?,?,?)")) {
            for (Map<String, String> r : rows) {
                String level = required(r, "geographic_level", fileName);
                String area = switch (level) {
                    case "National" -> required(r, "country_code", fileName);
                    case "Regional" -> required(r, "region_code", fileName);
                    default -> required(r, "old_la_code", fileName);
                };
                String estimate = required(r, "population_estimate", fileName);
                if (SUPPRESSED.contains(estimate.toLowerCase(Locale.ROOT)) || code(area) == null) {
                    withoutEstimate++; // published as not available, or an area with no DfE code: nothing to store
                    continue;
                }
                ps.setInt(1, Integer.parseInt(required(r, "time_period", fileName)));
                ps.setString(2, level);
                ps.setString(3, area);
                try {
                    ps.setLong(4, Long.parseLong(estimate));
                } catch (NumberFormatException e) {
                    throw new ReferenceFormatException(fileName + " line " + r.get("#line") + ": population_estimate '"
                            + estimate + "' is not a whole number");
                }
                ps.setString(5, sha);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        exec(c, "delete from ref.population p using population_in i where p.year = i.year and p.area_code = i.area_code");
        exec(c, "insert into ref.population select * from population_in");
        exec(c, "drop table population_in");
        return new Result(Kind.POPULATION, rows.size() - withoutEstimate, "population rows replaced by (year, area)"
                + (withoutEstimate > 0 ? "; " + withoutEstimate + " row(s) without an estimate (suppressed) skipped" : ""));
    }

    private static void insertAll(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String required(Map<String, String> r, String column, String fileName) throws ReferenceFormatException {
        String v = r.get(column);
        if (v == null || v.isBlank()) {
            throw new ReferenceFormatException(fileName + " line " + r.get("#line") + ": " + column + " is blank");
        }
        return v;
    }

    /** DfE codes: a number, or 'x'/blank where the DfE has none (pre-2009 districts). */
    private static String code(String v) {
        if (v == null || v.isBlank() || v.equalsIgnoreCase("x")) {
            return null;
        }
        return v.trim();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private static LocalDate date(String v, String fileName, Map<String, String> r) throws ReferenceFormatException {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim(), DMY);
        } catch (RuntimeException e) {
            try {
                return LocalDate.parse(v.trim());
            } catch (RuntimeException e2) {
                throw new ReferenceFormatException(fileName + " line " + r.get("#line") + ": date '" + v + "' is not dd/mm/yyyy");
            }
        }
    }
}
