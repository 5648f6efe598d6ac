package uk.beacon.signals;

/** One figure of an authority's series for one indicator, as the caller supplies it (in time order). */
public record SeriesPoint(String period, double value) {

    public SeriesPoint {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("period " + period + ": a series point needs a finite value, not " + value);
        }
    }
}
