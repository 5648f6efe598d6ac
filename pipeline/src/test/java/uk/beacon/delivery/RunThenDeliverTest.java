package uk.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.cli.ExitCodes;
import uk.beacon.cli.Main;
import uk.beacon.testing.StdOut;

/** {@code beacon run --deliver}: the cycle, then delivery, with one exit code for both. */
class RunThenDeliverTest {

    @Test
    void theRunDeliversWhenAskedAndAFailedDeliveryShowsInTheExitCode(@TempDir Path dir) throws Exception {
        List<String> where = List.of("--warehouse", dir.resolve("w.duckdb").toString(), "--inbox", dir.resolve("inbox").toString(),
                "--out", dir.resolve("out").toString(), "--work", dir.resolve("work").toString());
        assertThat(Main.execute(args(List.of("demo", "--months", "3", "--truth", dir.resolve("truth").toString()),
                List.of("--inbox", dir.resolve("inbox").toString())))).isZero();
        Path recipients = dir.resolve("recipients.csv");
        Files.writeString(recipients, """
                audience,scope,name,channel,address,outputs
                region,North Fells,North Fells ADCS group,email,north-fells@example.org,regional-pack
                sector-body,,Improvement leads,folder,%s,rejection-summary
                """.formatted(dir.resolve("share")));
        List<String> deliver = List.of("--deliver", "--recipients", recipients.toString(), "--drop-folder", dir.resolve("drop").toString());

        String out = StdOut.capture(() -> assertThat(Main.execute(args(List.of("run", "--period", "2026-10", "--as-of", "2026-11-23"),
                where, deliver))).as("delivered: the run's own code (planted bad rows)").isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS));

        assertThat(out).contains("2 deliveries made");
        assertThat(dir.resolve("drop/north-fells@example.org/2026-10/north-fells-pack-2026-10.pdf")).exists();
        assertThat(dir.resolve("share/2026-10/intelligence-rejections.txt")).exists();

        // The same run with e-mail and no mail server: the cycle completes, delivery fails, exit 1.
        assertThat(Main.execute(args(List.of("run", "--period", "2026-10", "--as-of", "2026-11-23"), where,
                List.of("--deliver", "--recipients", recipients.toString())))).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void aQuarterlyRunDeliversItsQuarterAndDeliverTakesTheQuarterByName(@TempDir Path dir) throws Exception {
        List<String> where = List.of("--warehouse", dir.resolve("w.duckdb").toString(), "--inbox", dir.resolve("inbox").toString(),
                "--out", dir.resolve("out").toString(), "--work", dir.resolve("work").toString());
        assertThat(Main.execute(args(List.of("demo", "--cadence", "quarter", "--months", "12", "--truth", dir.resolve("truth").toString()),
                List.of("--inbox", dir.resolve("inbox").toString())))).isZero();
        Path recipients = dir.resolve("recipients.csv");
        Files.writeString(recipients, """
                audience,scope,name,channel,address,outputs
                region,North Fells,North Fells ADCS group,email,north-fells@example.org,regional-pack
                """);
        List<String> deliver = List.of("--recipients", recipients.toString(), "--drop-folder", dir.resolve("drop").toString());

        String out = StdOut.capture(() -> assertThat(Main.execute(args(List.of("run", "--period", "2026-Q3", "--as-of", "2026-11-23",
                "--deliver"), where, deliver))).isIn(ExitCodes.OK, ExitCodes.COMPLETED_WITH_REJECTIONS));

        assertThat(out).contains("2026-Q3: 1 delivery made");
        Path folder = dir.resolve("drop/north-fells@example.org/2026-Q3");
        assertThat(folder.resolve("north-fells-pack-2026-Q3.pdf")).exists();
        try (var files = Files.list(folder)) {
            Path message = files.filter(f -> f.getFileName().toString().startsWith("beacon-delivery-")).findFirst().orElseThrow();
            assertThat(Files.readString(message)).contains("Beacon's outputs for 2026 Q3 for the Regional ADCS group");
        }
        // beacon deliver takes the quarter by name; nothing is sent twice.
        String again = StdOut.capture(() -> assertThat(Main.execute(args(List.of("deliver", "--period", "2026-Q3"),
                List.of("--warehouse", dir.resolve("w.duckdb").toString(), "--out", dir.resolve("out").toString()), deliver)))
                .isEqualTo(ExitCodes.OK));
        assertThat(again).contains("0 deliveries made").contains("1 already delivered");
        assertThat(Main.execute(args(List.of("deliver", "--period", "2026-Q5"),
                List.of("--warehouse", dir.resolve("w.duckdb").toString(), "--out", dir.resolve("out").toString()), deliver)))
                .isEqualTo(ExitCodes.USAGE);
    }

    @SafeVarargs
    static String[] args(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all.toArray(String[]::new);
    }
}
