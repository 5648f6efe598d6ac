package uk.beacon.ingest;

import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Running counts of an ingest, kept in the step's execution context so the CLI and tests can read them. */
public final class IngestTally {

    public static final String FILES_LOADED = "ingest.filesLoaded";
    public static final String FILES_ALREADY_SEEN = "ingest.filesAlreadySeen";
    public static final String FILES_REFUSED = "ingest.filesRefused";
    /** Files refused before, under the same folder, name and settings: not tried again. */
    public static final String FILES_STILL_REFUSED = "ingest.filesStillRefused";
    /** Files tried again after an earlier attempt (refused, or rows refused as future-dated). */
    public static final String FILES_RETRIED = "ingest.filesRetried";
    public static final String FIGURES_RECEIVED = "ingest.figuresReceived";
    public static final String FIGURES_ACCEPTED = "ingest.figuresAccepted";
    public static final String FIGURES_REJECTED = "ingest.figuresRejected";
    public static final String REFERENCE_FILES = "ingest.referenceFiles";
    /** Names in the inbox that were not read, one per line: "folder/name: why". */
    public static final String IGNORED = "ingest.ignored";
    /** At most this many ignored names are kept word for word; the rest are counted. */
    static final int IGNORED_LISTED = 50;
    /** Sheets of loaded workbooks that were not loaded (rule S001, named in the rejection report). */
    public static final String SHEETS_SKIPPED = "ingest.sheetsSkipped";

    private IngestTally() {
    }

    public static void add(ExecutionContext ctx, String key, long n) {
        ctx.putLong(key, ctx.getLong(key, 0L) + n);
    }

    public static long get(ExecutionContext ctx, String key) {
        return ctx.getLong(key, 0L);
    }

    /** Counts a file {@link Intake} did not take in. */
    public static void skipped(ExecutionContext ctx, Intake.Skip why) {
        add(ctx, why == Intake.Skip.REFUSED_BEFORE_UNCHANGED ? FILES_STILL_REFUSED : FILES_ALREADY_SEEN, 1);
    }

    /** Adds the names an inbox folder held that were not read, with why (the first {@value #IGNORED_LISTED} word for word). */
    public static void ignored(ExecutionContext ctx, String folder, List<Intake.Ignored> ignored) {
        if (ignored.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder(ctx.getString(IGNORED, ""));
        long listed = b.isEmpty() ? 0 : b.chars().filter(ch -> ch == '\n').count() + 1;
        for (Intake.Ignored i : ignored) {
            if (listed++ >= IGNORED_LISTED) {
                add(ctx, IGNORED + ".more", 1);
                continue;
            }
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(folder).append('/').append(Rejection.cut(i.name(), 120).replace('\n', ' ').replace('\r', ' '))
                    .append(": ").append(i.why());
        }
        ctx.putString(IGNORED, b.toString());
    }

    /** The ignored names as lines, with a last line counting any beyond the first {@value #IGNORED_LISTED}. */
    public static List<String> ignoredLines(ExecutionContext ctx) {
        String s = ctx.getString(IGNORED, "");
        List<String> lines = new java.util.ArrayList<>(s.isEmpty() ? List.of() : List.of(s.split("\n")));
        long more = get(ctx, IGNORED + ".more");
        if (more > 0) {
            lines.add(String.format("and %,d more name(s) not read", more));
        }
        return lines;
    }

    /** Adds one transaction's counts to the step's. */
    static void merge(ExecutionContext batch, ExecutionContext step) {
        for (var e : batch.entrySet()) {
            if (e.getValue() instanceof Long n) {
                add(step, e.getKey(), n);
            } else if (e.getKey().equals(IGNORED)) {
                String before = step.getString(IGNORED, "");
                step.putString(IGNORED, before.isEmpty() ? (String) e.getValue() : before + "\n" + e.getValue());
            }
        }
    }
}
