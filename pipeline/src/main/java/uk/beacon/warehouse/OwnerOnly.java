package uk.beacon.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Owner-only permissions for what Beacon writes: the warehouse, the archive and quarantine
 * (which hold received notes) and the outputs (which may carry TLP:AMBER notes). bin/beacon
 * also sets umask 077; this makes it so whatever started the JVM.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Restricts a file, or a folder and everything below it. */
    public static void restrict(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                set(p, Files.isDirectory(p) ? DIR : FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict permissions of " + path + ": " + e.getMessage(), e);
        }
    }

    public static void restrictFile(Path file) {
        set(file, FILE);
    }

    private static void set(Path p, Set<PosixFilePermission> perms) {
        try {
            Files.setPosixFilePermissions(p, perms);
        } catch (UnsupportedOperationException ignored) {
            // Not a POSIX file system: its own access control applies.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict permissions of " + p + ": " + e.getMessage(), e);
        }
    }
}
