package uk.beacon.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/data-dictionary.md says what the warehouse says about its marts, and every mart column is described. */
class DataDictionaryTest {

    static final Path DOC = Path.of("..", "docs", "data-dictionary.md");

    @Test
    void thePageMatchesTheWarehouse() throws Exception {
        String generated = DataDictionary.generate();
        assertThat(generated).as("every mart table and column is described in the warehouse")
                .doesNotContain(DataDictionary.UNDESCRIBED)
                .contains("### marts.concern_assessment", "### marts.peer_review_triggers", "| file_kind | varchar |");
        assertThat(DataDictionary.currentGenerated(Files.readString(DOC)))
                .as("docs/data-dictionary.md is out of date: run 'make data-dictionary'")
                .isEqualTo(generated);
    }

    @Test
    void theMartsShareOneVocabulary() throws Exception {
        String generated = DataDictionary.generate();
        assertThat(generated).doesNotContain("| time_period |");
        for (String mart : new String[] {"indicator_values", "authority_comparison", "returns_status", "concern_assessment", "published_comparison"}) {
            String section = generated.substring(generated.indexOf("### marts." + mart));
            section = section.substring(0, Math.max(section.indexOf("\n### ", 5), 0) == 0 ? section.length() : section.indexOf("\n### ", 5));
            assertThat(section).as(mart).contains("| la_code |", "| la_name |", "| region_code |", "| region_name |", "| period |");
        }
    }

    @Test
    void regeneratingReplacesOnlyTheGeneratedPart() {
        assertThat(DataDictionary.replaceGenerated("a\n" + DataDictionary.BEGIN + "\nold\n" + DataDictionary.END + "\nb", "new\n"))
                .isEqualTo("a\n" + DataDictionary.BEGIN + "\nnew\n\n" + DataDictionary.END + "\nb");
    }
}
