package uk.beacon.triggers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Engagement as a signal: a declined targeted review, or a trigger left without a decision, counts
 * in the concern assessment (issue 16, docs/support.md). The research behind Beacon warns that an
 * authority unwilling to engage in peer review may be masking decline.
 *
 * <p>Both rules need the triggers, and the triggers are replayed from the assessment, so the
 * triggers step runs in two passes: triggers from the assessment as the signals step left it,
 * then these signals are added to the assessment, then the triggers are replayed on the adjusted
 * assessment (a declined review can so raise a later month's level). The adjustment is
 * idempotent: the assessment keeps its score, level and evidence before engagement in columns of
 * their own, and each pass starts from those, so `beacon triggers apply` can run it again.
 *
 * <ul>
 *   <li>{@code ENGAGEMENT_DECLINED}: in the month a trigger's review was declined and the
 *       {@code engagement.declined_window_months} - 1 months after it; strength 1.</li>
 *   <li>{@code ENGAGEMENT_NO_DECISION}: each month a trigger is still open with neither acceptance
 *       nor decline, once it has waited more than {@code engagement.undecided_months}; strength
 *       is the months waited over that threshold (1 = just past it), capped as every signal is.
 *       Only from the first decision the warehouse holds: until the sector body records decisions
 *       with {@code beacon triggers apply}, silence is no evidence of anything (a replay of history,
 *       which has no decisions, is not scored on them).</li>
 * </ul>
 */
public final class EngagementSignals {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** One engagement finding for one authority and month. */
    record Finding(String laCode, YearMonth period, String ruleId, double strength, String evidence, String triggerId) {
    }

    private final EngagementSettings settings;

    EngagementSignals(EngagementSettings settings) {
        this.settings = settings;
    }

    /**
     * The findings for every month from the triggers' opening up to {@code lastMonth};
     * {@code decisionsFrom} is the first decision the warehouse holds (null: none yet).
     */
    List<Finding> find(List<TriggerTracker.Trigger> triggers, YearMonth lastMonth, LocalDate decisionsFrom) {
        List<Finding> out = new ArrayList<>();
        for (TriggerTracker.Trigger t : triggers) {
            for (TriggerTracker.Event e : t.history()) {
                if (e.status().equals("declined")) {
                    YearMonth decided = YearMonth.from(e.on());
                    for (int i = 0; i < settings.declinedWindowMonths(); i++) {
                        YearMonth m = decided.plusMonths(i);
                        if (m.isAfter(lastMonth)) {
                            break;
                        }
                        out.add(new Finding(t.laCode(), m, "ENGAGEMENT_DECLINED", 1.0,
                                "Declined the targeted peer review offered on trigger " + t.id() + " (decided " + e.on().format(DAY)
                                        + "); counts for " + settings.declinedWindowMonths() + " months.", t.id()));
                    }
                }
            }
            LocalDate decidedOn = t.history().stream()
                    .filter(e -> !e.status().equals("open"))
                    .map(TriggerTracker.Event::on).min(LocalDate::compareTo).orElse(null);
            YearMonth lastUndecided = decidedOn == null ? lastMonth : YearMonth.from(decidedOn).minusMonths(1);
            if (t.closed() != null && t.closed().isBefore(lastUndecided)) {
                lastUndecided = t.closed();
            }
            if (decisionsFrom == null) {
                continue;
            }
            for (YearMonth m = t.opened().plusMonths(settings.undecidedMonths() + 1L); !m.isAfter(lastUndecided); m = m.plusMonths(1)) {
                if (m.atEndOfMonth().isBefore(decisionsFrom)) {
                    continue;
                }
                long waited = ChronoUnit.MONTHS.between(t.opened(), m);
                double strength = Math.round((double) waited / settings.undecidedMonths() * 100) / 100.0;
                out.add(new Finding(t.laCode(), m, "ENGAGEMENT_NO_DECISION", strength,
                        "Trigger " + t.id() + " opened in " + t.opened().format(MONTH) + " has had no decision (accepted or declined) for "
                                + waited + " months (counts after " + settings.undecidedMonths() + ").", t.id()));
            }
        }
        return out;
    }

    /**
     * Writes {@code signals.engagement} and applies the findings to marts.concern_assessment, from
     * the assessment as it was before engagement. Returns the number of findings.
     */
    int apply(Connection c, List<Finding> findings) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("alter table marts.concern_assessment add column if not exists score_before_engagement double");
            s.execute("alter table marts.concern_assessment add column if not exists level_before_engagement varchar");
            s.execute("alter table marts.concern_assessment add column if not exists evidence_before_engagement varchar");
            s.execute("alter table marts.concern_assessment add column if not exists concern_signals_before_engagement bigint");
            for (String col : List.of("score", "level", "evidence", "concern_signals")) { // described in the warehouse (docs/data-dictionary.md)
                s.execute("comment on column marts.concern_assessment." + col + "_before_engagement is '" + col
                        + " before the engagement signals were added by the triggers step (docs/support.md)'");
            }
            s.execute("""
                    update marts.concern_assessment set score_before_engagement = score, level_before_engagement = level,
                        evidence_before_engagement = evidence, concern_signals_before_engagement = concern_signals
                    where score_before_engagement is null""");
            s.execute("""
                    update marts.concern_assessment set score = score_before_engagement, level = level_before_engagement,
                        evidence = evidence_before_engagement, concern_signals = concern_signals_before_engagement""");
            s.execute("""
                    create or replace table signals.engagement (
                        la_code varchar not null, period varchar not null, indicator varchar, rule_id varchar not null,
                        direction varchar not null, strength double not null, evidence varchar not null, trigger_id varchar not null)""");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into signals.engagement values (?, ?, null, ?, 'concern', ?, ?, ?)")) {
            for (Finding f : findings) {
                ps.setString(1, f.laCode());
                ps.setString(2, f.period().toString());
                ps.setString(3, f.ruleId());
                ps.setDouble(4, f.strength());
                ps.setString(5, f.evidence());
                ps.setString(6, f.triggerId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // Per authority and month: the contributions, heaviest first (then by rule and trigger, a stated order).
        Map<String, List<Finding>> byMonth = new TreeMap<>();
        for (Finding f : findings) {
            byMonth.computeIfAbsent(f.laCode() + "|" + f.period(), k -> new ArrayList<>()).add(f);
        }
        try (PreparedStatement read = c.prepareStatement(
                "select score, evidence, concern_signals from marts.concern_assessment where la_code = ? and period = ?");
             PreparedStatement write = c.prepareStatement(
                     "update marts.concern_assessment set score = ?, level = ?, evidence = ?, concern_signals = ? where la_code = ? and period = ?")) {
            for (Map.Entry<String, List<Finding>> e : byMonth.entrySet()) {
                String[] key = e.getKey().split("\\|");
                read.setString(1, key[0]);
                read.setString(2, key[1]);
                double score;
                String evidence;
                long signals;
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        continue; // a month the assessment does not hold (before the first return)
                    }
                    score = rs.getDouble(1);
                    evidence = rs.getString(2);
                    signals = rs.getLong(3);
                }
                List<Finding> list = new ArrayList<>(e.getValue());
                list.sort((a, b) -> {
                    int w = Double.compare(contribution(b), contribution(a));
                    return w != 0 ? w : (a.ruleId() + a.triggerId()).compareTo(b.ruleId() + b.triggerId());
                });
                List<String> lines = evidence == null || evidence.isBlank() ? new ArrayList<>() : new ArrayList<>(List.of(evidence.split("\n")));
                for (Finding f : list) {
                    double add = contribution(f);
                    score += add;
                    insertHeaviestFirst(lines, add, "[" + number(add) + "] " + f.ruleId() + ": " + f.evidence());
                }
                score = Math.round(score * 100) / 100.0;
                write.setDouble(1, score);
                write.setString(2, settings.level(score));
                write.setString(3, String.join("\n", lines));
                write.setLong(4, signals + list.size());
                write.setString(5, key[0]);
                write.setString(6, key[1]);
                write.addBatch();
            }
            write.executeBatch();
        }
        return findings.size();
    }

    /**
     * Puts an evidence line where the assessment would have: counted lines heaviest first, before
     * every lighter counted line and every line marked "not counted".
     */
    static void insertHeaviestFirst(List<String> lines, double weight, String line) {
        int at = 0;
        while (at < lines.size()) {
            String existing = lines.get(at);
            int close = existing.indexOf(']');
            boolean counted = close > 0 && !existing.substring(0, close).contains("not counted");
            double w;
            try {
                w = close > 1 ? Math.abs(Double.parseDouble(existing.substring(1, close).split(",")[0].trim())) : 0;
            } catch (NumberFormatException e) {
                w = 0;
            }
            if (!counted || w < weight) {
                break;
            }
            at++;
        }
        lines.add(at, line);
    }

    private double contribution(Finding f) {
        double weight = f.ruleId().equals("ENGAGEMENT_DECLINED") ? settings.weightDeclined() : settings.weightNoDecision();
        return Math.round(weight * Math.min(f.strength(), settings.strengthCap()) * 100) / 100.0;
    }

    /** As DuckDB prints a rounded double in the assessment's evidence: 4.0, 4.38. */
    static String number(double v) {
        return Double.toString(Math.round(v * 100) / 100.0);
    }
}
