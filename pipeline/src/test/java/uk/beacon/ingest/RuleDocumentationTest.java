package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/validation-rules.md must list every rule with its current message and fix. */
class RuleDocumentationTest {

    @Test
    void everyRuleIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "validation-rules.md"));
        for (Rule r : Rule.values()) {
            assertThat(doc).as(r.name()).contains("| " + r.id() + " | " + r.scope().name().toLowerCase() + " | " + r.message() + " | " + r.fix() + " |");
        }
    }

    @Test
    void everyIndicatorIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "indicators.md"));
        for (uk.beacon.catalogue.Indicator i : uk.beacon.catalogue.IndicatorCatalogue.builtIn().all()) {
            assertThat(doc).as(i.code()).contains("| `" + i.code() + "` | " + i.label() + " | " + i.unit() + " | ");
        }
    }
}
