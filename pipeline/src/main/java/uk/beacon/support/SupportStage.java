package uk.beacon.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import uk.beacon.transform.JavaModel;
import uk.beacon.triggers.TriggersModel;

/**
 * From trigger to help, as a model of the graph (layer {@code triggers}, after the trigger tables;
 * docs/support.md): the indicators behind each trigger (marts.trigger_indicators), support
 * suggestions (marts.support_suggestions), shared-concern groups (marts.learning_groups) and the
 * outcomes of commissioned support (marts.support_outcomes), as of the run's month (in a rebuild,
 * the last month assessed).
 */
public final class SupportStage implements JavaModel {

    private final Properties settings;

    public SupportStage(Properties settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "support suggestions";
    }

    @Override
    public String layer() {
        return "triggers";
    }

    @Override
    public List<ModelTable> tables() {
        return List.of(
                new ModelTable("marts.trigger_indicators", "one row per trigger and indicator behind its concern",
                        List.of(List.of("trigger_id", "indicator")), List.of("trigger_id", "la_code", "indicator", "rank")),
                new ModelTable("marts.support_suggestions", "one row per active trigger and suggested authority",
                        List.of(List.of("trigger_id", "suggested_la_code"), List.of("trigger_id", "rank")),
                        List.of("period", "trigger_id", "la_code", "suggested_la_code", "rank", "score", "indicators", "reason", "summary")),
                new ModelTable("marts.learning_groups", "one row per member of a proposed shared-concern group",
                        List.of(List.of("group_id", "la_code")), List.of("period", "group_id", "scope", "indicator", "la_code")),
                new ModelTable("marts.support_outcomes", "one row per trigger, commissioned authority and indicator behind the trigger",
                        List.of(List.of("trigger_id", "support_la_code", "indicator")),
                        List.of("trigger_id", "la_code", "support_la_code", "commissioned_on", "indicator")));
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("marts.peer_review_triggers", "marts.concern_assessment", "marts.support_strengths", "signals.all_signals",
                "signals.engagement", "core.authorities", "core.inspections", "core.indicator_values", "ref.neighbours",
                "ref.indicators", "ref.settings", "raw.trigger_decisions");
    }

    @Override
    public Map<String, Long> build(Connection c, Map<String, String> variables) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        YearMonth period = TriggersModel.assessedMonth(c, variables);
        SupportSettings s = SupportSettings.from(settings);
        try (Statement st = c.createStatement()) {
            st.execute("create or replace table marts.trigger_indicators as " + sql("trigger_indicators.sql"));
        }
        if (period == null) {
            SupportMatcher.write(c, YearMonth.of(1970, 1), List.of(), null);
            LearningGroups.write(c, YearMonth.of(1970, 1), List.of(), null);
        } else {
            try (Statement st = c.createStatement()) {
                st.execute("set variable run_period = '" + period + "'");
            }
            SupportMatcher.Inputs in = SupportMatcher.load(c, period, s);
            List<SupportMatcher.Suggestion> suggestions = new SupportMatcher(s).match(SupportMatcher.needs(c, period), in, period);
            SupportMatcher.write(c, period, suggestions, in);
            List<LearningGroups.Group> groups = new LearningGroups(s).form(LearningGroups.concerns(c, period), in, period);
            LearningGroups.write(c, period, groups, in);
            rows.put("marts.support_suggestions", (long) suggestions.size());
            rows.put("marts.learning_groups", (long) groups.stream().mapToInt(g -> g.members().size()).sum());
        }
        try (Statement st = c.createStatement()) {
            st.execute("create or replace table marts.support_outcomes as " + sql("support_outcomes.sql"));
        }
        return rows;
    }

    private static String sql(String name) {
        try (InputStream in = SupportStage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
