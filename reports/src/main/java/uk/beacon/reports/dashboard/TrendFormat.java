package uk.beacon.reports.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.beacon.reports.chart.ProcessLimits;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.reports.format.FigureFormat;
import uk.beacon.reports.format.ReportException;

/**
 * The words around the dashboard's trend chart: the value axis label and the caption saying
 * where the SPC centre line and process limits come from.
 */
public final class TrendFormat {

    public static final String TOO_FEW_MONTHS = "Too few months for process limits: the chart shows the figures only.";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private TrendFormat() {
    }

    /** The value axis label: the unit, with "%" spelt out so the axis never carries a lone symbol. */
    public static String axisLabel(String unit) {
        String u = unit == null ? "" : unit.strip();
        if (u.isEmpty()) {
            return "Value";
        }
        return u.equals("%") ? "Per cent (%)" : u;
    }

    /**
     * The lower limit is left off when it is below zero and no figure is: a negative percentage
     * or rate cannot happen, and drawing it would stretch the axis below zero for nothing.
     */
    static boolean drawsLowerLimit(ProcessLimits limits, List<TrendPoint> trend) {
        if (limits == null) {
            return false;
        }
        boolean anyNegative = trend.stream().anyMatch(p -> p.value() != null && p.value() < 0);
        return limits.lower() >= 0 || anyNegative;
    }

    /**
     * The caption under the chart, e.g. "Centre line 21.4, process limits 14.2 to 28.6 (%), from
     * the first 12 months, May 2023 to Apr 2024 (XmR: centre ± 2.66 × mean moving range). …"; "" without a
     * trend; {@link #TOO_FEW_MONTHS} without limits.
     */
    public static String caption(ProcessLimits limits, List<TrendPoint> trend, String unit) throws ReportException {
        if (trend.isEmpty()) {
            return "";
        }
        if (limits == null) {
            return TOO_FEW_MONTHS;
        }
        String lower = drawsLowerLimit(limits, trend) ? FigureFormat.figure(limits.lower(), unit)
                : "below zero (not drawn)";
        String u = unit == null || unit.isBlank() ? "" : " (" + unit.strip() + ")";
        long marked = trend.stream().filter(p -> p.specialCause() != null).count();
        return "Centre line " + FigureFormat.figure(limits.centre(), unit) + ", process limits " + lower + " to "
                + FigureFormat.figure(limits.upper(), unit) + u + ", from the first " + limits.baselineMonths() + " months, "
                + month(limits.baselineFirst()) + " to " + month(limits.baselineLast())
                + " (XmR: centre \u00B1 " + String.format(Locale.UK, "%.2f", limits.limitFactor()) + " \u00D7 mean moving range). "
                + "Marked points are special causes, unlikely to be chance: a point outside the limits, or a run, "
                + "trend or cluster near a limit. " + markedSentence(marked, trend.size());
    }

    private static String markedSentence(long marked, int shown) {
        if (marked == 0) {
            return "None in the " + shown + " months shown.";
        }
        return marked + " of the " + shown + " months shown " + (marked == 1 ? "is" : "are") + " marked.";
    }

    private static String month(String period) throws ReportException {
        YearMonth month = DashboardDataSources.parseMonth(period);
        return month.format(MONTH);
    }
}
