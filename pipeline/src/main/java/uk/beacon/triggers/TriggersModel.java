package uk.beacon.triggers;

import java.sql.Connection;
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
                        List.of(), List.of("trigger_id", "event_on", "status")));
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("marts.concern_assessment", "core.peer_reviews", "raw.trigger_decisions");
    }

    @Override
    public Map<String, Long> build(Connection c, Map<String, String> variables) throws SQLException {
        new TriggerBuilder(settings).build(c);
        return Map.of();
    }
}
