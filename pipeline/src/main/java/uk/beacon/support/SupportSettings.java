package uk.beacon.support;

import java.util.Properties;

/** The support.* settings of config/early-warning.properties (docs/support.md). */
record SupportSettings(int suggestionsPerTrigger, int maxRequestsPerPeriod, int cleanMonths, int inspectionRecentMonths,
                       double preferNeighbour, double preferRegion, double preferInspectionGood) {

    static SupportSettings from(Properties p) {
        return new SupportSettings(
                integer(p, "support.suggestions_per_trigger", 4), integer(p, "support.max_requests_per_period", 3),
                integer(p, "support.clean_months", 6), integer(p, "support.inspection_recent_months", 48),
                decimal(p, "support.prefer.neighbour", 0.3), decimal(p, "support.prefer.region", 0.15),
                decimal(p, "support.prefer.inspection_good", 0.2));
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
