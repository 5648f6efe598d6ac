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
 */
public record CycleParameters(YearMonth period, Path inbox, Path out, Path work, LocalDate asOf, boolean allowMixedAuthorities) {

    public CycleParameters(YearMonth period, Path inbox, Path out, Path work, LocalDate asOf) {
        this(period, inbox, out, work, asOf, false);
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
                .addString(PERIOD, period.toString(), true)
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
        return new CycleParameters(period == null ? null : YearMonth.parse(period), Path.of(p.getString("inbox")),
                Path.of(p.getString("out")), Path.of(p.getString("work")), LocalDate.parse(p.getString("asOf")),
                Boolean.parseBoolean(p.getString("allowMixedAuthorities", "false")));
    }
}
