package uk.beacon.reports.dashboard;

import java.util.List;

/** The sentences of the dashboard's "Data quality of its returns" section. */
public final class DataQualityFormat {

    private DataQualityFormat() {
    }

    /**
     * e.g. "Returns in the last 12 months (November 2025 to October 2026): 10 in full, 1 partial,
     * 1 not received; 2 late."
     */
    public static String returnsLine(DataQuality q) {
        String span = q.months() == 12 ? "the last 12 months" : q.months() == 1 ? "the only month so far" : "the last " + q.months() + " months";
        String late = q.late() == 0 ? "none late" : q.late() + " late";
        return "Returns in " + span + " (" + q.window() + "): " + q.inFull() + " in full, " + q.partial() + " partial, "
                + q.missing() + " not received; " + late + ".";
    }

    /** The period's findings, one per line with a bullet, or "No data-quality issues found for October 2026." */
    public static String thisPeriod(DataQuality q, String periodLabel) {
        List<String> findings = q.thisPeriod();
        if (findings.isEmpty()) {
            return "No data-quality issues found for " + periodLabel + ".";
        }
        StringBuilder text = new StringBuilder(periodLabel).append(":");
        for (String finding : findings) {
            text.append("\n\u2022 ").append(finding.strip());
        }
        return text.toString();
    }
}
