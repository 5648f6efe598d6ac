package uk.beacon.reports.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.beacon.reports.SampleDashboards;

class NoteFormatTest {

    @Test
    void categoryCodesReadInSentenceCase() {
        assertThat(NoteFormat.categoryLabel("LEADERSHIP_CHANGE")).isEqualTo("Leadership change");
        assertThat(NoteFormat.categoryLabel("DATA_QUALITY")).isEqualTo("Data quality");
        assertThat(NoteFormat.categoryLabel("workforce")).isEqualTo("Workforce");
        assertThat(NoteFormat.categoryLabel(" OTHER ")).isEqualTo("Other");
        assertThat(NoteFormat.categoryLabel(null)).isEmpty();
        assertThat(NoteFormat.categoryLabel(" ")).isEmpty();
    }

    @Test
    void signalSeverityAndTlpAreSpeltOut() {
        assertThat(NoteFormat.signalLabel("concern")).isEqualTo("Concern");
        assertThat(NoteFormat.signalLabel("REASSURANCE")).isEqualTo("Reassurance");
        assertThat(NoteFormat.isReassurance(" Reassurance ")).isTrue();
        assertThat(NoteFormat.isReassurance("concern")).isFalse();
        assertThat(NoteFormat.isReassurance(null)).isFalse();
        assertThat(NoteFormat.severityLabel(1)).isEqualTo("Severity 1 (low)");
        assertThat(NoteFormat.severityLabel(2)).isEqualTo("Severity 2 (medium)");
        assertThat(NoteFormat.severityLabel(3)).isEqualTo("Severity 3 (high)");
        assertThat(NoteFormat.severityLabel(4)).isEqualTo("Severity 4");
        assertThat(NoteFormat.tlpLabel("amber")).isEqualTo("TLP:AMBER");
        assertThat(NoteFormat.tlpLabel("TLP:AMBER+STRICT")).isEqualTo("TLP:AMBER+STRICT");
        assertThat(NoteFormat.tlpLabel(" tlp:clear ")).isEqualTo("TLP:CLEAR");
        assertThat(NoteFormat.tlpLabel(null)).isEmpty();
        assertThat(NoteFormat.tlpColour("TLP:AMBER+STRICT")).isEqualTo("#FFC000");
        assertThat(NoteFormat.tlpColour("TLP:CLEAR")).isEqualTo("#FFFFFF");
    }

    @Test
    void firstLineIsCompactAndLeavesOutWhatIsMissing() {
        assertThat(NoteFormat.headline(SampleDashboards.LEADERSHIP)).isEqualTo(
                "14 August 2026 · Leadership change · Concern · Severity 3 (high) · TLP:AMBER · Source: Regional DCS network");
        NoteLine sparse = new NoteLine(null, "FINANCE", "reassurance", 1, null, " ", "Budget recovered.");
        assertThat(NoteFormat.headline(sparse)).isEqualTo("Finance · Reassurance · Severity 1 (low)");
    }

    @Test
    void markupStylesSignalAndTlpAndEscapesTheNotesText() {
        String markup = NoteFormat.headlineMarkup(SampleDashboards.PARTNERSHIP);

        assertThat(markup).contains("<style isBold=\"true\" forecolor=\"" + NoteFormat.REASSURANCE_COLOUR + "\">Reassurance</style>",
                "backcolor=\"#000000\">\u00A0TLP:GREEN\u00A0</style>",
                "Source: Police &amp; health partners &lt;regional&gt;");
        // Without its tags and entities it reads as the plain first line (plus the label's padding).
        String plain = markup.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace("\u00A0", "");
        assertThat(plain).isEqualTo(NoteFormat.headline(SampleDashboards.PARTNERSHIP));
        assertThat(NoteFormat.headlineMarkup(SampleDashboards.LEADERSHIP))
                .contains("forecolor=\"" + NoteFormat.CONCERN_COLOUR + "\">Concern</style>");
    }

    @Test
    void introNamesTheAudienceWhenKnown() {
        assertThat(NoteFormat.intro("Regional ADCS group: North Fells"))
                .isEqualTo("Notes shared with this audience (Regional ADCS group: North Fells), most recent first.");
        assertThat(NoteFormat.intro(null)).isEqualTo("Notes shared with this audience, most recent first.");
        assertThat(NoteFormat.intro("  ")).isEqualTo("Notes shared with this audience, most recent first.");
    }

    @Test
    void withheldSentenceIsSingularPluralOrAbsent() {
        assertThat(NoteFormat.withheldSentence(0)).isNull();
        assertThat(NoteFormat.withheldSentence(-1)).isNull();
        assertThat(NoteFormat.withheldSentence(1)).isEqualTo(
                "1 further note about this authority exists above this audience's sharing level (TLP) and is not shown.");
        assertThat(NoteFormat.withheldSentence(3)).isEqualTo(
                "3 further notes about this authority exist above this audience's sharing level (TLP) and are not shown.");
    }
}
