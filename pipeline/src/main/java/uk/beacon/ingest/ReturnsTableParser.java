package uk.beacon.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a {@link Table} from any container (or one sheet of a workbook) into raw figures. The
 * header, and for a workbook the sheet's name, decide the layout (docs/input-formats.md):
 * <ul>
 *   <li><b>long</b>: an {@code indicator} and a {@code period} column, one figure per row;</li>
 *   <li><b>wide</b>: a {@code period} column and one column per indicator;</li>
 *   <li><b>indicator rows</b>: an {@code indicator} column and one column per period
 *       ({@code 2026-04}, {@code 2026-Q1}, {@code 2026}), no {@code period} column;</li>
 *   <li><b>indicator sheet</b>: a sheet named after its indicator, with {@code period} and
 *       {@code numerator}/{@code denominator}/{@code value}/{@code status} columns;</li>
 *   <li><b>period sheet</b>: a sheet named after its period ({@code 2026-04}), laid out long or
 *       wide without a {@code period} column.</li>
 * </ul>
 * Column names are matched ignoring case, surrounding spaces and a byte-order mark. Columns
 * that describe rather than report ({@code la_name}, {@code label} ...) are not figures.
 */
final class ReturnsTableParser {

    static final String LONG = "long";
    static final String WIDE = "wide";
    static final String INDICATOR_ROWS = "indicator-rows";
    static final String INDICATOR_SHEET = "indicator-sheet";
    static final String PERIOD_SHEET_LONG = "period-sheet-long";
    static final String PERIOD_SHEET_WIDE = "period-sheet-wide";

    /** Columns that label a row for people and hold no figure, in every layout. */
    static final Set<String> DESCRIPTIVE = Set.of("la_name", "authority_name", "label", "indicator_name", "indicator_label",
            "description", "unit", "notes");
    private static final Set<String> FIGURE_COLUMNS = Set.of("numerator", "denominator", "value", "status");

    /** What the parser made of a table: its layout and figures, or the file-level reason it refused it. */
    record Parsed(String layout, List<RawFigure> figures, List<Rejection> fileRejections) {
        static Parsed refused(Rule rule, String detail) {
            return new Parsed(null, List.of(), List.of(Rejection.ofFile(rule, detail)));
        }
    }

    private ReturnsTableParser() {
    }

    /** Parses a table without a catalogue: no sheet is taken to be named after an indicator. */
    static Parsed parse(Table table) {
        return parse(table, code -> false);
    }

    /**
     * @param isIndicator whether a sheet name is an indicator code (then a sheet with figure
     *                    columns and no indicator column holds that indicator)
     */
    static Parsed parse(Table table, Predicate<String> isIndicator) {
        String sheet = table.sheet();
        if (table.header().isEmpty()) {
            return Parsed.refused(Rule.F001_EMPTY_FILE, sheet == null ? null : "sheet '" + sheet + "' is empty");
        }
        Map<String, Integer> header = headerIndex(table.header());
        boolean hasIndicator = header.containsKey("indicator");
        boolean hasPeriod = header.containsKey("period");
        String sheetPeriod = !hasPeriod && sheet != null ? sheetPeriod(sheet) : null;
        boolean figureColumns = header.keySet().stream().anyMatch(FIGURE_COLUMNS::contains);
        String sheetIndicator = !hasIndicator && figureColumns && sheet != null && isIndicator.test(sheet.trim()) ? sheet.trim() : null;
        List<String> periodColumns = header.keySet().stream().filter(h -> sheetPeriod(h) != null).toList();

        String layout;
        List<String> missing = new ArrayList<>();
        if (!header.containsKey("la_code")) {
            missing.add("la_code");
        }
        if (hasIndicator && hasPeriod) {
            layout = LONG;
        } else if (hasIndicator && sheetPeriod != null) {
            layout = PERIOD_SHEET_LONG;
        } else if (hasIndicator && !periodColumns.isEmpty()) {
            layout = INDICATOR_ROWS;
        } else if (hasIndicator) {
            layout = LONG;
            missing.add("period (a period column, columns named by period such as 2026-04"
                    + (sheet == null ? "" : ", or a sheet named by its period") + ")");
        } else if (sheetIndicator != null) {
            layout = INDICATOR_SHEET;
            if (!hasPeriod) {
                missing.add("period");
            }
        } else if (figureColumns) {
            return Parsed.refused(Rule.F004_MISSING_COLUMNS, "missing indicator: the columns "
                    + String.join(", ", header.keySet().stream().filter(FIGURE_COLUMNS::contains).toList())
                    + " need an indicator column"
                    + (sheet == null ? "" : ", or the sheet named by its indicator code ('" + sheet + "' is not one)")
                    + " (header was: " + String.join(",", header.keySet()) + ")");
        } else {
            layout = sheetPeriod != null ? PERIOD_SHEET_WIDE : WIDE;
            if (!hasPeriod && sheetPeriod == null) {
                missing.add(sheet == null ? "period" : "period (a period column, or a sheet named by its period such as 2026-04)");
            }
            boolean anyIndicatorColumn = header.keySet().stream()
                    .anyMatch(h -> !h.equals("la_code") && !h.equals("period") && !h.equals("comment") && !DESCRIPTIVE.contains(h));
            if (missing.isEmpty() && !anyIndicatorColumn) {
                missing.add("at least one indicator column");
            }
        }
        if (!missing.isEmpty()) {
            return Parsed.refused(Rule.F004_MISSING_COLUMNS, "missing "
                    + String.join(", ", missing) + " (header was: " + String.join(",", header.keySet()) + ")");
        }
        if (table.rows().isEmpty()) {
            return Parsed.refused(Rule.F002_HEADER_ONLY, sheet == null ? null : "sheet '" + sheet + "' has no rows");
        }
        List<RawFigure> figures = new ArrayList<>();
        for (Table.Row r : table.rows()) {
            switch (layout) {
                case LONG, PERIOD_SHEET_LONG -> figures.add(new RawFigure(r.line(), null, get(r, header, "la_code"),
                        sheetPeriod != null ? sheetPeriod : get(r, header, "period"), get(r, header, "indicator"),
                        get(r, header, "numerator"), get(r, header, "denominator"), get(r, header, "value"),
                        get(r, header, "status"), get(r, header, "comment")));
                case INDICATOR_SHEET -> figures.add(new RawFigure(r.line(), null, get(r, header, "la_code"),
                        get(r, header, "period"), sheetIndicator, get(r, header, "numerator"), get(r, header, "denominator"),
                        get(r, header, "value"), get(r, header, "status"), get(r, header, "comment")));
                case INDICATOR_ROWS -> addPeriodCells(r, header, figures);
                default -> addWideCells(r, header, sheetPeriod, figures);
            }
        }
        return new Parsed(layout, figures, List.of());
    }

    /** In the wide layout a cell holds either a value or a suppression marker. */
    private static void addWideCells(Table.Row r, Map<String, Integer> header, String sheetPeriod, List<RawFigure> out) {
        String la = get(r, header, "la_code");
        String period = sheetPeriod != null ? sheetPeriod : get(r, header, "period");
        String comment = get(r, header, "comment");
        for (Map.Entry<String, Integer> col : header.entrySet()) {
            String name = col.getKey();
            if (name.equals("la_code") || name.equals("period") || name.equals("comment") || DESCRIPTIVE.contains(name)) {
                continue;
            }
            cell(r, col.getValue()).ifPresent(cell -> out.add(valueOrStatus(r.line(), name, la, period,
                    name.toUpperCase(Locale.ROOT), cell, comment)));
        }
    }

    /**
     * Indicators as rows, periods as columns: each period column's cell is one figure. A column
     * that is not a period (nor a known descriptive column) still has its cells checked: they
     * are refused as malformed periods (R003), never dropped.
     */
    private static void addPeriodCells(Table.Row r, Map<String, Integer> header, List<RawFigure> out) {
        String la = get(r, header, "la_code");
        String indicator = get(r, header, "indicator");
        String comment = get(r, header, "comment");
        for (Map.Entry<String, Integer> col : header.entrySet()) {
            String name = col.getKey();
            if (name.equals("la_code") || name.equals("indicator") || name.equals("comment") || DESCRIPTIVE.contains(name)) {
                continue;
            }
            String period = Optional.ofNullable(sheetPeriod(name)).orElse(name);
            cell(r, col.getValue()).ifPresent(cell -> out.add(valueOrStatus(r.line(), name, la, period, indicator, cell, comment)));
        }
    }

    private static final java.util.regex.Pattern FIRST_OF_MONTH = java.util.regex.Pattern.compile("0?1/(\\d{1,2})/(\\d{4})");

    private static final java.util.regex.Pattern SEPT = java.util.regex.Pattern.compile("(?i)\\bsept\\b");
    private static final java.util.regex.Pattern MONTH_AND_YEAR =
            java.util.regex.Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ -]\\d{2,4}");

    /** Month names people give sheets, in English whatever the server's locale ("Sept" is read as "Sep"). */
    private static final List<java.time.format.DateTimeFormatter> SHEET_MONTHS = java.util.stream.Stream.of("MMM yyyy", "MMMM yyyy", "MMM-yy", "MMM yy")
            .map(p -> new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH))
            .toList();

    /**
     * The period a sheet's name or a column heading gives: as a return writes periods
     * ({@code 2026-09}, {@code 2026-Q3}, {@code 2026}), a month as people name sheets ({@code Sep 2026},
     * {@code September 2026}, {@code Sep-26}, which is also how Excel shows a heading typed as 2026-09),
     * or a month's first day as Excel shows a date ({@code 01/09/2026}); null when it is no period.
     */
    static String sheetPeriod(String name) {
        Optional<Period> p = Period.parse(name);
        if (p.isPresent()) {
            return p.get().text();
        }
        java.util.regex.Matcher firstDay = FIRST_OF_MONTH.matcher(name.trim());
        if (firstDay.matches()) {
            int month = Integer.parseInt(firstDay.group(1));
            return month >= 1 && month <= 12 ? java.time.YearMonth.of(Integer.parseInt(firstDay.group(2)), month).toString() : null;
        }
        String n = SEPT.matcher(name.trim()).replaceAll("Sep");
        // Only a name shaped like a month and a year goes to the formatters: each failed parse throws,
        // and this runs for every heading and every cell of a wide sheet (it was a third of the
        // national backfill's ingest time).
        if (!MONTH_AND_YEAR.matcher(n).matches()) {
            return null;
        }
        for (java.time.format.DateTimeFormatter f : SHEET_MONTHS) {
            try {
                return java.time.YearMonth.parse(n, f).toString();
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    private static Optional<String> cell(Table.Row r, int index) {
        String cell = r.cell(index);
        return NumberParser.isBlank(cell) ? Optional.empty() : Optional.of(cell);
    }

    private static RawFigure valueOrStatus(int line, String column, String la, String period, String indicator, String cell,
                                           String comment) {
        String status = NumberParser.statusOf(cell);
        return new RawFigure(line, column, la, period, indicator, null, null, status == null ? cell.trim() : null, status, comment);
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
