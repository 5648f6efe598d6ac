package uk.beacon.reports.pack;

import java.util.List;
import uk.beacon.reports.chart.FunnelView;

/**
 * One indicator's page of the pack, and its column of the overview table.
 *
 * @param polarity   "high" or "low" (which way is better) or "neutral"
 * @param measure    "percent", "rate", "average" or "count"
 * @param england    England's (pooled) figure for the period, or null
 * @param region     the region's (pooled) figure, or null
 * @param funnel     the funnel plot of every authority, or null where none can be drawn (an
 *                   average or a count has no denominator to set limits from)
 * @param cells      one per authority of the region, in {@link RegionalPack#authorities()} order
 * @param spread     every authority's figure this month (key: its number in the region, 0 outside it),
 *                   drawn as a strip where there is no funnel plot
 */
public record PackIndicator(String code, String label, String shortLabel, String unit, String polarity, String measure,
                            String definition, Double england, Double region, FunnelView funnel, List<PackCell> cells,
                            List<Spread> spread) {

    public PackIndicator {
        cells = cells == null ? List.of() : List.copyOf(cells);
        spread = spread == null ? List.of() : List.copyOf(spread);
    }

    /** One authority's figure on the strip: {@code key} is its number in the region, 0 outside it. */
    public record Spread(String laCode, int key, double value) {
    }
}
