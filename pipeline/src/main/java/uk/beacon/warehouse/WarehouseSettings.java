package uk.beacon.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import uk.beacon.config.ConfigResources;

/**
 * config/warehouse.properties: DuckDB's memory limit and threads for the warehouse. Read like
 * config/ingest.properties: the shipped file (or the --config directory's copy), then the copy in
 * bin/beacon's config/ folder, key by key, so an edit there takes effect at the next command.
 */
public record WarehouseSettings(String memoryLimit, Integer threads) {

    static final String FILE = "warehouse.properties";
    /** The system property bin/beacon sets to its config/ folder (as for ingest.properties). */
    static final String CONFIG_DIR_PROPERTY = "beacon.config.dir";
    private static final Pattern SIZE = Pattern.compile("(?i)\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)");

    public static WarehouseSettings load() {
        Properties p = new Properties();
        String source = ConfigResources.describe(FILE);
        try (InputStream in = ConfigResources.open(FILE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
        }
        String dir = System.getProperty(CONFIG_DIR_PROPERTY);
        if (dir != null && !dir.isBlank() && ConfigResources.overrideFile(FILE) == null) {
            Path local = Path.of(dir).resolve(FILE);
            if (Files.isRegularFile(local)) {
                try (Reader r = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
                    p.load(r);
                    source = local.toString();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + local + ": " + e.getMessage(), e);
                }
            }
        }
        return of(p, source);
    }

    /** Checks the values; an error names the file, the key and what is expected. */
    static WarehouseSettings of(Properties p, String source) {
        String memory = p.getProperty("memory-limit", "").trim();
        if (!memory.isEmpty() && !SIZE.matcher(memory).matches()) {
            throw new IllegalArgumentException(source + ": memory-limit = " + memory
                    + " is not a size as DuckDB writes them (e.g. 400MB, 1GB); leave it blank for DuckDB's default");
        }
        String t = p.getProperty("threads", "").trim();
        Integer threads = null;
        if (!t.isEmpty()) {
            try {
                threads = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                threads = -1;
            }
            if (threads < 1) {
                throw new IllegalArgumentException(source + ": threads = " + t + " is not a whole number of 1 or more; leave it blank for one per core");
            }
        }
        return new WarehouseSettings(memory.isEmpty() ? null : memory.replace(" ", "").toUpperCase(Locale.ROOT).replace("IB", "iB"), threads);
    }

    /** DuckDB's connection settings for these values. */
    Properties connectionProperties() {
        Properties props = new Properties();
        if (memoryLimit != null) {
            props.setProperty("memory_limit", memoryLimit);
        }
        if (threads != null) {
            props.setProperty("threads", threads.toString());
        }
        return props;
    }
}
