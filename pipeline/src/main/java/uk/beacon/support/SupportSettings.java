package uk.beacon.support;

import java.util.Properties;

/** The support.* and engagement.* settings of config/early-warning.properties (docs/support.md). */
record SupportSettings(int suggestionsPerTrigger, int maxRequestsPerPeriod, int cleanMonths, int inspectionRecentMonths,
                       double preferNeighbour, double preferRegion, double preferInspectionGood,
                       int declinedWindowMonths, int undecidedMonths, double weightDeclined, double weightNoDecision,
                       double strengthCap, double watch, double concern, double serious) {

    static SupportSettings from(Properties p) {
        return new SupportSettings(
                integer(p, "support.suggestions_per_trigger", 4), integer(p, "support.max_requests_per_period", 3),
                integer(p, "support.clean_months", 6), integer(p, "support.inspection_recent_months", 48),
                decimal(p, "support.prefer.neighbour", 0.3), decimal(p, "support.prefer.region", 0.15),
                decimal(p, "support.prefer.inspection_good", 0.2),
                integer(p, "engagement.declined_window_months", 12), integer(p, "engagement.undecided_months", 3),
                decimal(p, "assessment.weight.ENGAGEMENT_DECLINED", 4), decimal(p, "assessment.weight.ENGAGEMENT_NO_DECISION", 2),
                decimal(p, "assessment.strength_cap", 3), decimal(p, "assessment.level.watch", 8),
                decimal(p, "assessment.level.concern", 15), decimal(p, "assessment.level.serious", 25));
    }

    String level(double score) {
        return score >= serious ? "serious concern" : score >= concern ? "concern" : score >= watch ? "watch" : "none";
    }

    private static int integer(Properties p, String key, int fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : Integer.parseInt(v.trim());
    }

    private static double decimal(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : Double.parseDouble(v.trim());
    }
}
