package uk.beacon.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link Table} from any container into raw figures. The header decides the layout:
 * a header with an {@code indicator} column is long (one figure per row), otherwise wide
 * (one figure per indicator column). Column names are matched ignoring case, surrounding
 * spaces and a byte-order mark.
 */
final class ReturnsTableParser {

    static final String LONG = "long";
    static final String WIDE = "wide";

    /** What the parser made of a table: its layout and figures, or the file-level reason it refused it. */
    record Parsed(String layout, List<RawFigure> figures, List<Rejection> fileRejections) {
        static Parsed refused(Rule rule, String detail) {
            return new Parsed(null, List.of(), List.of(Rejection.ofFile(rule, detail)));
        }
    }

    private ReturnsTableParser() {
    }

    static Parsed parse(Table table) {
        if (table.header().isEmpty()) {
            return Parsed.refused(Rule.F001_EMPTY_FILE, table.sheet() == null ? null : "sheet '" + table.sheet() + "' is empty");
        }
        Map<String, Integer> header = headerIndex(table.header());
        boolean isLong = header.containsKey("indicator");
        List<String> missing = new ArrayList<>();
        for (String required : isLong ? List.of("la_code", "period", "indicator") : List.of("la_code", "period")) {
            if (!header.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!isLong && header.size() <= 2 && missing.isEmpty()) {
            missing.add("at least one indicator column");
        }
        if (!missing.isEmpty()) {
            return Parsed.refused(Rule.F004_MISSING_COLUMNS, "missing " + String.join(", ", missing) + " (header was: "
                    + String.join(",", header.keySet()) + ")");
        }
        if (table.rows().isEmpty()) {
            return Parsed.refused(Rule.F002_HEADER_ONLY, null);
        }
        List<RawFigure> figures = new ArrayList<>();
        for (Table.Row r : table.rows()) {
            if (isLong) {
                figures.add(new RawFigure(r.line(), null, get(r, header, "la_code"), get(r, header, "period"),
                        get(r, header, "indicator"), get(r, header, "numerator"), get(r, header, "denominator"),
                        get(r, header, "value"), get(r, header, "status"), get(r, header, "comment")));
            } else {
                addWideCells(r, header, figures);
            }
        }
        return new Parsed(isLong ? LONG : WIDE, figures, List.of());
    }

    /** In the wide layout a cell holds either a value or a suppression marker. */
    private static void addWideCells(Table.Row r, Map<String, Integer> header, List<RawFigure> out) {
        String la = get(r, header, "la_code");
        String period = get(r, header, "period");
        for (Map.Entry<String, Integer> col : header.entrySet()) {
            String name = col.getKey();
            if (name.equals("la_code") || name.equals("period")) {
                continue;
            }
            String cell = r.cell(col.getValue());
            if (NumberParser.isBlank(cell)) {
                continue;
            }
            String status = NumberParser.statusOf(cell);
            out.add(new RawFigure(r.line(), name, la, period, name.toUpperCase(Locale.ROOT), null, null,
                    status == null ? cell.trim() : null, status, null));
        }
    }

    private static Map<String, Integer> headerIndex(List<String> header) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            String name = h == null ? "" : h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                map.putIfAbsent(name, i);
            }
        }
        return map;
    }

    private static String get(Table.Row r, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        String v = i == null ? null : r.cell(i);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
