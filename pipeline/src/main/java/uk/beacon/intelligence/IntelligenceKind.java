package uk.beacon.intelligence;

import java.util.List;
import java.util.Set;

/** The three kinds of soft-intelligence file (inputs contract sections 2-4), recognised by their header. */
public enum IntelligenceKind {
    NOTES(List.of("note_id", "la_code", "observed_on", "category", "signal", "severity", "tlp", "source", "summary")),
    PEER_REVIEWS(List.of("la_code", "review_type", "started_on")),
    INSPECTIONS(List.of("la_code", "inspection_type", "inspection_date"));

    private final List<String> required;

    IntelligenceKind(List<String> required) {
        this.required = required;
    }

    public List<String> requiredColumns() {
        return required;
    }

    /** The kind a header names by its key column, or null. */
    public static IntelligenceKind detect(Set<String> header) {
        if (header.contains("note_id")) {
            return NOTES;
        }
        if (header.contains("review_type")) {
            return PEER_REVIEWS;
        }
        if (header.contains("inspection_type")) {
            return INSPECTIONS;
        }
        return null;
    }
}
