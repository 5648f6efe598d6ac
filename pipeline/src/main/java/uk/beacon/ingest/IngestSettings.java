package uk.beacon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.beacon.config.ConfigResources;

/**
 * config/ingest.properties: the limits every received file is read under, the rejection-report
 * caps and which regions send consolidated files. The shipped file is inside the jar; when the
 * system property {@code beacon.config.dir} names a folder holding {@code ingest.properties}
 * (bin/beacon passes its own config/), that file's keys override it, so an edit takes effect at
 * the next run. {@link #fingerprint()} changes whenever a setting does, which is how a file
 * refused under old settings is tried again.
 */
public record IngestSettings(long maxFileBytes, ReadLimits limits, int maxRejectionsPerRule, int maxValueCharacters,
                             Set<String> consolidatedRegions, String fingerprint) {

    public static final String FILE = "ingest.properties";
    public static final String CONFIG_DIR_PROPERTY = "beacon.config.dir";

    /** The shipped settings, overridden by {@code beacon.config.dir}/ingest.properties when there is one. */
    public static IngestSettings load() {
        Properties p = new Properties();
        try (InputStream in = ConfigResources.open(FILE)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read beacon/config/" + FILE + ": " + e.getMessage(), e);
        }
        String dir = System.getProperty(CONFIG_DIR_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            Path local = Path.of(dir).resolve(FILE);
            if (Files.isRegularFile(local)) {
                try (Reader r = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
                    p.load(r);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + local + ": " + e.getMessage(), e);
                }
            }
        }
        return of(p);
    }

    public static IngestSettings of(Properties p) {
        ReadLimits limits = new ReadLimits(
                positiveInt(p, "max-rows-per-file"),
                positiveInt(p, "max-columns"),
                positiveInt(p, "max-cell-characters"),
                number(p, "xlsx.min-inflate-ratio"),
                megabytes(p, "xlsx.max-entry-megabytes"),
                (long) number(p, "xlsx.max-text-characters"),
                megabytes(p, "arrow.max-memory-megabytes"),
                megabytes(p, "parquet.max-memory-megabytes"));
        Set<String> regions = Arrays.stream(p.getProperty("consolidated-files.regions", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        String fingerprint = FileArchive.sha256(new TreeMap<>(p).toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return new IngestSettings(megabytes(p, "max-file-megabytes"), limits, positiveInt(p, "rejections.max-rows-per-rule"),
                positiveInt(p, "rejections.max-value-characters"), regions, fingerprint);
    }

    /** True when consolidated-files.regions lists this region, by code or by name (or is *). */
    public boolean acceptsConsolidatedFrom(String regionCode, String regionName) {
        return consolidatedRegions.contains("*")
                || regionCode != null && consolidatedRegions.contains(regionCode.toLowerCase(Locale.ROOT))
                || regionName != null && consolidatedRegions.contains(regionName.toLowerCase(Locale.ROOT));
    }

    /** The sentence for a file over {@link #maxFileBytes()}. */
    public String tooBigDetail(long size) {
        return String.format("the file is %,.1f MB; Beacon reads files of up to %,d MB (max-file-megabytes)", size / 1e6,
                maxFileBytes >> 20);
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("config/" + FILE + ": '" + key + "' is not set");
        }
        return v.trim().replace("_", "");
    }

    private static double number(Properties p, String key) {
        try {
            double d = Double.parseDouble(value(p, key));
            if (!(d > 0)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("config/" + FILE + ": '" + key + "' must be a positive number, not '" + p.getProperty(key) + "'");
        }
    }

    private static int positiveInt(Properties p, String key) {
        double d = number(p, key);
        if (d != Math.rint(d) || d > Integer.MAX_VALUE) {
            throw new IllegalStateException("config/" + FILE + ": '" + key + "' must be a whole number, not '" + p.getProperty(key) + "'");
        }
        return (int) d;
    }

    private static long megabytes(Properties p, String key) {
        return (long) (number(p, key) * (1L << 20));
    }
}
