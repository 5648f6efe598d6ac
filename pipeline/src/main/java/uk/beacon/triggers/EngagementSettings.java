package uk.beacon.triggers;

import java.util.Properties;

/** The engagement.* settings and the assessment's weights and levels they need (config/early-warning.properties). */
record EngagementSettings(int declinedWindowMonths, int undecidedMonths, double weightDeclined, double weightNoDecision,
                          double strengthCap, double watch, double concern, double serious) {

    static EngagementSettings from(Properties p) {
        return new EngagementSettings(
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
