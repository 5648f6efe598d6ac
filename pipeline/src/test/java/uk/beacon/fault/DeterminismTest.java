package uk.beacon.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.job.BeaconContext;
import uk.beacon.job.CycleParameters;
import uk.beacon.job.MonthlyCycleRunner;

/** Two clean runs of the demo on identical inputs: byte-identical tables, the same text in every output. */
class DeterminismTest {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);

    @Test
    void twoCleanRunsGiveIdenticalTablesAndOutputText(@TempDir Path dir) throws Exception {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, PERIOD, 14)).write(dir.resolve("inbox"), dir.resolve("truth"));
        Result first = run(dir, "a");
        Result second = run(dir, "b");
        assertThat(second.tables()).isEqualTo(first.tables());
        assertThat(second.outputs().keySet()).isEqualTo(first.outputs().keySet());
        for (String path : first.outputs().keySet()) {
            assertThat(second.outputs().get(path)).as(path).isEqualTo(first.outputs().get(path));
        }
    }

    record Result(Map<String, String> tables, Map<String, String> outputs) {
    }

    static Result run(Path dir, String name) throws Exception {
        Path home = dir.resolve(name);
        try (BeaconContext ctx = BeaconContext.open(home.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            var execution = new MonthlyCycleRunner(ctx).run(new CycleParameters(PERIOD, dir.resolve("inbox"), home.resolve("out"),
                    home.resolve("work"), LocalDate.of(2026, 11, 23)));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            try (Connection c = ctx.warehouse().connect()) {
                return new Result(Fingerprints.warehouse(c), Fingerprints.outputs(home.resolve("out").resolve(PERIOD.toString()).toRealPath(), null));
            }
        }
    }
}
