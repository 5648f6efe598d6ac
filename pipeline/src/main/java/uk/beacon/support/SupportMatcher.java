package uk.beacon.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Support suggestions (issue 16): for each active trigger, the authorities best placed to help on
 * the indicators behind its concern, written to marts.support_suggestions (docs/support.md).
 *
 * <p>A candidate must be strong on at least one of the trigger's indicators
 * (marts.support_strengths: a stable good record, not worsening), must have had no concern
 * signal on that indicator and no data-quality concern in the last {@code support.clean_months},
 * must not be under a trigger itself, and must not have a latest inspection below Good. Candidates
 * are ranked by their mean standing over the trigger's indicators (an indicator it is not strong
 * on counts 0), plus preferences for a statistical neighbour, the same region and a recent Good or
 * Outstanding inspection. Triggers are served most serious first, and no authority is suggested
 * more than {@code support.max_requests_per_period} times in a period, so one strong service is
 * not everyone's helper. Ties are broken by authority code, so the result is deterministic.
 */
public final class SupportMatcher {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What the matcher knows of one authority. */
    record Authority(String code, String name, String regionCode, String regionName, String inspection, LocalDate inspectedOn) {
        boolean inspectionBelowGood() {
            return inspection != null && (inspection.startsWith("Requires") || inspection.equals("Inadequate"));
        }
    }

    /** An authority's record on one indicator (a row of marts.support_strengths that is strong). */
    record Strength(String laCode, String indicator, int periods, String firstPeriod, String latestPeriod, double meanValue,
                    double meanStanding, double minStanding, String trend) {
    }

    /** An indicator's words, for reasons. */
    record IndicatorWords(String label, String unit) {
    }

    /** A trigger to serve, with the indicators behind its concern, strongest first. */
    record Need(String triggerId, String laCode, String level, double score, List<String> indicators) {
    }

    /** One suggestion: its reason in full, and a summary for a line of the triage. */
    record Suggestion(String triggerId, String laCode, String suggestedLaCode, int rank, double score, List<String> indicators, String reason,
                      String summary) {
    }

    /** Everything the matcher reads, loaded once. */
    record Inputs(Map<String, Authority> authorities, Map<String, Map<String, Strength>> strongByIndicator,
                  Map<String, Set<String>> neighbours, Set<String> underTrigger, Set<String> concernOn, Set<String> dataConcern,
                  Map<String, IndicatorWords> words) {

        boolean eligible(String candidate, String indicator, String forLa) {
            Authority a = authorities.get(candidate);
            return a != null && !candidate.equals(forLa) && !underTrigger.contains(candidate)
                    && !concernOn.contains(candidate + "|" + indicator) && !dataConcern.contains(candidate) && !a.inspectionBelowGood()
                    && strongByIndicator.getOrDefault(indicator, Map.of()).containsKey(candidate);
        }
    }

    private final SupportSettings settings;

    SupportMatcher(SupportSettings settings) {
        this.settings = settings;
    }

    static Inputs load(Connection c, YearMonth period, SupportSettings settings) throws SQLException {
        LocalDate end = period.atEndOfMonth();
        Map<String, Authority> authorities = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select a.la_code, a.la_name, a.region_code, a.region_name,
                       (select arg_max(i.overall_effectiveness, i.inspection_date) from core.inspections i
                         where i.la_code = a.la_code and i.overall_effectiveness is not null and i.inspection_date <= ?),
                       (select max(i.inspection_date) from core.inspections i
                         where i.la_code = a.la_code and i.overall_effectiveness is not null and i.inspection_date <= ?)
                from core.authorities a order by a.la_code""")) {
            ps.setObject(1, end);
            ps.setObject(2, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date d = rs.getDate(6);
                    authorities.put(rs.getString(1), new Authority(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), d == null ? null : d.toLocalDate()));
                }
            }
        }
        Map<String, Map<String, Strength>> strong = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select la_code, indicator, periods_counted, first_period, latest_period, mean_value, mean_standing, min_standing, trend
                from marts.support_strengths where strong order by indicator, la_code""")) {
            while (rs.next()) {
                strong.computeIfAbsent(rs.getString(2), k -> new HashMap<>()).put(rs.getString(1), new Strength(rs.getString(1),
                        rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getDouble(7),
                        rs.getDouble(8), rs.getString(9)));
            }
        }
        Map<String, Set<String>> neighbours = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select la_code, neighbour_code from ref.neighbours where model_version = (select max(model_version) from ref.neighbours)")) {
            while (rs.next()) {
                neighbours.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        Set<String> underTrigger = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select distinct la_code from marts.peer_review_triggers where opened_period <= ? and status in ('open', 'accepted')")) {
            ps.setString(1, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    underTrigger.add(rs.getString(1));
                }
            }
        }
        String since = period.minusMonths(settings.cleanMonths() - 1L).toString();
        Set<String> concernOn = new HashSet<>();
        Set<String> dataConcern = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select distinct la_code, indicator, family = 'data' from signals.all_signals
                where direction = 'concern' and """ + PeriodEnd.sql("period") + " between ? and ?")) {
            ps.setObject(1, YearMonth.parse(since).atDay(1));
            ps.setObject(2, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) != null) {
                        concernOn.add(rs.getString(1) + "|" + rs.getString(2));
                    }
                    if (rs.getBoolean(3)) {
                        dataConcern.add(rs.getString(1));
                    }
                }
            }
        }
        Map<String, IndicatorWords> words = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, label, unit from ref.indicators")) {
            while (rs.next()) {
                words.put(rs.getString(1), new IndicatorWords(rs.getString(2), rs.getString(3)));
            }
        }
        return new Inputs(authorities, strong, neighbours, underTrigger, concernOn, dataConcern, words);
    }

    static List<Need> needs(Connection c, YearMonth period) throws SQLException {
        Map<String, Need> needs = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select t.trigger_id, t.la_code, coalesce(ca.level, t.highest_level), coalesce(ca.score, t.score_at_opening), ti.indicator
                from marts.peer_review_triggers t
                join marts.trigger_indicators ti using (trigger_id)
                left join marts.concern_assessment ca on ca.la_code = t.la_code and ca.period = ?
                where t.opened_period <= ? and t.status in ('open', 'accepted')
                order by case coalesce(ca.level, t.highest_level) when 'serious concern' then 0 when 'concern' then 1 else 2 end,
                         coalesce(ca.score, t.score_at_opening) desc, t.trigger_id, ti.rank""")) {
            ps.setString(1, period.toString());
            ps.setString(2, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    needs.computeIfAbsent(rs.getString(1), k -> {
                        try {
                            return new Need(k, rs.getString(2), rs.getString(3), rs.getDouble(4), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }).indicators().add(rs.getString(5));
                }
            }
        }
        return new ArrayList<>(needs.values());
    }

    /** Serves the needs in order, most serious first, within the per-period cap. Pure. */
    List<Suggestion> match(List<Need> needs, Inputs in, YearMonth period) {
        Map<String, Integer> asked = new HashMap<>();
        List<Suggestion> out = new ArrayList<>();
        for (Need need : needs) {
            Authority troubled = in.authorities().get(need.laCode());
            record Scored(String code, double score, List<String> on) {
            }
            List<Scored> scored = new ArrayList<>();
            for (String candidate : in.authorities().keySet()) {
                if (asked.getOrDefault(candidate, 0) >= settings.maxRequestsPerPeriod()) {
                    continue;
                }
                List<String> on = new ArrayList<>();
                double standing = 0;
                for (String indicator : need.indicators()) {
                    if (in.eligible(candidate, indicator, need.laCode())) {
                        on.add(indicator);
                        standing += in.strongByIndicator().get(indicator).get(candidate).meanStanding();
                    }
                }
                if (on.isEmpty()) {
                    continue;
                }
                double score = standing / need.indicators().size() + preferences(candidate, troubled, in, period);
                scored.add(new Scored(candidate, Math.round(score * 1000) / 1000.0, on));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::code));
            int rank = 0;
            for (Scored s : scored.subList(0, Math.min(settings.suggestionsPerTrigger(), scored.size()))) {
                asked.merge(s.code(), 1, Integer::sum);
                rank++;
                out.add(new Suggestion(need.triggerId(), need.laCode(), s.code(), rank, s.score(), s.on(),
                        reason(s.code(), s.on(), troubled, in, period), summary(rank, s.code(), s.on(), troubled, in, period)));
            }
        }
        return out;
    }

    double preferences(String candidate, Authority troubled, Inputs in, YearMonth period) {
        Authority a = in.authorities().get(candidate);
        double p = 0;
        if (troubled != null && in.neighbours().getOrDefault(troubled.code(), Set.of()).contains(candidate)) {
            p += settings.preferNeighbour();
        }
        if (troubled != null && troubled.regionCode() != null && troubled.regionCode().equals(a.regionCode())) {
            p += settings.preferRegion();
        }
        if (recentGoodInspection(a, period)) {
            p += settings.preferInspectionGood();
        }
        return p;
    }

    boolean recentGoodInspection(Authority a, YearMonth period) {
        return a.inspection() != null && (a.inspection().equals("Good") || a.inspection().equals("Outstanding"))
                && a.inspectedOn() != null && !a.inspectedOn().isBefore(period.atEndOfMonth().minusMonths(settings.inspectionRecentMonths()));
    }

    /** The figures that justify a suggestion, in plain words. */
    String reason(String candidate, List<String> on, Authority troubled, Inputs in, YearMonth period) {
        Authority a = in.authorities().get(candidate);
        List<String> parts = new ArrayList<>();
        for (String indicator : on) {
            Strength s = in.strongByIndicator().get(indicator).get(candidate);
            IndicatorWords w = in.words().getOrDefault(indicator, new IndicatorWords(indicator, ""));
            parts.add(w.label() + ": " + fmt(s.meanValue()) + " " + w.unit() + " on average over its last " + s.periods() + " figures ("
                    + s.firstPeriod() + " to " + s.latestPeriod() + "), better than " + Math.round(s.meanStanding() * 100)
                    + "% of authorities on average and never in the worse half; " + s.trend());
        }
        StringBuilder r = new StringBuilder("Strong on ").append(String.join("; ", parts)).append('.');
        if (troubled != null && in.neighbours().getOrDefault(troubled.code(), Set.of()).contains(candidate)) {
            r.append(" A statistical neighbour of ").append(troubled.name()).append('.');
        }
        if (troubled != null && troubled.regionCode() != null && troubled.regionCode().equals(a.regionCode())) {
            r.append(" In the same region (").append(a.regionName()).append(").");
        }
        if (a.inspection() != null) {
            r.append(" Latest inspection ").append(a.inspection()).append(" (").append(a.inspectedOn().format(DAY)).append(")")
                    .append(recentGoodInspection(a, period) ? "." : ", not recent.");
        } else {
            r.append(" No inspection on record.");
        }
        r.append(" No concern on these indicators and no data-quality concern in the last ").append(settings.cleanMonths())
                .append(" months; not under a trigger itself.");
        return r.toString();
    }

    /** One line for the triage: who, on what, how well, and why them. */
    String summary(int rank, String candidate, List<String> on, Authority troubled, Inputs in, YearMonth period) {
        Authority a = in.authorities().get(candidate);
        List<String> parts = new ArrayList<>();
        int periods = 0;
        for (String indicator : on) {
            Strength s = in.strongByIndicator().get(indicator).get(candidate);
            IndicatorWords w = in.words().getOrDefault(indicator, new IndicatorWords(indicator, ""));
            parts.add(w.label() + " " + fmt(s.meanValue()) + " " + w.unit() + ", better than " + Math.round(s.meanStanding() * 100) + "%");
            periods = Math.max(periods, s.periods());
        }
        StringBuilder b = new StringBuilder().append(rank).append(". ").append(a.name());
        if (a.regionName() != null) {
            b.append(" (").append(a.regionName()).append(')');
        }
        b.append(": ").append(String.join("; ", parts)).append(" of authorities, over its last ").append(periods).append(" figures");
        if (troubled != null && in.neighbours().getOrDefault(troubled.code(), Set.of()).contains(candidate)) {
            b.append("; statistical neighbour");
        }
        if (troubled != null && troubled.regionCode() != null && troubled.regionCode().equals(a.regionCode())) {
            b.append("; same region");
        }
        if (recentGoodInspection(a, period)) {
            b.append("; inspected ").append(a.inspection()).append(' ').append(a.inspectedOn().getYear());
        }
        return b.append('.').toString();
    }

    static void write(Connection c, YearMonth period, List<Suggestion> suggestions, Inputs in) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create or replace table marts.support_suggestions (
                        period varchar not null, trigger_id varchar not null, la_code varchar not null, la_name varchar,
                        suggested_la_code varchar not null, suggested_la_name varchar, suggested_region_name varchar,
                        rank integer not null, score double not null, indicators varchar not null, reason varchar not null,
                        summary varchar not null, primary key (trigger_id, suggested_la_code))""");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into marts.support_suggestions values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Suggestion g : suggestions) {
                Authority troubled = in.authorities().get(g.laCode());
                Authority helper = in.authorities().get(g.suggestedLaCode());
                ps.setString(1, period.toString());
                ps.setString(2, g.triggerId());
                ps.setString(3, g.laCode());
                ps.setString(4, troubled == null ? null : troubled.name());
                ps.setString(5, g.suggestedLaCode());
                ps.setString(6, helper.name());
                ps.setString(7, helper.regionName());
                ps.setInt(8, g.rank());
                ps.setDouble(9, g.score());
                ps.setString(10, String.join(",", g.indicators()));
                ps.setString(11, g.reason());
                ps.setString(12, g.summary());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static String fmt(double v) {
        return String.format(Locale.UK, "%.1f", v);
    }
}
