package uk.beacon.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads, hashes and archives the next few files of a list on one background thread while the
 * caller validates and writes the current one, in the list's order. On the national backfill
 * (18,360 small files) the file-system work is about half of the ingest step, and the caller's
 * work the other half; overlapping them is what this is for.
 *
 * <p>Memory stays bounded: at most {@value #WINDOW} files are read ahead, and only files of at
 * most {@value #MAX_BYTES_AHEAD} bytes; a larger file is read by the caller when its turn comes.
 * A failure reading a file ahead is thrown when the caller reaches that file, as if read then.
 */
final class ReadAhead implements AutoCloseable {

    static final int WINDOW = 16;
    static final long MAX_BYTES_AHEAD = 4L * 1024 * 1024;

    private final Intake intake;
    private final List<Path> files;
    private final int end;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ingest-read-ahead");
        t.setDaemon(true);
        return t;
    });
    private final ArrayDeque<Future<Intake.FileRead>> ahead = new ArrayDeque<>();
    private int submitted;
    private int taken;

    /** Reads {@code files} from index {@code from} (inclusive) to {@code end} (exclusive). */
    ReadAhead(Intake intake, List<Path> files, int from, int end) {
        this.intake = intake;
        this.files = files;
        this.end = end;
        this.submitted = from;
        this.taken = from;
        fill();
    }

    /** The next file in order: its read, hash and archived copy. */
    Intake.FileRead next() {
        if (taken >= end) {
            throw new IllegalStateException("no file left to read");
        }
        Future<Intake.FileRead> f = ahead.poll();
        Path file = files.get(taken++);
        fill();
        Intake.FileRead read;
        try {
            read = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        return read != null ? read : intake.read(file); // too large to read ahead: read it now
    }

    private void fill() {
        while (submitted < end && ahead.size() < WINDOW) {
            Path file = files.get(submitted++);
            ahead.add(thread.submit(() -> intake.readIfAtMost(file, MAX_BYTES_AHEAD)));
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
