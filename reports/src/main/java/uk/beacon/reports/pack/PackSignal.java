package uk.beacon.reports.pack;

/**
 * What the early-warning engine says about one figure this month, strongest first: a concern
 * outweighs an improvement about the same figure. Each has a fill (Okabe-Ito, colour-blind safe),
 * a text colour and a marker printed before the figure, so the overview reads in greyscale too.
 */
public enum PackSignal {
    /** Outside the 99.8% funnel limits or the SPC process limits, in the worse direction. */
    STRONG_CONCERN("!!", "#D55E00", "#FFFFFF", "Worse: outside the 99.8% funnel limits or its own process limits"),
    /** Another signal in the worse direction (95% funnel limit, an SPC run, far from neighbours). */
    CONCERN("!", "#F5C8A8", "#1A1A1A", "Worse: another signal (95% funnel limit, a run in its own trend, far from neighbours)"),
    /** A signal in the better direction. */
    IMPROVEMENT("+", "#B3D7EE", "#1A1A1A", "Better: a signal of improvement"),
    /** A signal for an indicator where neither direction is better (e.g. referral rates). */
    CHANGE("~", "#DDDDDD", "#1A1A1A", "Changed: unusual, but neither better nor worse"),
    NONE("", "#FFFFFF", "#1A1A1A", "No signal");

    private final String marker;
    private final String fill;
    private final String text;
    private final String meaning;

    PackSignal(String marker, String fill, String text, String meaning) {
        this.marker = marker;
        this.fill = fill;
        this.text = text;
        this.meaning = meaning;
    }

    public String marker() {
        return marker;
    }

    public String fill() {
        return fill;
    }

    public String textColour() {
        return text;
    }

    public String meaning() {
        return meaning;
    }
}
