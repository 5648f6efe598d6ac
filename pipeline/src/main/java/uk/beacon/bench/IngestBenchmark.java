package uk.beacon.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.ingest.IngestTally;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleJobConfiguration;

/**
 * The ingest benchmark behind {@code make bench} (scripts/bench.sh runs each mode in its own
 * JVM so peak memory is measured per mode). Prints figures; never asserts.
 * <ul>
 *   <li>{@code generate DIR}: write the national backfill;</li>
 *   <li>{@code files DIR}: Beacon's ingest of the 18,360 files into a fresh warehouse;</li>
 *   <li>{@code single DIR}: Beacon's ingest of the same rows as one file, then, in the same
 *       JVM on the same file, DuckDB's own {@code read_csv} into a table, and the ratio.</li>
 * </ul>
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: IngestBenchmark generate|files|single DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> {
                long t0 = System.nanoTime();
                long rows = NationalBackfill.write(dir);
                System.out.printf(Locale.ROOT, "generated %,d rows in %,d files (and as one file) in %.1f s%n", rows,
                        NationalBackfill.AUTHORITIES * NationalBackfill.MONTHS, seconds(t0));
            }
            case "files" -> {
                Result r = ingest(dir.resolve("files"), dir.resolve("w-files.duckdb"), false);
                System.out.printf(Locale.ROOT, "beacon ingest, 18,360 files: %,d rows in %.2f s = %,.0f rows/s (in-process, after start-up)%n",
                        r.rows, r.seconds, r.rows / r.seconds);
                peakMemory();
            }
            case "single" -> {
                Result r = ingest(dir.resolve("single"), dir.resolve("w-single.duckdb"), true);
                double duck = duckdbReadCsv(dir.resolve("single/returns/national.csv"));
                System.out.printf(Locale.ROOT, "beacon ingest, one file:     %,d rows in %.2f s = %,.0f rows/s%n", r.rows, r.seconds, r.rows / r.seconds);
                System.out.printf(Locale.ROOT, "duckdb read_csv, same file:  %,d rows in %.2f s = %,.0f rows/s%n", r.rows, duck, r.rows / duck);
                System.out.printf(Locale.ROOT, "ratio beacon / duckdb:       %.2f (target >= 0.50)%n", duck / r.seconds);
                peakMemory();
            }
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private record Result(long rows, double seconds) {
    }

    private static Result ingest(Path inbox, Path warehouse, boolean mixed) throws Exception {
        Files.deleteIfExists(warehouse);
        Path work = warehouse.resolveSibling(warehouse.getFileName() + ".work");
        org.springframework.util.FileSystemUtils.deleteRecursively(work);
        try (BeaconContext ctx = BeaconContext.open(warehouse, IndicatorCatalogue.builtIn())) {
            CycleParameters p = new CycleParameters(null, inbox, work.resolve("out"), work, LocalDate.of(2026, 11, 23), mixed);
            Job job = ctx.bean(MonthlyCycleJobConfiguration.INGEST_JOB_NAME, Job.class);
            long t0 = System.nanoTime();
            JobExecution e = ctx.bean(JobOperator.class).start(job, p.toIngestJobParameters());
            double s = seconds(t0);
            if (e.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("ingest " + e.getStatus() + ": " + e.getAllFailureExceptions());
            }
            long rows = IngestTally.get(e.getStepExecutions().iterator().next().getExecutionContext(), IngestTally.FIGURES_ACCEPTED);
            return new Result(rows, s);
        }
    }

    /** DuckDB's own CSV reader into a table: the ceiling for loading this file. */
    private static double duckdbReadCsv(Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("create table t as select * from read_csv('" + csv + "', header = true)");
            double secs = seconds(t0);
            try (ResultSet rs = s.executeQuery("select count(*) from t")) {
                rs.next();
            }
            return secs;
        }
    }

    private static void peakMemory() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM")) {
                System.out.println("peak resident memory of this JVM: " + line.replaceAll("\\s+", " ").substring(7));
            }
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
