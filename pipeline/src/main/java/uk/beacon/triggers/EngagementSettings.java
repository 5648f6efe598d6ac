package uk.beacon.triggers;

import java.util.Properties;
import uk.beacon.config.SettingValues;

/** The engagement.* settings and the assessment's weights and levels they need (config/early-warning.properties). */
record EngagementSettings(int declinedWindowMonths, int undecidedMonths, double weightDeclined, double weightNoDecision,
                          double strengthCap, double watch, double concern, double serious) {

    static EngagementSettings from(Properties p) {
        return new EngagementSettings(
                SettingValues.integer(p, "engagement.declined_window_months", 12), SettingValues.integer(p, "engagement.undecided_months", 3),
                SettingValues.number(p, "assessment.weight.ENGAGEMENT_DECLINED", 4), SettingValues.number(p, "assessment.weight.ENGAGEMENT_NO_DECISION", 2),
                SettingValues.number(p, "assessment.strength_cap", 3), SettingValues.number(p, "assessment.level.watch", 8),
                SettingValues.number(p, "assessment.level.concern", 15), SettingValues.number(p, "assessment.level.serious", 25));
    }

    String level(double score) {
        return score >= serious ? "serious concern" : score >= concern ? "concern" : score >= watch ? "watch" : "none";
    }
}
