package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file in src/test/resources/corpus/bad is validated as the ingest step would, and the
 * rejections must be exactly those listed in corpus/expected-rejections.csv: file, line,
 * rule and column, nothing missing and nothing extra.
 */
class BadFileCorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

    @Test
    void everyBadFileIsRefusedExactlyAsExpected() throws Exception {
        List<String> actual = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS.resolve("bad"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                byte[] bytes = Files.readAllBytes(f);
                List<Rejection> rejections = Containers.forFileName(name)
                        .map(reader -> ReturnFileValidatorTest.VALIDATOR.validate(bytes, name, reader).rejections())
                        .orElseGet(() -> List.of(Rejection.ofFile(Rule.F006_UNSUPPORTED_CONTAINER, Containers.unsupportedDetail(name))));
                for (Rejection r : rejections) {
                    actual.add(String.join(",", name, r.rowNumber() == null ? "" : r.rowNumber().toString(), r.rule().id(),
                            r.column() == null ? "" : r.column()));
                }
            }
        }
        List<String> expected = Files.readAllLines(CORPUS.resolve("expected-rejections.csv")).stream().skip(1).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theGoodRowOfTheRowRulesFileIsStillAccepted() throws Exception {
        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(Files.readAllBytes(CORPUS.resolve("bad/row-rules.csv")));
        assertThat(r.fileRefused()).isFalse();
        assertThat(r.accepted()).extracting(AcceptedFigure::indicator).containsExactly("REREFERRAL_PCT");
        assertThat(r.received()).isEqualTo(17);
        assertThat(r.accepted().size() + r.rejectedFigures()).isEqualTo(r.received());
    }
}
