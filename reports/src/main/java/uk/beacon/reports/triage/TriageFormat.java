package uk.beacon.reports.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.beacon.reports.format.FigureFormat;
import uk.beacon.reports.format.NoteFormat;

/**
 * The wording of the peer-review triage (peer-review-triage.jrxml), decided here so that it can
 * be unit-tested: the intro and withheld sentences with the right singular or plural, the
 * concern level spelt out in capitals with its colour, the trigger and review line, and the
 * evidence lines capped at {@link #MAX_EVIDENCE_LINES}. The template only lays the pieces out.
 */
public final class TriageFormat {

    /** Evidence lines shown per trigger; the rest are counted ("… and K more signals"). */
    static final int MAX_EVIDENCE_LINES = 8;

    /** Months after which a peer review is overdue (the intro sentence says so). */
    static final int REVIEW_INTERVAL_MONTHS = 24;

    /** What the sections say when they are empty (static text in the templates; tests check they agree). */
    public static final String NO_TRIGGERS = "No open or new triggers this month.";
    public static final String NO_OVERDUE = "No reviews overdue.";

    private static final String SEPARATOR = NoteFormat.SEPARATOR;

    private TriageFormat() {
    }

    /** The concern levels, least to most serious, with their Okabe-Ito colours. */
    enum Level {
        NONE("NONE", "#5F5F5F", "#BBBBBB"),
        WATCH("WATCH", "#0063A0", "#56B4E9"),
        CONCERN("CONCERN", "#8A5A00", "#E69F00"),
        SERIOUS_CONCERN("SERIOUS CONCERN", "#B34700", "#D55E00");

        /** What the report prints: the word carries the meaning in greyscale. */
        final String label;
        /** Text colour, darkened from the bar colour so it reads on white. */
        final String textColour;
        /** The block's left bar. */
        final String barColour;

        Level(String label, String textColour, String barColour) {
            this.label = label;
            this.textColour = textColour;
            this.barColour = barColour;
        }

        /** "serious concern", "SERIOUS_CONCERN", "Serious-concern" → SERIOUS_CONCERN; unknown or missing → null. */
        static Level of(String level) {
            if (level == null || level.isBlank()) {
                return null;
            }
            String key = level.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
            for (Level l : values()) {
                if (l.name().equals(key)) {
                    return l;
                }
            }
            return null;
        }
    }

    /** "SERIOUS CONCERN"; an unknown level in capitals as given; "LEVEL NOT SET" when missing. */
    public static String levelLabel(String level) {
        Level l = Level.of(level);
        if (l != null) {
            return l.label;
        }
        return level == null || level.isBlank() ? "LEVEL NOT SET" : level.strip().toUpperCase(Locale.UK);
    }

    /** The level's key for the templates' conditional styles: "SERIOUS_CONCERN", …, or "" when unknown. */
    public static String levelKey(String level) {
        Level l = Level.of(level);
        return l == null ? "" : l.name();
    }

    static String levelTextColour(String level) {
        Level l = Level.of(level);
        return l == null ? "#1A1A1A" : l.textColour;
    }

    /** "3 authorities with an open or new peer-review trigger; 2 whose peer review is overdue (more than 24 months …)." */
    public static String intro(int triggered, int overdue) {
        return triggered + (triggered == 1 ? " authority" : " authorities") + " with an open or new peer-review trigger; "
                + overdue + " whose peer review is overdue (more than " + REVIEW_INTERVAL_MONTHS
                + " months since the last completed review).";
    }

    /** The sentence about withheld evidence, or null when none is withheld. */
    public static String withheldSentence(int withheld) {
        if (withheld <= 0) {
            return null;
        }
        if (withheld == 1) {
            return "1 evidence line rests on a note above this audience's sharing level and is not shown.";
        }
        return withheld + " evidence lines rest on notes above this audience's sharing level and are not shown.";
    }

    /** "Period: October 2026 · Data as of 23 November 2026 · Audience: sector-led improvement body", empty parts left out. */
    public static String headerLine(TriageReport report) {
        List<String> parts = new ArrayList<>();
        if (!blank(report.periodLabel())) {
            parts.add("Period: " + report.periodLabel().strip());
        }
        if (!blank(report.dataAsOf())) {
            parts.add("Data as of " + report.dataAsOf().strip());
        }
        if (!blank(report.audienceLabel())) {
            parts.add("Audience: " + report.audienceLabel().strip());
        }
        return String.join("    \u00B7    ", parts);
    }

    /** "Dunecliffe (975)"; the name alone when there is no code. */
    static String authority(TriageRow row) {
        String name = blank(row.laName()) ? "Unnamed authority" : row.laName().strip();
        return blank(row.laCode()) ? name : name + " (" + row.laCode().strip() + ")";
    }

    /** "score 30.7" (one decimal place, halves up), or "no score" when it is not a number. */
    static String score(double score) {
        if (Double.isNaN(score) || Double.isInfinite(score)) {
            return "no score";
        }
        return "score " + FigureFormat.figure(score, "score");
    }

    /** The block's first line as plain text: "Dunecliffe (975) · South Coast · SERIOUS CONCERN (score 30.7)". */
    static String headline(TriageRow row) {
        return headlinePrefix(row) + levelLabel(row.level()) + " (" + score(row.score()) + ")";
    }

    /** {@link #headline} as Jasper styled markup: the level in its colour (the field itself is bold). */
    static String headlineMarkup(TriageRow row) {
        return NoteFormat.escape(headlinePrefix(row)) + "<style forecolor=\"" + levelTextColour(row.level()) + "\">"
                + NoteFormat.escape(levelLabel(row.level())) + "</style>" + NoteFormat.escape(" (" + score(row.score()) + ")");
    }

    private static String headlinePrefix(TriageRow row) {
        String prefix = authority(row) + SEPARATOR;
        return blank(row.regionName()) ? prefix : prefix + row.regionName().strip() + SEPARATOR;
    }

    /** "last completed peer review: 20 April 2024 (30 months ago)" or "no completed peer review on record". */
    static String lastReview(TriageRow row) {
        if (row.monthsSinceReview() == null) {
            return "no completed peer review on record";
        }
        String when = blank(row.lastReviewLabel()) ? "date not recorded" : row.lastReviewLabel().strip();
        return "last completed peer review: " + when + " (" + monthsAgo(row.monthsSinceReview()) + ")";
    }

    /** "1 month ago", "30 months ago". */
    static String monthsAgo(int months) {
        return months == 1 ? "1 month ago" : months + " months ago";
    }

    /**
     * The block's second line as plain text: "Trigger T-975-2026-04 opened April 2026 · status: open ·
     * last completed peer review: 20 April 2024 (30 months ago) · REVIEW OVERDUE".
     */
    static String reviewLine(TriageRow row) {
        return String.join(SEPARATOR, reviewLineParts(row, false));
    }

    /** {@link #reviewLine} as styled markup: the trigger id and the overdue mark bold. */
    static String reviewLineMarkup(TriageRow row) {
        return String.join(SEPARATOR, reviewLineParts(row, true));
    }

    private static List<String> reviewLineParts(TriageRow row, boolean markup) {
        List<String> parts = new ArrayList<>();
        String trigger = blank(row.triggerId()) ? "No trigger" : "Trigger " + bold(row.triggerId().strip(), markup);
        if (!blank(row.openedPeriodLabel())) {
            trigger += " opened " + esc(row.openedPeriodLabel().strip(), markup);
        }
        parts.add(trigger);
        if (!blank(row.status())) {
            parts.add("status: " + esc(row.status().strip(), markup));
        }
        parts.add(esc(lastReview(row), markup));
        if (row.reviewOverdue()) {
            parts.add(markup ? "<style isBold=\"true\" forecolor=\"" + Level.SERIOUS_CONCERN.textColour + "\">REVIEW OVERDUE</style>"
                    : "REVIEW OVERDUE");
        }
        return parts;
    }

    /**
     * The evidence lines to print, one per line: at most {@link #MAX_EVIDENCE_LINES}, then
     * "… and K more signals (see beacon explain)"; "" when there is none.
     */
    static String evidence(List<String> evidence) {
        return evidence(evidence, "see beacon explain");
    }

    /** As {@link #evidence(List)}, with {@code whereTheRestAre} in the brackets of the last line. */
    static String evidence(List<String> evidence, String whereTheRestAre) {
        List<String> lines = new ArrayList<>();
        for (String line : evidence) {
            if (line != null && !line.isBlank()) {
                lines.add(line.strip().replaceAll("\\s+", " "));
            }
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_EVIDENCE_LINES, lines.size()); i++) {
            shown.add("\u2022 " + lines.get(i));
        }
        int more = lines.size() - MAX_EVIDENCE_LINES;
        if (more > 0) {
            shown.add("\u2026 and " + more + (more == 1 ? " more signal" : " more signals") + " (" + whereTheRestAre + ")");
        }
        return String.join("\n", shown);
    }

    /**
     * One map per triggered authority, in the order given; keys match peer-review-triage.jrxml's
     * fields. With none, one placeholder record, so that the same band prints the section's
     * intro and heading with "No open or new triggers this month.".
     */
    public static JRMapCollectionDataSource triggered(List<TriageRow> rows) {
        return triggered(rows, row -> "see beacon explain");
    }

    /** As {@link #triggered(List)}, saying for each row where the evidence lines not shown can be read. */
    public static JRMapCollectionDataSource triggered(List<TriageRow> rows, java.util.function.Function<TriageRow, String> whereTheRestAre) {
        List<Map<String, ?>> records = new ArrayList<>(rows.size());
        for (TriageRow row : rows) {
            Map<String, Object> record = new HashMap<>();
            record.put("headline", headlineMarkup(row));
            record.put("reviewLine", reviewLineMarkup(row));
            record.put("evidence", evidence(row.evidence(), whereTheRestAre.apply(row)));
            record.put("support", supportMarkup(row.support()));
            record.put("level", levelKey(row.level()));
            record.put("placeholder", false);
            records.add(record);
        }
        if (records.isEmpty()) {
            // The template's detail band prints the intro, the heading and "No open or new triggers".
            Map<String, Object> placeholder = new HashMap<>();
            placeholder.put("evidence", "");
            placeholder.put("support", "");
            placeholder.put("level", "");
            placeholder.put("placeholder", true);
            records.add(placeholder);
        }
        return new JRMapCollectionDataSource(records);
    }

    /**
     * Who could help, as styled markup: a bold lead-in, then one line per suggestion (and any commissioned
     * support's outcome); empty when there is nothing to say.
     */
    static String supportMarkup(List<String> support) {
        if (support.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<style isBold=\"true\">Who could help on these indicators</style>"
                + NoteFormat.escape(" (marts.support_suggestions; beacon explain gives every figure):"));
        for (String line : support) {
            b.append('\n').append(NoteFormat.escape(line));
        }
        return b.toString();
    }

    /** One map per overdue review, in the order given; keys match peer-review-triage-overdue.jrxml's fields. */
    public static JRMapCollectionDataSource overdue(List<TriageRow> rows) {
        List<Map<String, ?>> records = new ArrayList<>(rows.size());
        for (TriageRow row : rows) {
            Map<String, Object> record = new HashMap<>();
            record.put("authority", authority(row));
            record.put("region", blank(row.regionName()) ? FigureFormat.NO_FIGURE : row.regionName().strip());
            record.put("lastReview", row.monthsSinceReview() == null ? "None on record"
                    : blank(row.lastReviewLabel()) ? "Date not recorded" : row.lastReviewLabel().strip());
            record.put("monthsSince", row.monthsSinceReview() == null ? FigureFormat.NO_FIGURE : String.valueOf(row.monthsSinceReview()));
            record.put("levelLabel", levelLabel(row.level()));
            record.put("level", levelKey(row.level()));
            records.add(record);
        }
        return new JRMapCollectionDataSource(records);
    }

    private static String bold(String text, boolean markup) {
        return markup ? "<style isBold=\"true\">" + NoteFormat.escape(text) + "</style>" : text;
    }

    private static String esc(String text, boolean markup) {
        return markup ? NoteFormat.escape(text) : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
