package uk.beacon.triggers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Replays the warehouse's history month by month and measures the early-warning method
 * against adverse events. Every month's assessment uses only data up to that month (each
 * signal is computed as at its own month: SPC limits from the first months, funnels and
 * neighbours within the month, notes and reviews dated up to its end), so replaying the
 * months in order with the trigger rules is what would have happened. Decisions recorded
 * since are left out: the replay asks what the method would have flagged, not what was decided.
 *
 * <p>An event is detected when a trigger opened in the {@code lookbackMonths} up to and
 * including its month; lead time is the months from opening to the event. A trigger that
 * detects no event (none in the {@code lookbackMonths} after it opened) is a false trigger.
 */
public final class Backtest {

    /** An adverse event: a planted decline at its worst, or an inspection judged inadequate. */
    public record Event(String laCode, String kind, YearMonth month) {
    }

    /** A configuration: the score thresholds for the levels. */
    public record Config(String name, double watch, double concern, double serious) {
    }

    public record Outcome(Event event, String triggerId, Integer leadMonths) {
    }

    public record Result(Config config, List<Outcome> outcomes, List<TriggerTracker.Trigger> falseTriggers, double authorityYears,
                         double regionYears) {

        public double detectionRate() {
            return outcomes.isEmpty() ? Double.NaN : outcomes.stream().filter(o -> o.triggerId() != null).count() / (double) outcomes.size();
        }

        public double medianLead() {
            List<Integer> leads = outcomes.stream().map(Outcome::leadMonths).filter(java.util.Objects::nonNull).sorted().toList();
            if (leads.isEmpty()) {
                return Double.NaN;
            }
            int n = leads.size();
            return n % 2 == 1 ? leads.get(n / 2) : (leads.get(n / 2 - 1) + leads.get(n / 2)) / 2.0;
        }
    }

    private final int lookbackMonths;
    private final Properties settings;

    public Backtest(Properties settings, int lookbackMonths) {
        this.settings = settings;
        this.lookbackMonths = lookbackMonths;
    }

    public Result run(Connection c, Config config, List<Event> events) throws SQLException {
        Map<String, List<TriggerTracker.Month>> months = new LinkedHashMap<>();
        Map<String, String> region = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select a.la_code, a.period, a.score, a.evidence, au.region_code from marts.concern_assessment a "
                        + "join core.authorities au using (la_code) order by a.la_code, a.period")) {
            while (rs.next()) {
                double score = rs.getDouble(3);
                String level = score >= config.serious() ? "serious concern" : score >= config.concern() ? "concern"
                        : score >= config.watch() ? "watch" : "none";
                months.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new TriggerTracker.Month(YearMonth.parse(rs.getString(2)), level, score, rs.getString(4)));
                region.put(rs.getString(1), rs.getString(5));
            }
        }
        Map<String, List<TriggerTracker.Review>> reviews = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select la_code, started_on, completed_on from core.peer_reviews")) {
            while (rs.next()) {
                reviews.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new TriggerTracker.Review(
                        rs.getDate(2).toLocalDate(), rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()));
            }
        }
        TriggerTracker tracker = new TriggerTracker(Integer.parseInt(settings.getProperty("review.recent_months", "12").trim()),
                Integer.parseInt(settings.getProperty("trigger.cooldown_months", "6").trim()));
        List<TriggerTracker.Trigger> triggers = new ArrayList<>();
        double monthsObserved = 0;
        for (Map.Entry<String, List<TriggerTracker.Month>> e : months.entrySet()) {
            triggers.addAll(tracker.track(e.getKey(), e.getValue(), reviews.getOrDefault(e.getKey(), List.of()), Map.of()));
            monthsObserved += e.getValue().size();
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<TriggerTracker.Trigger> matched = new ArrayList<>();
        for (Event ev : events) {
            TriggerTracker.Trigger hit = triggers.stream()
                    .filter(t -> t.laCode().equals(ev.laCode()) && !t.opened().isAfter(ev.month())
                            && t.opened().until(ev.month(), ChronoUnit.MONTHS) <= lookbackMonths)
                    .min(java.util.Comparator.comparing(TriggerTracker.Trigger::opened)).orElse(null);
            if (hit != null) {
                matched.add(hit);
            }
            outcomes.add(new Outcome(ev, hit == null ? null : hit.id(), hit == null ? null : (int) hit.opened().until(ev.month(), ChronoUnit.MONTHS)));
        }
        List<TriggerTracker.Trigger> falseTriggers = triggers.stream()
                .filter(t -> events.stream().noneMatch(ev -> ev.laCode().equals(t.laCode()) && !t.opened().isAfter(ev.month())
                        && t.opened().until(ev.month(), ChronoUnit.MONTHS) <= lookbackMonths))
                .toList();
        double authorityYears = monthsObserved / 12.0;
        long regions = region.values().stream().distinct().count();
        double years = months.values().stream().mapToInt(List::size).max().orElse(0) / 12.0;
        return new Result(config, outcomes, falseTriggers, authorityYears, regions * years);
    }
}
