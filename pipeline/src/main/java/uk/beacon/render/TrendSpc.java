package uk.beacon.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.beacon.catalogue.Indicator.Polarity;
import uk.beacon.reports.chart.ProcessLimits;
import uk.beacon.reports.chart.SpecialCauseMark;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.signals.PointLabel;
import uk.beacon.signals.SeriesPoint;
import uk.beacon.signals.SpcSettings;
import uk.beacon.signals.XmrChart;
import uk.beacon.signals.XmrLimits;

/**
 * The SPC overlay of the dashboard's trend chart: the XmR centre line and process limits, and
 * which months carry a special cause, from the same kernel ({@link XmrChart}) and settings the
 * early-warning signals use, fitted on the authority's whole monthly series (not only the 24
 * months the chart shows), so the chart and the evidence in signals.spc agree.
 *
 * <p>As in signals.spc, only months after the baseline are marked: the baseline months set the
 * limits and are not judged against them.
 *
 * @param limits the centre line and limits, or null when the series is too short for XmR
 * @param marks  month ("YYYY-MM") to what its special cause means; months without one are absent
 */
record TrendSpc(ProcessLimits limits, Map<String, SpecialCauseMark> marks) {

    TrendSpc {
        marks = Map.copyOf(marks);
    }

    /** No limits and no marks: the series is too short for XmR (or the indicator is unknown). */
    static final TrendSpc NONE = new TrendSpc(null, Map.of());

    /** Fits the overlay on {@code series} (in time order, no gaps in values). */
    static TrendSpc fit(List<SeriesPoint> series, Polarity polarity, SpcSettings settings) {
        if (polarity == null || series.size() < settings.minimumXmrPoints()) {
            return NONE;
        }
        XmrChart chart = XmrChart.fit(series, polarity, settings);
        XmrLimits l = chart.limits();
        ProcessLimits limits = new ProcessLimits(l.mean(), l.lowerLimit(), l.upperLimit(), series.get(0).period(),
                series.get(chart.baselineLength() - 1).period(), chart.baselineLength(), settings.limitFactor());
        Map<String, SpecialCauseMark> marks = new HashMap<>();
        for (PointLabel p : chart.points()) {
            if (!p.inBaseline() && p.label().isPresent()) {
                marks.put(p.point().period(), switch (p.label().get().meaning()) {
                    case CONCERN -> SpecialCauseMark.CONCERN;
                    case IMPROVEMENT -> SpecialCauseMark.IMPROVEMENT;
                    case NEUTRAL_CHANGE -> SpecialCauseMark.NEUTRAL_CHANGE;
                });
            }
        }
        return new TrendSpc(limits, marks);
    }

    /** The shown points with their months' special causes (a point with no value is never marked). */
    List<TrendPoint> mark(List<TrendPoint> shown) {
        List<TrendPoint> out = new ArrayList<>(shown.size());
        for (TrendPoint p : shown) {
            SpecialCauseMark mark = p.value() == null ? null : marks.get(p.period());
            out.add(new TrendPoint(p.indicatorCode(), p.period(), p.value(), p.england(), p.region(), mark));
        }
        return out;
    }
}
