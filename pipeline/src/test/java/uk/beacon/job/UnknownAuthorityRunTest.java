package uk.beacon.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;

/**
 * A row naming an authority the warehouse does not know ({@code 999}), and a Parquet file whose
 * {@code la_code} is a struct, are rejections like any other: filed for the sector body, and the
 * run publishes; so does the next period's, with those rejections still in the warehouse.
 */
class UnknownAuthorityRunTest {

    @Test
    void anUnknownAuthorityIsARejectionNeverACrashThisPeriodOrTheNext(@TempDir Path dir) throws Exception {
        Path inbox = dir.resolve("inbox");
        new DemoGenerator(new DemoSettings(11, YearMonth.of(2026, 10), 3)).write(inbox, dir.resolve("truth"));
        Files.writeString(inbox.resolve("returns/unknown-999.csv"),
                "la_code,period,indicator,numerator,denominator,value,status,comment\n999,2026-09,NFA_PCT,,,3.3,,\n");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("copy (select {'code': 951, 'kind': 'dfe'} as la_code, '2026-09' as period, 'NFA_PCT' as indicator, 3.3 as value)"
                    + " to '" + inbox.resolve("returns/struct-la-code.parquet") + "' (format parquet)");
        }
        Path out = dir.resolve("out");
        try (BeaconContext ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            MonthlyCycleRunner runner = new MonthlyCycleRunner(ctx);
            JobExecution october = runner.run(new CycleParameters(YearMonth.of(2026, 10), inbox, out, dir.resolve("work"),
                    LocalDate.of(2026, 11, 23)));
            assertThat(october.getStatus()).as(String.valueOf(october.getAllFailureExceptions())).isEqualTo(BatchStatus.COMPLETED);
            String report = Files.readString(out.resolve("2026-10/sector-body/unknown-authority-rejections.csv"));
            assertThat(report).contains("unknown-999.csv").contains("R001").contains("struct-la-code.parquet");

            JobExecution november = runner.run(new CycleParameters(YearMonth.of(2026, 11), inbox, out, dir.resolve("work"),
                    LocalDate.of(2026, 12, 23)));
            assertThat(november.getStatus()).as(String.valueOf(november.getAllFailureExceptions())).isEqualTo(BatchStatus.COMPLETED);
            assertThat(out.resolve("2026-11/sector-body/unknown-authority-rejections.csv")).exists();
            assertThat(out.resolve("2026-11/manifest.json")).exists();
        }
    }
}
