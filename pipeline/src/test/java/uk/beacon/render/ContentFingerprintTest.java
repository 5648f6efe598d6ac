package uk.beacon.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.beacon.reports.format.NoteLine;

/** What an output says, fingerprinted: equal for equal content, different for any change, every template counted. */
class ContentFingerprintTest {

    record Model(String label, List<NoteLine> notes, Double value) {
    }

    @Test
    void equalReportsGiveEqualFingerprintsAndAnyChangeADifferentOne() {
        NoteLine note = new NoteLine("2026-10-01", "workforce", "concern", 3, "TLP:AMBER", "Regional DCS network", "Turnover rising");
        String a = ContentFingerprint.ofReport("authority-dashboard", new Model("North Fells", List.of(note), 12.5));
        assertThat(ContentFingerprint.ofReport("authority-dashboard", new Model("North Fells", List.of(note), 12.5))).isEqualTo(a);
        assertThat(ContentFingerprint.ofReport("authority-dashboard", new Model("North Fells", List.of(note), 12.6))).isNotEqualTo(a);
        assertThat(ContentFingerprint.ofReport("authority-dashboard", new Model("North Fells", List.of(), 12.5))).isNotEqualTo(a);
        assertThat(ContentFingerprint.ofReport("regional-pack", new Model("North Fells", List.of(note), 12.5))).isNotEqualTo(a);
    }

    @Test
    void tablesDifferWhenACellMovesBetweenColumns() {
        String[] header = {"a", "b"};
        String one = ContentFingerprint.ofTable("t", "Sheet", "TLP:GREEN", header, List.<String[]>of(new String[] {"ab", "c"}));
        String two = ContentFingerprint.ofTable("t", "Sheet", "TLP:GREEN", header, List.<String[]>of(new String[] {"a", "bc"}));
        assertThat(one).isNotEqualTo(two);
        assertThat(ContentFingerprint.ofTable("t", "Sheet", "TLP:AMBER", header, List.<String[]>of(new String[] {"ab", "c"})))
                .isNotEqualTo(one);
    }

    @Test
    void everyReportTemplateIsCounted() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "reports", "templates"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jrxml")))
                    .containsExactlyInAnyOrderElementsOf(ContentFingerprint.TEMPLATES);
        }
    }
}
