package uk.beacon.support;

import java.util.Properties;
import uk.beacon.config.SettingValues;

/** The support.* settings of config/early-warning.properties (docs/support.md). */
record SupportSettings(int suggestionsPerTrigger, int maxRequestsPerPeriod, int cleanMonths, int inspectionRecentMonths,
                       double preferNeighbour, double preferRegion, double preferInspectionGood) {

    static SupportSettings from(Properties p) {
        return new SupportSettings(
                SettingValues.integer(p, "support.suggestions_per_trigger", 4), SettingValues.integer(p, "support.max_requests_per_period", 3),
                SettingValues.integer(p, "support.clean_months", 6), SettingValues.integer(p, "support.inspection_recent_months", 48),
                SettingValues.number(p, "support.prefer.neighbour", 0.3), SettingValues.number(p, "support.prefer.region", 0.15),
                SettingValues.number(p, "support.prefer.inspection_good", 0.2));
    }
}
