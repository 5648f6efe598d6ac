package uk.beacon.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Running counts of an ingest, kept in the step's execution context so the CLI and tests can read them. */
public final class IngestTally {

    public static final String FILES_LOADED = "ingest.filesLoaded";
    public static final String FILES_ALREADY_SEEN = "ingest.filesAlreadySeen";
    public static final String FILES_REFUSED = "ingest.filesRefused";
    public static final String FIGURES_RECEIVED = "ingest.figuresReceived";
    public static final String FIGURES_ACCEPTED = "ingest.figuresAccepted";
    public static final String FIGURES_REJECTED = "ingest.figuresRejected";
    public static final String REFERENCE_FILES = "ingest.referenceFiles";
    /** Sheets of loaded workbooks that were not loaded (rule S001, named in the rejection report). */
    public static final String SHEETS_SKIPPED = "ingest.sheetsSkipped";

    private IngestTally() {
    }

    static void add(ExecutionContext ctx, String key, long n) {
        ctx.putLong(key, ctx.getLong(key, 0L) + n);
    }

    public static long get(ExecutionContext ctx, String key) {
        return ctx.getLong(key, 0L);
    }
}
