package uk.beacon.cli;

/** Beacon's exit codes, the same for every command. */
public final class ExitCodes {
    /** Everything was done. */
    public static final int OK = 0;
    /** Something failed: nothing was published (see the message). */
    public static final int FAILURE = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The run completed, but some input was rejected (see the rejection reports). */
    public static final int COMPLETED_WITH_REJECTIONS = 3;
    /** Delivery: some recipients got their outputs, some deliveries failed or were refused (run again to retry). */
    public static final int DELIVERED_IN_PART = uk.beacon.delivery.Delivery.DELIVERED_IN_PART;

    private ExitCodes() {
    }
}
