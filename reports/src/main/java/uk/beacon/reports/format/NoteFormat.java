package uk.beacon.reports.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns soft-intelligence notes into the text the dashboard's "Soft intelligence" section prints.
 *
 * <p>As with {@link FigureFormat}, the wording is decided here rather than in JRXML expressions
 * so that it can be unit-tested: category codes in sentence case, signal and severity spelt
 * out, TLP labels normalised, the sentences about the audience and withheld notes with the
 * right singular or plural. The template only lays the pieces out.
 */
public final class NoteFormat {

    /** Separator between the parts of a note's first line (middle dot). */
    public static final String SEPARATOR = " \u00B7 ";

    /** What the section says when the audience may see no note (static text in the template; tests check they agree). */
    public static final String NO_NOTES = "No notes shared with this audience for this authority.";

    /** Okabe-Ito vermillion and bluish green, darkened so the bold word reads on white. */
    static final String CONCERN_COLOUR = "#B34700";
    static final String REASSURANCE_COLOUR = "#00735A";

    private NoteFormat() {
    }

    /** "LEADERSHIP_CHANGE" → "Leadership change"; "" for a missing category. */
    static String categoryLabel(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.strip().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static boolean isReassurance(String signal) {
        return signal != null && signal.strip().equalsIgnoreCase("reassurance");
    }

    /** "concern" → "Concern", "reassurance" → "Reassurance"; anything else in sentence case. */
    static String signalLabel(String signal) {
        return categoryLabel(signal);
    }

    /** 3 → "Severity 3 (high)"; a value outside 1–3 is printed as given. */
    static String severityLabel(int severity) {
        return switch (severity) {
            case 1 -> "Severity 1 (low)";
            case 2 -> "Severity 2 (medium)";
            case 3 -> "Severity 3 (high)";
            default -> "Severity " + severity;
        };
    }

    /** "amber" or "TLP:AMBER" → "TLP:AMBER"; "" when missing. */
    static String tlpLabel(String tlp) {
        if (tlp == null || tlp.isBlank()) {
            return "";
        }
        String label = tlp.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return label.startsWith("TLP:") ? label : "TLP:" + label;
    }

    /** TLP 2.0 label colours, as in the page header's marking (shown on black). */
    static String tlpColour(String tlpLabel) {
        String label = tlpLabel == null ? "" : tlpLabel;
        if (label.contains("RED")) {
            return "#FF2B2B";
        }
        if (label.contains("AMBER")) {
            return "#FFC000";
        }
        if (label.contains("GREEN")) {
            return "#33FF00";
        }
        return "#FFFFFF";
    }

    /** What a part of a note's first line is, so the markup can style it. */
    private enum Kind { PLAIN, SIGNAL, TLP }

    private record Part(String text, Kind kind) {
    }

    /**
     * The parts of a note's first line, in print order, empty ones left out:
     * date, category, signal, severity, TLP, "Source: …".
     */
    private static List<Part> parts(NoteLine note) {
        List<Part> parts = new ArrayList<>();
        add(parts, note.observedOn() == null ? "" : note.observedOn().strip(), Kind.PLAIN);
        add(parts, categoryLabel(note.category()), Kind.PLAIN);
        add(parts, signalLabel(note.signal()), Kind.SIGNAL);
        add(parts, severityLabel(note.severity()), Kind.PLAIN);
        add(parts, tlpLabel(note.tlp()), Kind.TLP);
        add(parts, note.source() == null || note.source().isBlank() ? "" : "Source: " + note.source().strip(), Kind.PLAIN);
        return parts;
    }

    /** The first line as plain text, e.g. "14 August 2026 · Leadership change · Concern · …". */
    static String headline(NoteLine note) {
        return String.join(SEPARATOR, parts(note).stream().map(Part::text).toList());
    }

    /**
     * The first line as Jasper "styled" markup, reading as {@link #headline} once the tags are
     * stripped (the TLP label gains a no-break space each side, its padding): the signal word
     * bold in its colour (the word itself carries the meaning in greyscale), the TLP label bold
     * in its TLP colour on black, as TLP 2.0 shows labels. The note's own text is XML-escaped,
     * so a source with {@code <} or {@code &} prints as written.
     */
    public static String headlineMarkup(NoteLine note) {
        List<Part> parts = parts(note);
        StringBuilder markup = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (i > 0) {
                markup.append(SEPARATOR);
            }
            String text = escape(part.text());
            switch (part.kind()) {
                case SIGNAL -> markup.append("<style isBold=\"true\" forecolor=\"")
                        .append(isReassurance(note.signal()) ? REASSURANCE_COLOUR : CONCERN_COLOUR)
                        .append("\">").append(text).append("</style>");
                // No-break spaces pad the label inside its black background.
                case TLP -> markup.append("<style isBold=\"true\" forecolor=\"").append(tlpColour(part.text()))
                        .append("\" backcolor=\"#000000\">\u00A0").append(text).append("\u00A0</style>");
                default -> markup.append(text);
            }
        }
        return markup.toString();
    }

    /** The intro of the named recipients' restricted notes. */
    public static String restrictedIntro(String audienceLabel) {
        return "Restricted notes (TLP:AMBER+STRICT and TLP:RED) about any authority, observed in the last 12 months, most recent "
                + "first: for " + (audienceLabel == null || audienceLabel.isBlank() ? "the named recipients" : audienceLabel.strip())
                + " only. Do not forward.";
    }

    /** "Notes shared with this audience (North Fells), most recent first." */
    public static String intro(String audienceLabel) {
        if (audienceLabel == null || audienceLabel.isBlank()) {
            return "Notes shared with this audience, most recent first.";
        }
        return "Notes shared with this audience (" + audienceLabel.strip() + "), most recent first.";
    }

    /** The sentence saying how many notes are withheld, or null when none are. */
    public static String withheldSentence(int withheld) {
        if (withheld <= 0) {
            return null;
        }
        if (withheld == 1) {
            return "1 further note about this authority exists above this audience's sharing level (TLP) and is not shown.";
        }
        return withheld + " further notes about this authority exist above this audience's sharing level (TLP) and are not shown.";
    }

    /** Escapes text for Jasper's styled-text parser (XML). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void add(List<Part> parts, String text, Kind kind) {
        if (!text.isEmpty()) {
            parts.add(new Part(text, kind));
        }
    }
}
