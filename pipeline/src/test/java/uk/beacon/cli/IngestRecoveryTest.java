package uk.beacon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleJobConfiguration;

/** A killed `beacon ingest` is not left STARTED for ever; a full disk is told in one line. */
class IngestRecoveryTest {

    @Test
    void anIngestLeftRunningByAKillIsMarkedFailedByTheNextOne(@TempDir Path dir) throws Exception {
        try (BeaconContext ctx = BeaconContext.open(dir.resolve("w.duckdb"), IndicatorCatalogue.builtIn())) {
            CycleParameters p = new CycleParameters(null, dir.resolve("inbox"), dir.resolve("out"), dir.resolve("work"), LocalDate.of(2026, 11, 1));
            JobExecution e = ctx.bean(JobOperator.class).start(ctx.bean(MonthlyCycleJobConfiguration.INGEST_JOB_NAME, Job.class),
                    p.toIngestJobParameters());
            // What a kill -9 leaves behind: the execution and a step still marked as running.
            try (Connection c = ctx.warehouse().connect(); Statement s = c.createStatement()) {
                s.execute("update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null where job_execution_id = " + e.getId());
                s.execute("update batch_step_execution set status = 'STARTED', end_time = null where job_execution_id = " + e.getId());
            }
            assertThat(status(ctx, e.getId())).isEqualTo("STARTED");
            IngestCommand.recoverInterrupted(ctx);
            assertThat(status(ctx, e.getId())).isEqualTo("FAILED");
        }
    }

    @Test
    void aFullDiskIsToldInOneLineWithItsRootCause() {
        SQLException original = new SQLException("IO Error: Could not write file \"/var/w/beacon.duckdb.wal\": No space left on device");
        SQLException invalidated = new SQLException("FATAL Error: Failed: database has been invalidated because of a previous fatal"
                + " error. The database must be restarted prior to being used again.\nOriginal error: \"Could not write file"
                + " \"/var/w/beacon.duckdb.wal\": No space left on device\"");
        RuntimeException rollback = new RuntimeException("JDBC rollback failed", invalidated);
        rollback.addSuppressed(original);
        String line = FriendlyErrors.describe(rollback);
        assertThat(line).containsIgnoringCase("No space left on device").doesNotContain("invalidated").doesNotContain("\n");
        assertThat(FriendlyErrors.describe(new IllegalStateException("plain"))).isEqualTo("plain");
    }

    private static String status(BeaconContext ctx, long id) throws Exception {
        try (Connection c = ctx.warehouse().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select status from batch_job_execution where job_execution_id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
