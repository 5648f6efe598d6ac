package uk.beacon.signals;

/**
 * The rules a series can fire. The XmR rules are declared in their order of precedence: a point
 * caught by several is labelled with the first (a point beyond a limit is an outside-limits point
 * even if it also ends a shift), because the earlier rules are the stronger evidence.
 */
public enum SignalRule {
    /** A point strictly beyond a process limit. */
    SPC_OUTSIDE_LIMITS,
    /** Consecutive points each strictly above (or below) the one before. */
    SPC_TREND,
    /** Two of three consecutive points beyond two thirds of the way to a limit, on the same side. */
    SPC_TWO_OF_THREE,
    /** Consecutive points on one side of the mean. */
    SPC_SHIFT,
    /** Run chart (Anhøj): a run on one side of the median longer than a random series allows. */
    RUN_SHIFT,
    /** Run chart (Anhøj): the series crosses its median too rarely to be random. */
    RUN_CROSSINGS
}
