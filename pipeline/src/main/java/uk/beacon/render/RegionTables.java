package uk.beacon.render;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each region's indicator table for the period (every authority x indicator, with comparators): the XLSX companion of its pack. */
final class RegionTables {

    static final String[] HEADER = {"la_code", "la_name", "indicator", "label", "unit", "value", "status", "previous_month",
            "same_month_last_year", "england", "all_authorities_loaded", "region", "neighbours_median", "neighbours_reporting", "signal", "signal_rule"};

    private RegionTables() {
    }

    /** Rows by region name, authorities alphabetical (comparison, not a league table). */
    static Map<String, List<String[]>> load(Connection c, YearMonth period) throws SQLException {
        return load(c, period.toString());
    }

    /** The same for the figures of any period: a month, a quarter (2026-Q2) or a reporting year (2025). */
    static Map<String, List<String[]>> load(Connection c, String period) throws SQLException {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        Map<String, Map<String, RegionalPackQueries.Signal>> signals = RegionalPackQueries.signals(c, period);
        try (PreparedStatement ps = c.prepareStatement("""
                select region_name, la_code, la_name, indicator, indicator_label, unit, value, status, previous_value, last_year_value,
                       england_value, all_loaded_value, region_value, neighbours_median, neighbours_reporting
                from marts.authority_comparison where period = ? and region_name is not null
                order by region_name, la_name, la_code, sort_order, indicator""")) {
            ps.setString(1, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[HEADER.length];
                    for (int i = 0; i < HEADER.length - 2; i++) {
                        Object v = rs.getObject(i + 2);
                        row[i] = v == null ? "" : v instanceof Double d ? uk.beacon.reports.format.Rounding.text(d, 1) : v.toString();
                    }
                    // The overview's cell signal, in words, and the rule behind it (as the regional pack shows it).
                    RegionalPackQueries.Signal signal = signals.getOrDefault(row[0], Map.of()).get(row[2]);
                    row[HEADER.length - 2] = signal == null ? "none" : signal.signal().name().toLowerCase(java.util.Locale.ROOT);
                    row[HEADER.length - 1] = signal == null ? "" : signal.summary();
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return out;
    }
}
