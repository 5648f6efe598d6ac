package uk.beacon.reports.chart;

/**
 * One point of a monthly trend line for one indicator. period is "YYYY-MM". Null values leave a gap.
 * {@code specialCause} is what the SPC kernel found at this month, or null for none.
 */
public record TrendPoint(String indicatorCode, String period, Double value, Double england, Double region,
                         SpecialCauseMark specialCause) {

    /** A point with no special cause. */
    public TrendPoint(String indicatorCode, String period, Double value, Double england, Double region) {
        this(indicatorCode, period, value, england, region, null);
    }
}
