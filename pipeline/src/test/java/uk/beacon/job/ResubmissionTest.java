package uk.beacon.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.cycle.CycleParameters;

/** A resubmission supersedes exactly the figures it resends, and keeps every earlier version. */
class ResubmissionTest {

    @Test
    void aResubmissionChangesOnlyTheSupersededFigures(@TempDir Path dir) throws Exception {
        Path inbox = dir.resolve("inbox");
        new DemoGenerator(new DemoSettings(5, YearMonth.of(2026, 10), 4)).write(inbox, dir.resolve("truth"));
        CycleParameters p = new CycleParameters(YearMonth.of(2026, 10), inbox, dir.resolve("out"), dir.resolve("work"), LocalDate.of(2026, 11, 23));
        try (BeaconContext ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            MonthlyCycleRunner runner = new MonthlyCycleRunner(ctx);
            runner.run(p);
            Map<String, String> before = latest(ctx);

            Files.writeString(inbox.resolve("returns/2026-09/951-2026-09-corrected.csv"),
                    "la_code,period,indicator,numerator,denominator,value,status,comment\n"
                            + "951,2026-09,NFA_PCT,,,3.3,,re-counted\n"
                            + "E06900001,2026-08,SW_CASELOAD_AVG,,,18.8,,re-counted\n");
            runner.run(p);
            Map<String, String> after = latest(ctx);

            Map<String, String> changed = new HashMap<>();
            after.forEach((k, v) -> {
                if (!v.equals(before.get(k))) {
                    changed.put(k, v);
                }
            });
            assertThat(after.keySet()).isEqualTo(before.keySet());
            assertThat(changed).containsOnlyKeys("951|2026-09|NFA_PCT", "951|2026-08|SW_CASELOAD_AVG");
            assertThat(changed.get("951|2026-09|NFA_PCT")).isEqualTo("3.3|2|951-2026-09-corrected.csv");
            try (Connection c = ctx.warehouse().connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from staging.stg_return_values where la_code = '951' and period = '2026-09' and indicator = 'NFA_PCT'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("both versions kept").isEqualTo(2);
            }
        }
    }

    /** value|version|source file for every latest figure, keyed by authority|period|indicator. */
    private static Map<String, String> latest(BeaconContext ctx) throws Exception {
        Map<String, String> m = new HashMap<>();
        try (Connection c = ctx.warehouse().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select la_code, period, indicator, value, version, source_file from marts.indicator_values")) {
            while (rs.next()) {
                m.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
                        rs.getString(4) + "|" + rs.getInt(5) + "|" + rs.getString(6));
            }
        }
        return m;
    }
}
