package uk.beacon.reports.dashboard;

/**
 * One indicator row in the dashboard table. Nullable Doubles mean "no figure".
 *
 * @param code             indicator code (not printed; identifies the row)
 * @param label            indicator name as a reader sees it
 * @param unit             e.g. "%", "rate per 10,000", "count"; "count" is printed as whole numbers,
 *                         everything else to one decimal place
 * @param polarity         whether higher or lower is better (carried for the pipeline; not printed yet)
 * @param value            the authority's figure for the period, or null
 * @param england          England figure, or null
 * @param region           region figure, or null
 * @param neighboursMedian median of the statistical neighbours, or null
 * @param previous         the authority's figure for the previous period, or null
 * @param status           suppression marker (e.g. "c") or null
 */
public record IndicatorRow(String code, String label, String unit, String polarity,
                           Double value, Double england, Double region, Double neighboursMedian,
                           Double previous, String status /* suppression marker or null */) {}
