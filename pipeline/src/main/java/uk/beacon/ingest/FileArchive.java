package uk.beacon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import uk.beacon.warehouse.OwnerOnly;

/**
 * Keeps every received file unchanged. The archive is content-addressed
 * ({@code archive/ab/abcdef….csv}), so the same file sent twice is stored once; a refused
 * file is also copied to {@code quarantine/} with its rejection list beside it. Files are
 * owner-only: received notes are sensitive.
 */
public final class FileArchive {

    private final Path archiveDir;
    private final Path quarantineDir;

    public FileArchive(Path archiveDir, Path quarantineDir) {
        this.archiveDir = archiveDir;
        this.quarantineDir = quarantineDir;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Stores the file under its hash (once) and returns where it is. */
    public Path archive(byte[] bytes, String sha256, String originalName) {
        Path target = archiveDir.resolve(sha256.substring(0, 2)).resolve(sha256 + extension(originalName));
        if (!Files.exists(target)) {
            writeAtomically(target, bytes);
        }
        return target;
    }

    /** Stores a file too large to hold in memory, copied by streaming (never following a link when {@code noFollow}). */
    public Path archiveFile(Path file, String sha256, String originalName, boolean noFollow) {
        Path target = archiveDir.resolve(sha256.substring(0, 2)).resolve(sha256 + extension(originalName));
        if (Files.exists(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            OwnerOnly.restrictFile(tmp);
            java.util.Set<java.nio.file.OpenOption> options = noFollow
                    ? java.util.Set.of(java.nio.file.StandardOpenOption.READ, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    : java.util.Set.of(java.nio.file.StandardOpenOption.READ);
            try (var in = java.nio.channels.Channels.newInputStream(Files.newByteChannel(file, options))) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Copies a refused file to quarantine with a CSV of the reasons beside it; returns the copy. */
    public Path quarantine(byte[] bytes, String sha256, String originalName, List<Rejection> reasons) {
        return quarantine(bytes, sha256, originalName, reasons, null);
    }

    /**
     * As {@link #quarantine(byte[], String, String, List)}; a file too large to hold ({@code bytes}
     * null) is not copied again: its reasons file names the archived copy instead.
     */
    public Path quarantine(byte[] bytes, String sha256, String originalName, List<Rejection> reasons, Path archived) {
        Path copy = quarantineDir.resolve(sha256.substring(0, 8) + "-" + originalName);
        if (bytes != null) {
            writeAtomically(copy, bytes);
        }
        StringBuilder csv = new StringBuilder(bytes == null && archived != null
                ? "# the file itself is not copied here (too large): it is archived at " + archived + "\n" : "");
        csv.append("file,line,column,rule_id,message,offending_value\n");
        for (Rejection r : reasons) {
            csv.append(RejectionCsv.row(originalName, r)).append('\n');
        }
        writeAtomically(quarantineDir.resolve(copy.getFileName() + ".rejections.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static final java.util.concurrent.atomic.AtomicLong TEMPORARY = new java.util.concurrent.atomic.AtomicLong();
    private static final java.nio.file.attribute.FileAttribute<?> OWNER_ONLY =
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /**
     * Writes a new file under a temporary name, created owner-only, and renames it into place, so
     * the archive never holds a partial file. The temporary name is this process's and a counter
     * (no random name, no second open, no separate chmod: a national backfill writes 18,360 files).
     */
    private static void writeAtomically(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(".incoming-" + ProcessHandle.current().pid() + "-" + TEMPORARY.incrementAndGet() + ".tmp");
            try {
                writeNew(tmp, bytes);
            } catch (java.nio.file.FileAlreadyExistsException stale) {
                // Left by a killed process that had this process's id: no live process can be writing it.
                Files.delete(tmp);
                writeNew(tmp, bytes);
            }
            if (!POSIX) {
                OwnerOnly.restrictFile(tmp); // received files may hold notes: never world-readable
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void writeNew(Path file, byte[] bytes) throws IOException {
        java.util.Set<java.nio.file.OpenOption> create = java.util.Set.of(java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE);
        try (java.nio.channels.SeekableByteChannel ch = POSIX ? Files.newByteChannel(file, create, OWNER_ONLY)
                : Files.newByteChannel(file, create)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
        }
    }
}
