package uk.beacon.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import uk.beacon.triggers.TriggerBuilder;
import uk.beacon.triggers.TriggerTracker;

/**
 * Everything the triggers step builds, in one order used by the monthly cycle and by
 * {@code beacon triggers apply} alike (docs/support.md):
 * <ol>
 *   <li>triggers replayed from the assessment as the signals step left it;</li>
 *   <li>engagement signals (a declined review, a trigger left without a decision) added to the
 *       assessment ({@link EngagementSignals});</li>
 *   <li>triggers replayed again on the adjusted assessment;</li>
 *   <li>the indicators behind each trigger (marts.trigger_indicators), support suggestions
 *       (marts.support_suggestions), learning groups (marts.learning_groups) and the outcomes of
 *       commissioned support (marts.support_outcomes).</li>
 * </ol>
 * All on the caller's connection and transaction.
 */
public final class SupportStage {

    /** What was built, for the step's summary. */
    public record Result(List<TriggerTracker.Trigger> triggers, int engagementSignals, int suggestions, int groups) {
    }

    private final Properties settings;

    public SupportStage(Properties settings) {
        this.settings = settings;
    }

    public Result build(Connection c, YearMonth period) throws SQLException {
        SupportSettings s = SupportSettings.from(settings);
        TriggerBuilder triggers = new TriggerBuilder(settings);
        List<TriggerTracker.Trigger> first = triggers.build(c);
        EngagementSignals engagement = new EngagementSignals(s);
        int findings = engagement.apply(c, engagement.find(first, period));
        List<TriggerTracker.Trigger> all = triggers.build(c);
        try (Statement st = c.createStatement()) {
            st.execute("set variable run_period = '" + period + "'");
            st.execute("create or replace table marts.trigger_indicators as " + sql("trigger_indicators.sql"));
        }
        SupportMatcher.Inputs in = SupportMatcher.load(c, period, s);
        List<SupportMatcher.Suggestion> suggestions = new SupportMatcher(s).match(SupportMatcher.needs(c, period), in, period);
        SupportMatcher.write(c, period, suggestions, in);
        LearningGroups groups = new LearningGroups(s);
        List<LearningGroups.Group> formed = groups.form(LearningGroups.concerns(c, period), in, period);
        LearningGroups.write(c, period, formed, in);
        try (Statement st = c.createStatement()) {
            st.execute("create or replace table marts.support_outcomes as " + sql("support_outcomes.sql"));
        }
        return new Result(all, findings, suggestions.size(), formed.size());
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
