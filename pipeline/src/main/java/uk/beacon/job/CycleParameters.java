package uk.beacon.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The monthly cycle's inputs, carried as job parameters (never hard-coded paths).
 * {@code period} identifies the job instance; the rest describe where to read and write.
 *
 * @param work   Beacon's own working folder: archive/, quarantine/, staging of outputs
 * @param asOf   the date the cycle runs "as of": periods after it are in the future
 */
public record CycleParameters(YearMonth period, Path inbox, Path out, Path work, LocalDate asOf) {

    public static final String PERIOD = "period";

    public Path archive() {
        return work.resolve("archive");
    }

    public Path quarantine() {
        return work.resolve("quarantine");
    }

    public JobParameters toJobParameters(long runNumber) {
        return new JobParametersBuilder()
                .addString(PERIOD, period.toString(), true)
                .addLong("run", runNumber, true)
                .addString("inbox", inbox.toAbsolutePath().toString(), false)
                .addString("out", out.toAbsolutePath().toString(), false)
                .addString("work", work.toAbsolutePath().toString(), false)
                .addString("asOf", asOf.toString(), false)
                .toJobParameters();
    }

    public static CycleParameters from(JobParameters p) {
        return new CycleParameters(YearMonth.parse(p.getString(PERIOD)), Path.of(p.getString("inbox")),
                Path.of(p.getString("out")), Path.of(p.getString("work")), LocalDate.parse(p.getString("asOf")));
    }
}
