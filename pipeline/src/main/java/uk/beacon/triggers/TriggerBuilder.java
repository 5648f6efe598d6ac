package uk.beacon.triggers;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Rebuilds marts.peer_review_triggers (one row per trigger) and marts.peer_review_trigger_history
 * (one row per status event) from the concern assessment history, the peer reviews and the
 * recorded decisions. Deterministic, so ids are stable from run to run.
 */
final class TriggerBuilder {

    private final TriggerTracker tracker;

    public TriggerBuilder(Properties settings) {
        this.tracker = new TriggerTracker(Integer.parseInt(settings.getProperty("review.recent_months", "12").trim()),
                Integer.parseInt(settings.getProperty("trigger.cooldown_months", "6").trim()));
    }

    public List<TriggerTracker.Trigger> build(Connection c) throws SQLException {
        Map<String, List<TriggerTracker.Month>> months = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select la_code, period, level, score, evidence from marts.concern_assessment order by la_code, period")) {
            while (rs.next()) {
                months.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new TriggerTracker.Month(
                        YearMonth.parse(rs.getString(2)), rs.getString(3), rs.getDouble(4), rs.getString(5)));
            }
        }
        Map<String, List<TriggerTracker.Review>> reviews = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select la_code, started_on, completed_on from core.peer_reviews")) {
            while (rs.next()) {
                Date done = rs.getDate(3);
                reviews.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                        new TriggerTracker.Review(rs.getDate(2).toLocalDate(), done == null ? null : done.toLocalDate()));
            }
        }
        Map<String, List<TriggerTracker.Decision>> decisions = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select trigger_id, status, decided_on, note from raw.trigger_decisions order by decided_on, received_at, row_number")) {
            while (rs.next()) {
                decisions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new TriggerTracker.Decision(
                        rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)));
            }
        }
        List<TriggerTracker.Trigger> all = new ArrayList<>();
        for (Map.Entry<String, List<TriggerTracker.Month>> e : months.entrySet()) {
            all.addAll(tracker.track(e.getKey(), e.getValue(), reviews.getOrDefault(e.getKey(), List.of()), decisions));
        }
        write(c, all);
        return all;
    }

    /** The two tables' descriptions in the warehouse (docs/data-dictionary.md is generated from them). */
    private static final List<String> DESCRIPTIONS = List.of(
            "comment on table marts.peer_review_triggers is 'One row per peer-review trigger, stable from run to run."
                    + " Opened when an authority''s concern assessment reaches the trigger level (docs/early-warning.md).'",
            "comment on column marts.peer_review_triggers.trigger_id is 'T-<la_code>-<YYYY-MM of opening>: the id decisions name (beacon triggers apply)'",
            "comment on column marts.peer_review_triggers.la_code is 'the authority''s DfE 3-digit code'",
            "comment on column marts.peer_review_triggers.opened_period is 'the month the trigger opened (YYYY-MM)'",
            "comment on column marts.peer_review_triggers.level_at_opening is 'the concern level when it opened'",
            "comment on column marts.peer_review_triggers.highest_level is 'the highest concern level while it was open'",
            "comment on column marts.peer_review_triggers.score_at_opening is 'the concern score when it opened'",
            "comment on column marts.peer_review_triggers.status is 'open, accepted, declined or completed'",
            "comment on column marts.peer_review_triggers.closed_period is 'the month it closed (null while open or accepted)'",
            "comment on column marts.peer_review_triggers.reasons is 'the evidence at opening, heaviest first'",
            "comment on table marts.peer_review_trigger_history is 'One row per status event of a trigger: opened, level rose,"
                    + " decisions recorded, reviews started and completed.'",
            "comment on column marts.peer_review_trigger_history.trigger_id is 'the trigger (marts.peer_review_triggers)'",
            "comment on column marts.peer_review_trigger_history.event_on is 'the date of the event'",
            "comment on column marts.peer_review_trigger_history.status is 'the trigger''s status after the event'",
            "comment on column marts.peer_review_trigger_history.note is 'what happened'");

    private static void write(Connection c, List<TriggerTracker.Trigger> triggers) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create or replace table marts.peer_review_triggers (
                        trigger_id varchar primary key, la_code varchar not null, opened_period varchar not null,
                        level_at_opening varchar not null, highest_level varchar not null, score_at_opening double not null,
                        status varchar not null, closed_period varchar, reasons varchar)""");
            s.execute("""
                    create or replace table marts.peer_review_trigger_history (
                        trigger_id varchar not null, event_on date not null, status varchar not null, note varchar)""");
            for (String comment : DESCRIPTIONS) {
                s.execute(comment);
            }
        }
        try (PreparedStatement t = c.prepareStatement("insert into marts.peer_review_triggers values (?,?,?,?,?,?,?,?,?)");
             PreparedStatement h = c.prepareStatement("insert into marts.peer_review_trigger_history values (?,?,?,?)")) {
            for (TriggerTracker.Trigger tr : triggers) {
                t.setString(1, tr.id());
                t.setString(2, tr.laCode());
                t.setString(3, tr.opened().toString());
                t.setString(4, tr.levelAtOpening());
                t.setString(5, tr.highestLevel());
                t.setDouble(6, tr.scoreAtOpening());
                t.setString(7, tr.status());
                t.setString(8, tr.closed() == null ? null : tr.closed().toString());
                t.setString(9, tr.reasons());
                t.addBatch();
                for (TriggerTracker.Event ev : tr.history()) {
                    h.setString(1, tr.id());
                    h.setDate(2, Date.valueOf(ev.on()));
                    h.setString(3, ev.status());
                    h.setString(4, ev.note());
                    h.addBatch();
                }
            }
            t.executeBatch();
            h.executeBatch();
        }
    }
}
