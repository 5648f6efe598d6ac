package uk.beacon.reports.pack;

import java.util.List;
import uk.beacon.reports.chart.TrendPoint;

/**
 * One authority's figure for one indicator: its overview cell and its small-multiple panel.
 *
 * @param status  suppression marker ("c", "x" …) when there is no figure, else null
 * @param signal  the strongest signal about this figure this month
 * @param summary the rule behind the signal (e.g. "FUNNEL_OUTSIDE_998"), or "" when there is none
 * @param trend   the last 24 months (value, England, region); null values leave gaps
 */
public record PackCell(String laCode, Double value, String status, PackSignal signal, String summary, List<TrendPoint> trend) {

    public PackCell {
        trend = trend == null ? List.of() : List.copyOf(trend);
        signal = signal == null ? PackSignal.NONE : signal;
        summary = summary == null ? "" : summary;
    }
}
