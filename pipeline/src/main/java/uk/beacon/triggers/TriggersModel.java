package uk.beacon.triggers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import uk.beacon.transform.JavaModel;

/**
 * The peer-review triggers as a model of the graph (layer {@code triggers}, after the marts):
 * reads the concern assessment history, the peer reviews and the recorded decisions, writes
 * marts.peer_review_triggers and marts.peer_review_trigger_history ({@link TriggerBuilder}).
 *
 * <p>In two passes, because engagement counts in the assessment and needs the triggers
 * ({@link EngagementSignals}, docs/support.md): triggers from the assessment as the signals step
 * left it; engagement signals (a declined review, a trigger left undecided) written to
 * signals.engagement and added to marts.concern_assessment; triggers replayed on the adjusted
 * assessment. Idempotent: the assessment keeps its figures before engagement.
 */
public final class TriggersModel implements JavaModel {

    private final Properties settings;

    public TriggersModel(Properties settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "peer-review triggers";
    }

    @Override
    public String layer() {
        return "triggers";
    }

    @Override
    public List<ModelTable> tables() {
        return List.of(
                new ModelTable("marts.peer_review_triggers", "one row per peer-review trigger",
                        List.of(List.of("trigger_id")), List.of("trigger_id", "la_code", "opened_period", "status")),
                new ModelTable("marts.peer_review_trigger_history", "one row per status event of a trigger",
                        List.of(), List.of("trigger_id", "event_on", "status")),
                new ModelTable("signals.engagement", "one row per authority, month, engagement rule and trigger",
                        List.of(List.of("la_code", "period", "rule_id", "trigger_id")),
                        List.of("la_code", "period", "rule_id", "direction", "strength", "evidence", "trigger_id")));
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("marts.concern_assessment", "core.peer_reviews", "raw.trigger_decisions");
    }

    @Override
    public Map<String, Long> build(Connection c, Map<String, String> variables) throws SQLException {
        TriggerBuilder builder = new TriggerBuilder(settings);
        List<TriggerTracker.Trigger> first = builder.build(c);
        EngagementSignals engagement = new EngagementSignals(EngagementSettings.from(settings));
        YearMonth last = assessedMonth(c, variables);
        int findings = engagement.apply(c, last == null ? List.of() : engagement.find(first, last, firstDecision(c)));
        List<TriggerTracker.Trigger> all = builder.build(c);
        return Map.of("marts.peer_review_triggers", (long) all.size(), "signals.engagement", (long) findings);
    }

    /** The first decision the warehouse holds (null: none): undecided triggers count only from then. */
    private static java.time.LocalDate firstDecision(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select min(decided_on) from raw.trigger_decisions")) {
            rs.next();
            java.sql.Date d = rs.getDate(1);
            return d == null ? null : d.toLocalDate();
        }
    }

    /**
     * The month the triggers layer is built as of: the run's month, or (in a rebuild without one, such
     * as {@code beacon triggers apply}) the last month assessed; null when nothing is assessed.
     */
    public static YearMonth assessedMonth(Connection c, Map<String, String> variables) throws SQLException {
        String period = variables.get("run_period");
        if (period != null && period.matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(period);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select max(period) from marts.concern_assessment")) {
            rs.next();
            String max = rs.getString(1);
            return max == null ? null : YearMonth.parse(max);
        }
    }
}
