package uk.beacon.cycle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A job's inputs, carried as job parameters (never hard-coded paths). For the monthly
 * cycle {@code period} and a run number identify the job instance; an ingest-only run has
 * no period. The rest describe where to read and write.
 *
 * @param work   Beacon's own working folder: archive/, quarantine/, staging of outputs
 * @param asOf   the date the cycle runs "as of": periods after it are in the future
 * @param allowMixedAuthorities accept files holding several authorities (consolidated extracts)
 * @param periodName the period as asked for: a month (2026-10), a quarter (2026-Q2) or a reporting
 *                   year (2025); {@code period} is the month it ends in, the month assessed. Outputs
 *                   are filed and named by it.
 */
public record CycleParameters(YearMonth period, Path inbox, Path out, Path work, LocalDate asOf, boolean allowMixedAuthorities,
                              String periodName) {

    public CycleParameters(YearMonth period, Path inbox, Path out, Path work, LocalDate asOf) {
        this(period, inbox, out, work, asOf, false);
    }

    public CycleParameters(YearMonth period, Path inbox, Path out, Path work, LocalDate asOf, boolean allowMixedAuthorities) {
        this(period, inbox, out, work, asOf, allowMixedAuthorities, period == null ? null : period.toString());
    }

    /**
     * A cycle for any period, named as the warehouse stores it (2026-10, 2026-Q2, 2025): it assesses
     * {@code assessedMonth}, the month the period ends in.
     */
    public static CycleParameters of(String periodName, YearMonth assessedMonth, Path inbox, Path out, Path work, LocalDate asOf) {
        return new CycleParameters(assessedMonth, inbox, out, work, asOf, false, periodName);
    }

    /** The month a stored period name ends in: 2026-10 itself, 2026-Q2 June 2026, 2025 March 2025. */
    static YearMonth lastMonthOf(String periodName) {
        if (periodName.matches("\\d{4}-Q[1-4]")) {
            return YearMonth.of(Integer.parseInt(periodName.substring(0, 4)), (periodName.charAt(6) - '0') * 3);
        }
        if (periodName.matches("\\d{4}")) {
            return YearMonth.of(Integer.parseInt(periodName), 3);
        }
        return YearMonth.parse(periodName);
    }

    public static final String PERIOD = "period";

    public Path archive() {
        return work.resolve("archive");
    }

    public Path quarantine() {
        return work.resolve("quarantine");
    }

    public JobParameters toJobParameters(long runNumber) {
        return locations(new JobParametersBuilder()
                .addString(PERIOD, periodName, true)
                .addLong("run", runNumber, true));
    }

    /** Parameters of an ingest-only run: no period; each run is its own job instance. */
    public JobParameters toIngestJobParameters() {
        return locations(new JobParametersBuilder().addLong("run", System.currentTimeMillis(), true));
    }

    /** The non-identifying parameters every job takes: where to read and write, and as of when. */
    private JobParameters locations(JobParametersBuilder b) {
        return b.addString("inbox", inbox.toAbsolutePath().toString(), false)
                .addString("out", out.toAbsolutePath().toString(), false)
                .addString("work", work.toAbsolutePath().toString(), false)
                .addString("asOf", asOf.toString(), false)
                .addString("allowMixedAuthorities", String.valueOf(allowMixedAuthorities), false)
                .toJobParameters();
    }

    public static CycleParameters from(JobParameters p) {
        String period = p.getString(PERIOD);
        return new CycleParameters(period == null ? null : lastMonthOf(period), Path.of(p.getString("inbox")),
                Path.of(p.getString("out")), Path.of(p.getString("work")), LocalDate.parse(p.getString("asOf")),
                Boolean.parseBoolean(p.getString("allowMixedAuthorities", "false")), period);
    }
}
