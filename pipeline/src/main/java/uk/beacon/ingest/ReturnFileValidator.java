package uk.beacon.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates a whole returns file: decodes and parses it, checks every figure, then applies
 * the file-level rules (one authority per file) and the within-file duplicate rule.
 * Pure: no database, no file system, so the rule tests run in milliseconds.
 */
final class ReturnFileValidator {

    private final FigureValidator figures;
    private final boolean allowMixedAuthorities;

    ReturnFileValidator(FigureValidator figures) {
        this(figures, false);
    }

    /**
     * @param allowMixedAuthorities accept consolidated extracts holding several authorities
     *                              (a national or regional backfill); rule F005 is then not applied
     */
    ReturnFileValidator(FigureValidator figures, boolean allowMixedAuthorities) {
        this.figures = figures;
        this.allowMixedAuthorities = allowMixedAuthorities;
    }

    /** Validates a CSV file (the common case, and what the rule tests use). */
    ReturnFileResult validate(byte[] bytes) {
        return validate(bytes, "return.csv", new CsvTableReader());
    }

    ReturnFileResult validate(byte[] bytes, String fileName, TableReader reader) {
        if (bytes.length == 0) {
            return refused(null, null, 0, List.of(Rejection.ofFile(Rule.F001_EMPTY_FILE, null)));
        }
        List<SheetRead> sheets;
        try {
            sheets = reader.readSheets(bytes, fileName);
        } catch (TableReader.UnreadableFileException e) {
            return refused(null, null, 0, List.of(Rejection.ofFile(Rule.F003_UNREADABLE, e.getMessage())));
        }
        if (sheets.size() == 1 && sheets.get(0).table() != null) {
            return validate(sheets.get(0).table());
        }
        return validateWorkbook(sheets);
    }

    /** One table: the whole file (or a workbook of one sheet). */
    private ReturnFileResult validate(Table table) {
        ReturnsTableParser.Parsed parsed = ReturnsTableParser.parse(table, figures::isIndicator);
        if (!parsed.fileRejections().isEmpty()) {
            return refused(parsed.layout(), table.encoding(), 0, parsed.fileRejections());
        }
        List<AcceptedFigure> accepted = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Set<String> authorities = new LinkedHashSet<>();
        check(parsed.figures(), null, accepted, rejections, authorities);
        int received = parsed.figures().size();
        if (authorities.size() > 1 && !allowMixedAuthorities) {
            return refused(parsed.layout(), table.encoding(), received, List.of(Rejection.ofFile(Rule.F005_MIXED_AUTHORITIES,
                    "found " + String.join(", ", authorities))));
        }
        accepted = withoutDuplicates(accepted, rejections);
        return new ReturnFileResult(parsed.layout(), table.encoding(), table.sheet(), received, accepted, rejections, false);
    }

    /**
     * A workbook of several sheets: each sheet's layout is detected on its own (docs/input-formats.md).
     * Every sheet is either loaded or named as skipped with the reason (rule S001); a workbook none
     * of whose sheets holds a return is refused whole, each sheet's reason given.
     */
    private ReturnFileResult validateWorkbook(List<SheetRead> sheets) {
        List<AcceptedFigure> accepted = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Rejection> skipped = new ArrayList<>();
        Set<String> authorities = new LinkedHashSet<>();
        Set<String> layouts = new LinkedHashSet<>();
        int received = 0;
        for (SheetRead sheet : sheets) {
            if (sheet.table() == null) {
                skipped.add(new Rejection(Rule.S001_SHEET_SKIPPED, null, null, null,
                        "sheet '" + sheet.name() + "': " + sheet.unreadable(), null, sheet.name()));
                continue;
            }
            ReturnsTableParser.Parsed parsed = ReturnsTableParser.parse(sheet.table(), figures::isIndicator);
            if (!parsed.fileRejections().isEmpty()) {
                Rejection why = parsed.fileRejections().get(0);
                String reason = switch (why.rule()) {
                    case F001_EMPTY_FILE -> "sheet '" + sheet.name() + "' is empty";
                    case F002_HEADER_ONLY -> "sheet '" + sheet.name() + "' has a header but no rows";
                    case F004_MISSING_COLUMNS -> "sheet '" + sheet.name() + "' matches no return layout, " + why.detail();
                    default -> "sheet '" + sheet.name() + "': " + (why.detail() == null || why.detail().isBlank()
                            ? why.rule().message() : why.rule().message() + ": " + why.detail());
                };
                skipped.add(new Rejection(Rule.S001_SHEET_SKIPPED, null, null, null, reason, null, sheet.name()));
                continue;
            }
            layouts.add(parsed.layout());
            received += parsed.figures().size();
            check(parsed.figures(), sheet.name(), accepted, rejections, authorities);
        }
        String layout = layouts.isEmpty() ? null : String.join("+", layouts);
        if (layouts.isEmpty()) {
            boolean noneReadable = sheets.stream().allMatch(sh -> sh.table() == null);
            return refused(null, null, 0, List.of(Rejection.ofFile(noneReadable ? Rule.F003_UNREADABLE : Rule.F004_MISSING_COLUMNS,
                    "no sheet of the workbook holds a return: "
                    + String.join("; ", skipped.stream().map(Rejection::detail).toList()))));
        }
        if (authorities.size() > 1 && !allowMixedAuthorities) {
            return refused(layout, null, received, List.of(Rejection.ofFile(Rule.F005_MIXED_AUTHORITIES,
                    "found " + String.join(", ", authorities))));
        }
        accepted = withoutDuplicates(accepted, rejections);
        String la = authorities.size() == 1 ? authorities.iterator().next() : null;
        skipped.forEach(s -> rejections.add(s.forAuthority(la)));
        List<String> loadedSheets = accepted.stream().map(AcceptedFigure::sheet).distinct().toList();
        return new ReturnFileResult(layout, null, loadedSheets.size() == 1 ? loadedSheets.get(0) : null, received, accepted,
                rejections, false);
    }

    private void check(List<RawFigure> raw, String sheet, List<AcceptedFigure> accepted, List<Rejection> rejections,
                       Set<String> authorities) {
        for (RawFigure f : raw) {
            FigureValidator.Outcome o = figures.validate(f);
            if (o.isAccepted()) {
                accepted.add(sheet == null ? o.accepted() : o.accepted().onSheet(sheet));
                authorities.add(o.accepted().laCode());
            } else {
                o.rejections().forEach(r -> rejections.add(sheet == null ? r : r.onSheet(sheet)));
            }
        }
    }

    /**
     * A figure given twice with the same numbers keeps its first line; figures given twice with
     * different numbers are all refused, since Beacon cannot know which the sender meant.
     */
    private static List<AcceptedFigure> withoutDuplicates(List<AcceptedFigure> accepted, List<Rejection> rejections) {
        Map<String, List<AcceptedFigure>> byKey = accepted.stream()
                .collect(Collectors.groupingBy(AcceptedFigure::key, LinkedHashMap::new, Collectors.toList()));
        List<AcceptedFigure> kept = new ArrayList<>();
        for (List<AcceptedFigure> group : byKey.values()) {
            AcceptedFigure first = group.get(0);
            if (group.size() == 1) {
                kept.add(first);
                continue;
            }
            boolean identical = group.stream().allMatch(f -> sameFigure(f, first));
            String lines = group.stream().map(f -> f.rowNumber() + onSheet(f)).collect(Collectors.joining(", "));
            for (AcceptedFigure f : group) {
                if (identical && f == first) {
                    kept.add(f);
                    continue;
                }
                String detail = identical
                        ? first.indicator() + " " + first.period().text() + " repeats line " + first.rowNumber() + onSheet(first)
                        : first.indicator() + " " + first.period().text() + " has conflicting figures on lines " + lines;
                rejections.add(new Rejection(Rule.R011_DUPLICATE_ROW, f.rowNumber(), "indicator", f.laCode(), detail, f.indicator(),
                        f.sheet()));
            }
        }
        return kept;
    }

    private static String onSheet(AcceptedFigure f) {
        return f.sheet() == null ? "" : " of sheet '" + f.sheet() + "'";
    }

    private static boolean sameFigure(AcceptedFigure a, AcceptedFigure b) {
        return Objects.equals(a.numerator(), b.numerator()) && Objects.equals(a.denominator(), b.denominator())
                && Objects.equals(a.value(), b.value()) && Objects.equals(a.status(), b.status());
    }

    private static ReturnFileResult refused(String layout, String encoding, int received, List<Rejection> why) {
        return new ReturnFileResult(layout, encoding, null, received, List.of(), why, true);
    }
}
