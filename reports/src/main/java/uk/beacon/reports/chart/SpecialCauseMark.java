package uk.beacon.reports.chart;

/**
 * What a special cause on the trend chart means for the service, by the indicator's polarity
 * (the pipeline's SPC kernel decides; the report only draws it). Each is drawn in its own
 * colour <em>and</em> shape so the chart reads in greyscale.
 */
public enum SpecialCauseMark {
    /** The change is in the direction the indicator calls worse. */
    CONCERN("Special cause: concern"),
    /** The change is in the direction the indicator calls better. */
    IMPROVEMENT("Special cause: improvement"),
    /** A real change in an indicator where neither direction is better (e.g. referral rates). */
    NEUTRAL_CHANGE("Special cause: neither better nor worse");

    private final String legend;

    SpecialCauseMark(String legend) {
        this.legend = legend;
    }

    /** The chart legend's name for the marker. */
    public String legend() {
        return legend;
    }
}
