package uk.beacon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTest {

    static final DemoSettings SMALL = new DemoSettings(42, YearMonth.of(2026, 10), 6);

    @Test
    void theSameSeedWritesByteIdenticalFilesWithIdenticalTimes(@TempDir Path a, @TempDir Path b) throws IOException {
        new DemoGenerator(SMALL).write(a.resolve("inbox"), a.resolve("truth"));
        new DemoGenerator(SMALL).write(b.resolve("inbox"), b.resolve("truth"));

        Map<String, String> filesA = fingerprint(a);
        assertThat(filesA).hasSizeGreaterThan(150);
        assertThat(fingerprint(b)).isEqualTo(filesA);
    }

    @Test
    void aDifferentSeedWritesDifferentFigures(@TempDir Path a, @TempDir Path b) throws IOException {
        new DemoGenerator(SMALL).write(a.resolve("inbox"), a.resolve("truth"));
        new DemoGenerator(new DemoSettings(43, SMALL.lastPeriod(), SMALL.months())).write(b.resolve("inbox"), b.resolve("truth"));
        String file = "inbox/returns/2026-10/951-2026-10.csv";
        assertThat(Files.readString(b.resolve(file))).isNotEqualTo(Files.readString(a.resolve(file)));
    }

    @Test
    void writesTheRequestedHistoryAndRecordsWhatWasPlanted(@TempDir Path dir) throws IOException {
        DemoGenerator.Summary s = new DemoGenerator(new DemoSettings(7, YearMonth.of(2026, 10), 36)).write(dir.resolve("inbox"), dir.resolve("truth"));

        assertThat(s.authorities()).isEqualTo(30);
        assertThat(s.returnFiles()).isEqualTo(30 * 36 - 4 + 1);
        try (Stream<Path> months = Files.list(dir.resolve("inbox/returns"))) {
            assertThat(months.count()).isEqualTo(36);
        }
        List<String> declines = Files.readAllLines(dir.resolve("truth/planted_declines.csv"));
        assertThat(declines).hasSize(1 + 3);
        assertThat(Files.readAllLines(dir.resolve("truth/bad_rows.csv"))).hasSize(1 + 5);
        assertThat(Files.readAllLines(dir.resolve("truth/missing_returns.csv"))).hasSize(1 + 4);
        // Reference data in the DfE's own layouts, marked synthetic, with the DfE file's quirks.
        assertThat(Files.readString(dir.resolve("inbox/reference/las.csv"))).contains("Synthetic demonstration authority");
        assertThat(Files.readAllBytes(dir.resolve("inbox/reference/sn_model_2026_wide.csv"))).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void aPlantedDeclineWorsensTheFrontDoorIndicators(@TempDir Path dir) throws IOException {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, YearMonth.of(2026, 10), 24)).write(dir.resolve("inbox"), dir.resolve("truth"));
        String[] decline = Files.readAllLines(dir.resolve("truth/planted_declines.csv")).get(3).split(",");
        YearMonth starts = YearMonth.parse(decline[2]);
        YearMonth worst = YearMonth.parse(decline[3]);
        double before = value(dir, decline[0], starts.minusMonths(1), "ASSESS_45WD_PCT");
        double atWorst = value(dir, decline[0], worst, "ASSESS_45WD_PCT");
        assertThat(atWorst).isLessThan(before - 10);
    }

    private static double value(Path dir, String la, YearMonth m, String indicator) throws IOException {
        for (String line : Files.readAllLines(dir.resolve("inbox/returns/" + m + "/" + la + "-" + m + ".csv"))) {
            String[] f = line.split(",", -1);
            if (f[2].equals(indicator)) {
                return Double.parseDouble(f[5]);
            }
        }
        throw new AssertionError(indicator + " not in " + la + " " + m);
    }

    private static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> map = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                map.put(root.relativize(p).toString(), uk.beacon.ingest.FileArchive.sha256(Files.readAllBytes(p)) + "@"
                        + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return map;
    }
}
