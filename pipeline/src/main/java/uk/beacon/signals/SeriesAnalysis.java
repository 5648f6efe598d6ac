package uk.beacon.signals;

import java.util.List;
import uk.beacon.catalogue.Indicator.Polarity;

/** What an authority's own series says about it: an XmR chart when it is long enough, a run chart when not. */
public sealed interface SeriesAnalysis permits XmrChart, RunChart {

    /**
     * Making Data Count sets XmR limits on at least 12 points (fewer give limits too unstable to
     * trust); a shorter series, such as a handful of annual figures, gets the run-chart rules,
     * which need no limits.
     */
    static SeriesAnalysis of(List<SeriesPoint> series, Polarity polarity, SpcSettings settings) {
        return series.size() >= settings.minimumXmrPoints()
                ? XmrChart.fit(series, polarity, settings)
                : RunChart.analyse(series, polarity, settings);
    }
}
