package uk.beacon.signals;

import java.util.List;

/**
 * A funnel plot of one indicator and period across a peer group.
 *
 * @param target θ₀, the group's pooled value (sum of numerators over sum of denominators), on the
 *               indicator's scale
 * @param points the assessed units, in the order given
 */
public record FunnelResult(FunnelModel model, double scale, double target, Overdispersion overdispersion,
                           List<FunnelPoint> points, List<NotAssessable> notAssessable) {

    public FunnelResult {
        points = List.copyOf(points);
        notAssessable = List.copyOf(notAssessable);
    }
}
