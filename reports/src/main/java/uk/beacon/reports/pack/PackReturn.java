package uk.beacon.reports.pack;

/**
 * One authority's monthly return, as the pack's cover lists it.
 *
 * @param state       "complete" (or "full"), "partial" or "missing", as marts.returns_status says
 * @param received    indicators received with a figure or a status
 * @param expected    indicators expected
 * @param lateBy      days after the deadline the return was first saved, or null when on time (or missing)
 * @param rowsRefused rows of the period's return refused by validation (see the authority's rejection report)
 */
public record PackReturn(String laCode, String laName, String state, int received, int expected, Integer lateBy, int rowsRefused) {
}
