package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** config/ingest.properties: the shipped values, overrides, plain-word errors, and the fingerprint that re-tries refused files. */
class IngestSettingsTest {

    @Test
    void theShippedSettingsAreTheDocumentedDefaults() {
        IngestSettings s = IngestSettings.load();
        assertThat(s.maxFileBytes()).isEqualTo(100L << 20);
        assertThat(s.limits()).isEqualTo(ReadLimits.DEFAULT);
        assertThat(s.maxRejectionsPerRule()).isEqualTo(100);
        assertThat(s.maxValueCharacters()).isEqualTo(200);
        assertThat(s.consolidatedRegions()).isEmpty();
    }

    @Test
    void aRegionIsAcceptedByCodeOrNameAndAStarAcceptsEvery() throws Exception {
        IngestSettings s = with("consolidated-files.regions = E12000001, North Demo\n");
        assertThat(s.acceptsConsolidatedFrom("E12000001", "North East")).isTrue();
        assertThat(s.acceptsConsolidatedFrom("E12999999", "north demo")).isTrue();
        assertThat(s.acceptsConsolidatedFrom("E12000002", "Yorkshire")).isFalse();
        assertThat(s.acceptsConsolidatedFrom(null, null)).isFalse();
        assertThat(with("consolidated-files.regions = *\n").acceptsConsolidatedFrom(null, null)).isTrue();
    }

    @Test
    void anyChangeOfASettingChangesTheFingerprint() throws Exception {
        assertThat(with("max-columns = 999\n").fingerprint()).isNotEqualTo(IngestSettings.load().fingerprint());
        assertThat(with("max-columns = 1000\n").fingerprint()).isEqualTo(IngestSettings.load().fingerprint());
    }

    @Test
    void aWrongValueIsNamedInPlainWords() {
        assertThatThrownBy(() -> with("max-rows-per-file = lots\n")).hasMessageContaining("'max-rows-per-file' must be a positive number, not 'lots'");
        assertThatThrownBy(() -> with("max-columns = 2.5\n")).hasMessageContaining("'max-columns' must be a whole number");
    }

    @Test
    void namesBeaconNeverTakesAsAFileName() {
        assertThat(Intake.oddName("..\\..\\evil.csv")).contains("'\\'");
        assertThat(Intake.oddName("bad\nname.csv")).contains("control character");
        assertThat(Intake.oddName(" padded.csv")).contains("space");
        assertThat(Intake.oddName("x".repeat(300) + ".csv")).contains("longer than");
        assertThat(Intake.oddName("951-2026-10 return (final).csv")).isNull();
    }

    @Test
    void aRejectionIsCutWithAMarkerAndCappedPerRule() {
        assertThat(Rejection.cut("abcdef", 3)).isEqualTo("abc [... cut: 6 characters in all]");
        RejectionCap cap = new RejectionCap(2, 10);
        for (int line = 2; line < 7; line++) {
            cap.add(new Rejection(Rule.R006_NOT_A_NUMBER, line, "value", "805", "'x'", "x".repeat(50)));
        }
        cap.add(new Rejection(Rule.R002_UNKNOWN_INDICATOR, 9, "indicator", "805", "'Y'", "Y"));
        assertThat(cap.result()).hasSize(4);
        assertThat(cap.result().get(0).offendingValue()).startsWith("xxxxxxxxxx [... cut: 50");
        Rejection more = cap.result().get(3);
        assertThat(more.rule()).isEqualTo(Rule.R006_NOT_A_NUMBER);
        assertThat(more.rowNumber()).isEqualTo(4);
        assertThat(more.message()).contains("3 more rows like this, lines 4 to 6");
    }

    private static IngestSettings with(String overrides) throws Exception {
        Properties p = new Properties();
        try (var in = uk.beacon.config.ConfigResources.reader(IngestSettings.FILE)) {
            p.load(in);
        }
        p.load(new StringReader(overrides));
        return IngestSettings.of(p);
    }
}
