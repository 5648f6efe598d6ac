package uk.beacon.intelligence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.beacon.audience.Tlp;
import uk.beacon.ingest.Rejection;
import uk.beacon.ingest.Rule;
import uk.beacon.ingest.Table;
import uk.beacon.reference.AuthorityDirectory;

/**
 * Validates a notes, peer-review or inspection file (recognised by its header). Every free
 * text field passes the {@link PersonalDataScreen}; a rejection for personal data says what
 * kind was found and at which character, and never carries the text itself.
 */
public final class IntelligenceValidator {

    public static final Set<String> CATEGORIES = Set.of("LEADERSHIP_CHANGE", "WORKFORCE", "PRACTICE", "COMPLAINTS", "PARTNERSHIP",
            "INSPECTION", "DATA_QUALITY", "FINANCE", "OTHER");
    public static final Set<String> SIGNALS = Set.of("concern", "reassurance");
    public static final Set<String> JUDGEMENTS = Set.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate");
    static final int SUMMARY_LIMIT = 1_000;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** What a file gave: its kind and typed rows, or the reasons rows or the whole file were refused. */
    public record Result(IntelligenceKind kind, int received, List<IntelligenceRecords.Note> notes,
                         List<IntelligenceRecords.PeerReview> reviews, List<IntelligenceRecords.Inspection> inspections,
                         List<Rejection> rejections, boolean fileRefused) {

        public int accepted() {
            return notes.size() + reviews.size() + inspections.size();
        }
    }

    private final AuthorityDirectory authorities;
    private final LocalDate today;

    public IntelligenceValidator(AuthorityDirectory authorities, LocalDate today) {
        this.authorities = authorities;
        this.today = today;
    }

    public Result validate(Table table) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String h = table.header().get(i);
            if (h != null && !h.isBlank()) {
                header.putIfAbsent(h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
            }
        }
        if (header.isEmpty()) {
            return refused(null, 0, Rejection.ofFile(Rule.F001_EMPTY_FILE, null));
        }
        IntelligenceKind kind = IntelligenceKind.detect(header.keySet());
        if (kind == null) {
            return refused(null, 0, Rejection.ofFile(Rule.F004_MISSING_COLUMNS,
                    "the header names no note_id, review_type or inspection_type column (header was: " + String.join(",", header.keySet()) + ")"));
        }
        List<String> missing = kind.requiredColumns().stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return refused(kind, 0, Rejection.ofFile(Rule.F004_MISSING_COLUMNS, "missing " + String.join(", ", missing)));
        }
        if (table.rows().isEmpty()) {
            return refused(kind, 0, Rejection.ofFile(Rule.F002_HEADER_ONLY, null));
        }
        Result out = new Result(kind, table.rows().size(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), false);
        for (Table.Row row : table.rows()) {
            Row r = new Row(row, header);
            switch (kind) {
                case NOTES -> note(r, out);
                case PEER_REVIEWS -> review(r, out);
                case INSPECTIONS -> inspection(r, out);
            }
            out.rejections().addAll(r.problems);
        }
        return out;
    }

    private void note(Row r, Result out) {
        String id = r.required("note_id");
        LocalDate observed = r.date("observed_on", true);
        String la = r.authority(authorities, observed);
        String category = r.oneOf("category", CATEGORIES, true);
        String signal = r.oneOf("signal", SIGNALS, false);
        String severityText = r.oneOf("severity", Set.of("1", "2", "3"), false);
        String tlp = tlp(r);
        String source = r.required("source");
        if (PersonNames.looksLikeAPerson(source)) {
            r.problem(Rule.N006_SOURCE_IS_A_PERSON, "source", null, null); // not echoed: it may be a name
        }
        String summary = r.freeText("summary", true);
        if (r.ok()) {
            out.notes().add(new IntelligenceRecords.Note(r.line(), id, la, observed, category, signal,
                    Integer.parseInt(severityText), tlp, source, summary));
        }
    }

    private void review(Row r, Result out) {
        LocalDate started = r.date("started_on", true);
        LocalDate completed = r.date("completed_on", false);
        String la = r.authority(authorities, started);
        String type = r.required("review_type");
        String summary = r.freeText("summary", false);
        if (started != null && completed != null && completed.isBefore(started)) {
            r.problem(Rule.N008_DATES_OUT_OF_ORDER, "completed_on", "completed " + completed + " before started " + started, r.get("completed_on"));
        }
        if (r.ok()) {
            out.reviews().add(new IntelligenceRecords.PeerReview(r.line(), la, type, started, completed, r.get("lead_organisation"), summary));
        }
    }

    private void inspection(Row r, Result out) {
        LocalDate date = r.date("inspection_date", true);
        LocalDate published = r.date("published_on", false);
        String la = r.authority(authorities, date);
        String type = r.required("inspection_type");
        String judgement = r.get("overall_effectiveness");
        if (judgement != null && JUDGEMENTS.stream().noneMatch(j -> j.equalsIgnoreCase(judgement))) {
            r.problem(Rule.N003_NOT_AN_ALLOWED_VALUE, "overall_effectiveness", "'" + judgement + "' is not one of " + JUDGEMENTS, judgement);
        }
        if (date != null && published != null && published.isBefore(date)) {
            r.problem(Rule.N008_DATES_OUT_OF_ORDER, "published_on", "published " + published + " before inspected " + date, r.get("published_on"));
        }
        String normalised = judgement == null ? null : JUDGEMENTS.stream().filter(j -> j.equalsIgnoreCase(judgement)).findFirst().orElse(judgement);
        if (r.ok()) {
            out.inspections().add(new IntelligenceRecords.Inspection(r.line(), la, type, date, published, normalised));
        }
    }

    /** TLP 2.0 levels, written with or without the "TLP:" prefix, in any case. */
    private static String tlp(Row r) {
        String raw = r.required("tlp");
        if (raw == null) {
            return null;
        }
        try {
            return Tlp.parse(raw).level();
        } catch (IllegalArgumentException e) {
            r.problem(Rule.N003_NOT_AN_ALLOWED_VALUE, "tlp", "'" + raw + "' is not one of " + Tlp.levels(), raw);
            return null;
        }
    }

    private static Result refused(IntelligenceKind kind, int received, Rejection why) {
        return new Result(kind, received, List.of(), List.of(), List.of(), List.of(why), true);
    }

    /** One row being validated, collecting its problems. */
    private final class Row {
        private final Table.Row row;
        private final Map<String, Integer> header;
        private final List<Rejection> problems = new ArrayList<>();
        private String laCode;

        Row(Table.Row row, Map<String, Integer> header) {
            this.row = row;
            this.header = header;
        }

        int line() {
            return row.line();
        }

        boolean ok() {
            return problems.isEmpty();
        }

        String get(String column) {
            Integer i = header.get(column);
            String v = i == null ? null : row.cell(i);
            return v == null || v.isBlank() ? null : v.trim();
        }

        String required(String column) {
            String v = get(column);
            if (v == null) {
                problem(Rule.N001_REQUIRED_FIELD, column, column + " is blank", null);
            }
            return v;
        }

        String oneOf(String column, Set<String> allowed, boolean upperCase) {
            String v = required(column);
            if (v == null) {
                return null;
            }
            String n = upperCase ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
            if (n.endsWith(".0")) {
                n = n.substring(0, n.length() - 2); // a severity typed into Excel as a number
            }
            if (!allowed.contains(n)) {
                problem(Rule.N003_NOT_AN_ALLOWED_VALUE, column, "'" + v + "' is not one of " + allowed.stream().sorted().toList(), v);
                return null;
            }
            return n;
        }

        LocalDate date(String column, boolean required) {
            String v = required ? required(column) : get(column);
            if (v == null) {
                return null;
            }
            LocalDate d;
            try {
                d = v.contains("/") ? LocalDate.parse(v, UK_DATE) : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
            } catch (DateTimeParseException e) {
                problem(Rule.N002_INVALID_DATE, column, "'" + v + "'", v);
                return null;
            }
            if (d.isAfter(today)) {
                problem(Rule.N007_FUTURE_DATE, column, column + " " + d + " is after " + today, v);
            }
            return d;
        }

        String authority(AuthorityDirectory dir, LocalDate on) {
            String code = required("la_code");
            if (code == null) {
                return null;
            }
            if (on == null) {
                laCode = dir.resolve(code).orElse(null);
                if (laCode == null) {
                    problem(Rule.R001_UNKNOWN_AUTHORITY, "la_code", dir.unknownDetail(code), code);
                }
                return laCode;
            }
            AuthorityDirectory.Resolution res = dir.resolve(code, on, on);
            laCode = res.dfeCode();
            if (!res.resolved()) {
                problem(res.problem() == null ? Rule.R001_UNKNOWN_AUTHORITY : Rule.R015_AUTHORITY_NOT_OPERATING, "la_code",
                        res.problem() == null ? dir.unknownDetail(code) : res.problem(), code);
            }
            return laCode;
        }

        /** Free text: length limit and the personal-data screen. The text never goes into a rejection. */
        String freeText(String column, boolean required) {
            String v = required ? required(column) : get(column);
            if (v == null) {
                return null;
            }
            if (v.length() > SUMMARY_LIMIT) {
                problem(Rule.N004_SUMMARY_TOO_LONG, column, v.length() + " characters", null);
            }
            for (PersonalDataScreen.Finding f : PersonalDataScreen.scan(v)) {
                problem(Rule.N005_PERSONAL_DATA, column, f.kind().description() + " at characters " + (f.start() + 1) + "-" + f.end(), null);
            }
            return v;
        }

        void problem(Rule rule, String column, String detail, String offending) {
            problems.add(new Rejection(rule, row.line(), column, laCode, detail, offending));
        }
    }
}
