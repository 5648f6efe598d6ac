package uk.beacon.reports.dashboard;

import java.util.List;

/**
 * The quality of an authority's own returns, as the dashboard's "Data quality" section states it.
 *
 * @param window           the months counted, e.g. "November 2025 to October 2026"
 * @param months           how many months that is (12, or fewer for an authority that started returning later)
 * @param inFull           returns received in full in those months
 * @param partial          returns received with some indicators missing
 * @param missing          returns not received
 * @param late             returns first saved after the deadline in those months
 * @param thisPeriod       the period's data-quality findings in plain English (missing, partial or
 *                         late return, rows refused, resubmissions, implausible jumps), most serious first;
 *                         empty when there are none
 */
public record DataQuality(String window, int months, int inFull, int partial, int missing, int late, List<String> thisPeriod) {

    public DataQuality {
        thisPeriod = thisPeriod == null ? List.of() : List.copyOf(thisPeriod);
    }
}
