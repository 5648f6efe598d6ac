package uk.beacon.reports;

/** One point of a monthly trend line for one indicator. period is "YYYY-MM". Null values leave a gap. */
public record TrendPoint(String indicatorCode, String period, Double value, Double england, Double region) {}
