package uk.beacon.reports.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import uk.beacon.reports.SampleTriage;

class TriageFormatTest {

    @Test
    void introAndWithheldSentencesAgreeInNumber() {
        assertThat(TriageFormat.intro(1, 1)).isEqualTo("1 authority with an open or new peer-review trigger; "
                + "1 whose peer review is overdue (more than 24 months since the last completed review).");
        assertThat(TriageFormat.intro(3, 0)).startsWith("3 authorities with an open or new peer-review trigger; 0 whose");
        assertThat(TriageFormat.withheldSentence(0)).isNull();
        assertThat(TriageFormat.withheldSentence(1)).isEqualTo("1 evidence line rests on a note above this audience's sharing level and is not shown.");
        assertThat(TriageFormat.withheldSentence(5)).isEqualTo("5 evidence lines rest on notes above this audience's sharing level and are not shown.");
    }

    @Test
    void levelsAreSpeltOutWhateverTheirSpelling() {
        assertThat(TriageFormat.levelLabel("serious concern")).isEqualTo("SERIOUS CONCERN");
        assertThat(TriageFormat.levelLabel("SERIOUS_CONCERN")).isEqualTo("SERIOUS CONCERN");
        assertThat(TriageFormat.levelKey("Serious-concern")).isEqualTo("SERIOUS_CONCERN");
        assertThat(TriageFormat.levelLabel("watch")).isEqualTo("WATCH");
        assertThat(TriageFormat.levelLabel(null)).isEqualTo("LEVEL NOT SET");
        assertThat(TriageFormat.levelKey("alarming")).isEmpty();
        assertThat(TriageFormat.levelLabel("alarming")).isEqualTo("ALARMING");
    }

    @Test
    void headlineAndReviewLine() {
        assertThat(TriageFormat.headline(SampleTriage.DUNECLIFFE)).isEqualTo("Dunecliffe (975) · South Coast · SERIOUS CONCERN (score 30.7)");
        assertThat(TriageFormat.reviewLine(SampleTriage.DUNECLIFFE)).isEqualTo("Trigger T-975-2026-04 opened April 2026 · status: open · "
                + "last completed peer review: 20 April 2024 (30 months ago) · REVIEW OVERDUE");
        assertThat(TriageFormat.reviewLine(SampleTriage.HOLMCROSS)).contains("no completed peer review on record");
        assertThat(TriageFormat.monthsAgo(1)).isEqualTo("1 month ago");
        assertThat(TriageFormat.score(Double.NaN)).isEqualTo("no score");
        // Markup escapes the authority's own text.
        assertThat(TriageFormat.headlineMarkup(SampleTriage.MARSHBY)).contains("Marshby &amp; Fenwold (931)")
                .contains("<style forecolor=\"#8A5A00\">CONCERN</style>");
    }

    @Test
    void evidenceIsCappedAtEightLinesThenCounted() {
        String twelve = TriageFormat.evidence(SampleTriage.twelveSignals());
        List<String> lines = Arrays.asList(twelve.split("\n"));
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("• [9.5] SIGNAL_01 Evidence line number 1");
        assertThat(lines.get(8)).isEqualTo("… and 4 more signals (see beacon explain)");
        List<String> nine = new ArrayList<>(SampleTriage.twelveSignals().subList(0, 9));
        assertThat(TriageFormat.evidence(nine)).endsWith("… and 1 more signal (see beacon explain)");
        assertThat(TriageFormat.evidence(SampleTriage.twelveSignals().subList(0, 8))).doesNotContain("more signal");
        assertThat(TriageFormat.evidence(List.of())).isEmpty();
        assertThat(TriageFormat.evidence(nine, "ask a data lead")).endsWith("… and 1 more signal (ask a data lead)");
    }
}
