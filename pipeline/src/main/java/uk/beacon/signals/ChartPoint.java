package uk.beacon.signals;

/** A point a signal is about: its position in the series (0-based), its period and its value. */
public record ChartPoint(int index, String period, double value) {
}
