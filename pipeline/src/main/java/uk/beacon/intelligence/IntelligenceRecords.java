package uk.beacon.intelligence;

import java.time.LocalDate;

/** The typed rows of the three soft-intelligence kinds, after validation. */
public final class IntelligenceRecords {

    private IntelligenceRecords() {
    }

    public record Note(int line, String noteId, String laCode, LocalDate observedOn, String category, String signal,
                       int severity, String tlp, String source, String summary) {
    }

    public record PeerReview(int line, String laCode, String reviewType, LocalDate startedOn, LocalDate completedOn,
                             String leadOrganisation, String summary) {
    }

    public record Inspection(int line, String laCode, String inspectionType, LocalDate inspectionDate, LocalDate publishedOn,
                             String overallEffectiveness) {
    }
}
