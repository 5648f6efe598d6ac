package uk.beacon.reports.dashboard;

import java.util.List;
import uk.beacon.reports.chart.ProcessLimits;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.reports.format.NoteLine;

/**
 * Everything one authority dashboard shows.
 *
 * <p>{@code trend} holds the points of one indicator only (the one named by
 * {@code trendIndicatorLabel}); the renderer rejects a trend that mixes indicator codes.
 * Null lists are treated as empty. {@code returnStatus} says whether the period's return
 * arrived, so a dashboard of an authority whose return is missing says so rather than
 * showing a table of blanks without explanation. {@code notes} are the soft-intelligence
 * notes the audience may see; {@code notesWithheld} says how many others exist, so a reader
 * knows the picture is partial without learning anything about them.
 *
 * <p>{@code trendLimits} are the SPC centre line and process limits for the trend (fitted by the
 * pipeline on the authority's whole monthly series), or null when the series is too short for
 * them; special causes are marked on the trend points themselves. {@code dataQuality} is the
 * record of the authority's own returns; null leaves the section out.
 */
public record AuthorityDashboard(String laCode, String laName, String regionName,
                                 String period /* YYYY-MM */, String periodLabel /* e.g. "October 2026" */,
                                 String dataAsOf /* e.g. "23 November 2026" */,
                                 boolean synthetic, String tlp /* e.g. "TLP:GREEN" */,
                                 List<IndicatorRow> rows,
                                 String trendIndicatorLabel, String trendUnit, List<TrendPoint> trend,
                                 ProcessLimits trendLimits /* null: too few months for limits */,
                                 String returnStatus /* e.g. "Return received in full"; null to omit */,
                                 DataQuality dataQuality /* null to omit */,
                                 String audienceLabel /* who the copy is for, e.g. "Regional ADCS group: North Fells" */,
                                 List<NoteLine> notes /* only notes this audience may see */,
                                 int notesWithheld /* notes about the authority above the audience's TLP level */) {

    public AuthorityDashboard {
        // Immutable snapshots: a dashboard may be rendered on another thread while the caller moves on.
        rows = rows == null ? List.of() : List.copyOf(rows);
        trend = trend == null ? List.of() : List.copyOf(trend);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** This dashboard as one audience receives it: its marking, label, the notes it may see and the withheld count. */
    public AuthorityDashboard forAudience(String marking, String forAudience, List<NoteLine> shownNotes, int withheld) {
        return new AuthorityDashboard(laCode, laName, regionName, period, periodLabel, dataAsOf, synthetic, marking, rows,
                trendIndicatorLabel, trendUnit, trend, trendLimits, returnStatus, dataQuality, forAudience, shownNotes, withheld);
    }
}
