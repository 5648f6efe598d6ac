package uk.beacon.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the text of a CSV return into raw figures. The header decides the layout: a header
 * with an {@code indicator} column is long (one figure per row), otherwise wide (one
 * figure per indicator column). Column names are matched ignoring case and surrounding spaces.
 */
final class ReturnsCsvParser {

    static final String LONG = "long";
    static final String WIDE = "wide";

    /** What the parser made of a file: its layout, its figures, or the file-level reason it refused it. */
    record Parsed(String layout, List<RawFigure> figures, List<Rejection> fileRejections) {
        static Parsed refused(Rule rule, String detail) {
            return new Parsed(null, List.of(), List.of(Rejection.ofFile(rule, detail)));
        }
    }

    private ReturnsCsvParser() {
    }

    static Parsed parse(String text) {
        if (text.isBlank()) {
            return Parsed.refused(Rule.F001_EMPTY_FILE, null);
        }
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text))) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                return Parsed.refused(Rule.F001_EMPTY_FILE, null);
            }
            Map<String, Integer> header = headerIndex(it.next());
            long headerEndLine = parser.getCurrentLineNumber();
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
            List<RawFigure> figures = new ArrayList<>();
            long previousEnd = headerEndLine;
            boolean anyRow = false;
            while (it.hasNext()) {
                CSVRecord r = it.next();
                // A quoted field may span lines: a row starts on the line after the previous one ended.
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (isBlankRecord(r)) {
                    continue;
                }
                anyRow = true;
                if (isLong) {
                    figures.add(new RawFigure(line, null, get(r, header, "la_code"), get(r, header, "period"),
                            get(r, header, "indicator"), get(r, header, "numerator"), get(r, header, "denominator"),
                            get(r, header, "value"), get(r, header, "status"), get(r, header, "comment")));
                } else {
                    addWideCells(r, line, header, figures);
                }
            }
            if (!anyRow) {
                return Parsed.refused(Rule.F002_HEADER_ONLY, null);
            }
            return new Parsed(isLong ? LONG : WIDE, figures, List.of());
        } catch (IOException | RuntimeException e) {
            return Parsed.refused(Rule.F003_UNREADABLE, "not valid CSV (" + e.getMessage() + ")");
        }
    }

    /** In the wide layout a cell holds either a value or a suppression marker. */
    private static void addWideCells(CSVRecord r, int line, Map<String, Integer> header, List<RawFigure> out) {
        String la = get(r, header, "la_code");
        String period = get(r, header, "period");
        for (Map.Entry<String, Integer> col : header.entrySet()) {
            String name = col.getKey();
            if (name.equals("la_code") || name.equals("period")) {
                continue;
            }
            String cell = col.getValue() < r.size() ? r.get(col.getValue()) : null;
            if (NumberParser.isBlank(cell)) {
                continue;
            }
            String status = NumberParser.statusOf(cell);
            out.add(new RawFigure(line, name, la, period, name.toUpperCase(Locale.ROOT), null, null,
                    status == null ? cell : null, status, null));
        }
    }

    private static Map<String, Integer> headerIndex(CSVRecord header) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                map.putIfAbsent(name, i);
            }
        }
        return map;
    }

    private static String get(CSVRecord r, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        if (i == null || i >= r.size()) {
            return null;
        }
        String v = r.get(i);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static boolean isBlankRecord(CSVRecord r) {
        for (String v : r) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
