package uk.beacon.reports.chart;

import java.util.List;

/**
 * A funnel plot as drawn: every authority of the peer group as a point, the limits as curves.
 *
 * @param peerGroupLabel e.g. "all 153 authorities"
 * @param target         the peer group's pooled value (the centre line), on the indicator's scale
 * @param overdispersed  whether the limits were widened for over-dispersion
 * @param xLabel         the denominator's axis title, e.g. "Children aged 0 to 17 (population)"
 * @param dots           every assessed authority
 * @param curve          the limits along the denominator axis, in increasing denominator
 */
public record FunnelView(String peerGroupLabel, double target, boolean overdispersed, String xLabel,
                         List<FunnelDot> dots, List<FunnelCurvePoint> curve) {

    public FunnelView {
        dots = dots == null ? List.of() : List.copyOf(dots);
        curve = curve == null ? List.of() : List.copyOf(curve);
    }

    /**
     * One authority on the plot.
     *
     * @param key     its number in the region (1, 2, …), or 0 for an authority outside the region
     * @param band    "inside", "inner" (outside 95%), "outer" (outside 99.8%)
     * @param concern true when outside the 95% limits in the worse direction
     */
    public record FunnelDot(String laCode, int key, double denominator, double value, String band, boolean concern) {
    }

    /** The 99.8% and 95% limits at one denominator. */
    public record FunnelCurvePoint(double denominator, double outerLower, double innerLower, double innerUpper, double outerUpper) {
    }
}
