package uk.beacon.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The configuration files of config/: shipped inside the jar as beacon/config/, and
 * overridable file by file from a configuration directory ({@code --config DIR} or the
 * environment variable {@code BEACON_CONFIG}). A file present in the directory replaces the
 * shipped file of the same name whole; a file absent there is read from the jar.
 */
public final class ConfigResources {

    /** The environment variable naming the configuration directory. */
    public static final String ENV = "BEACON_CONFIG";

    private static volatile Path directory;

    private ConfigResources() {
    }

    /** Reads configuration from {@code dir} first (null: the shipped files only). */
    public static void useDirectory(Path dir) {
        directory = dir;
    }

    /** The configuration directory in use, or null. */
    public static Path directory() {
        return directory;
    }

    /** Where {@code name} is read from, for messages: the override file's path, or "config/NAME (shipped)". */
    public static String describe(String name) {
        Path over = override(name);
        return over != null ? over.toString() : "config/" + name + " (shipped)";
    }

    /** Where a data lead adds to {@code name}: the override directory's copy if a directory is in use. */
    public static String whereToEdit(String name) {
        Path dir = directory;
        return dir != null ? dir.resolve(name) + " (copy the shipped config/" + name + " there first if it is not there yet)"
                : "config/" + name + " (or a copy of it in a directory given with --config DIR)";
    }

    /** Opens {@code name}: the override directory's copy if there is one, else beacon/config/{@code name} from the jar. */
    public static InputStream open(String name) {
        Path over = override(name);
        if (over != null) {
            try {
                return Files.newInputStream(over);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read configuration file " + over + ": " + e.getMessage(), e);
            }
        }
        InputStream in = ConfigResources.class.getResourceAsStream("/beacon/config/" + name);
        if (in == null) {
            throw new IllegalStateException("beacon/config/" + name + " is missing from the classpath (config/" + name + " in the source)");
        }
        return in;
    }

    /** The shipped file, ignoring any override (for files read as layers, such as early-warning.properties). */
    public static InputStream openShipped(String name) {
        InputStream in = ConfigResources.class.getResourceAsStream("/beacon/config/" + name);
        if (in == null) {
            throw new IllegalStateException("beacon/config/" + name + " is missing from the classpath (config/" + name + " in the source)");
        }
        return in;
    }

    /** The override directory's copy of {@code name}, or null when there is none. */
    public static Path overrideFile(String name) {
        return override(name);
    }

    public static Reader reader(String name) {
        return new InputStreamReader(open(name), StandardCharsets.UTF_8);
    }

    private static Path override(String name) {
        Path dir = directory;
        if (dir == null) {
            return null;
        }
        Path f = dir.resolve(name);
        return Files.isRegularFile(f) ? f : null;
    }
}
