package uk.beacon.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Shared-concern groups (issue 16): authorities whose concerns rest on the same indicator are
 * proposed as a group of three or four, with a partner of noted strength on it, written to
 * marts.learning_groups (one row per member; docs/support.md).
 *
 * <p>Members are the authorities at watch level or above this month, each with its concern
 * indicators this month. Indicators shared by the most authorities are grouped first and each
 * authority joins at most one group, so the groups are few and focused. Within a region an
 * indicator shared by three or more authorities makes regional groups; authorities left over are
 * pooled across England for that indicator. n authorities make ceil(n/4) groups of as even a
 * size as possible; where that would leave a group under three, one group fewer is made (the
 * least concerned are left out and named in no group). The partner is the authority that would be
 * the first support suggestion on that indicator for any member (strong, clean, not triggered, not
 * a member), preferring the group's own region; no partner leads more than
 * {@code support.max_requests_per_period} groups.
 */
public final class LearningGroups {

    /** One authority's concern this month. */
    record Member(String laCode, String regionCode, double strength) {
    }

    /** One proposed group. */
    record Group(String id, String scope, String regionCode, String indicator, List<Member> members, String partner, String partnerReason) {
    }

    private final SupportSettings settings;
    private final SupportMatcher matcher;

    LearningGroups(SupportSettings settings) {
        this.settings = settings;
        this.matcher = new SupportMatcher(settings);
    }

    /** Each concerned authority's concern indicators this month, heaviest first as the assessment weighs them (at most 3). */
    static Map<String, Map<String, Double>> concerns(Connection c, YearMonth period) throws SQLException {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                with w as (
                    select key, value::double as v from ref.settings where key like 'assessment.%'
                ),
                s as (
                    select a.la_code, a.indicator,
                           round(max(coalesce((select v from w where key = 'assessment.weight.' || a.rule_id), 0.5)
                               * least(a.strength, (select v from w where key = 'assessment.strength_cap'))), 4) as strength
                    from signals.all_signals a
                    join marts.concern_assessment ca on ca.la_code = a.la_code and ca.period = a.period
                    where a.period = ? and a.direction = 'concern' and a.indicator is not null and ca.level <> 'none'
                    group by a.la_code, a.indicator
                )
                select la_code, indicator, strength from s
                qualify row_number() over (partition by la_code order by strength desc, indicator) <= 3
                order by la_code, strength desc, indicator""")) {
            ps.setString(1, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getDouble(3));
                }
            }
        }
        return out;
    }

    /** Forms the groups. Pure. */
    List<Group> form(Map<String, Map<String, Double>> concerns, SupportMatcher.Inputs in, YearMonth period) {
        Map<String, Integer> shared = new TreeMap<>();
        concerns.values().forEach(m -> m.keySet().forEach(i -> shared.merge(i, 1, Integer::sum)));
        List<String> order = new ArrayList<>(shared.keySet());
        order.sort(Comparator.comparing((String i) -> -shared.get(i)).thenComparing(i -> i));
        Set<String> grouped = new HashSet<>();
        Map<String, Integer> partnerLoad = new HashMap<>();
        List<Group> out = new ArrayList<>();
        for (String indicator : order) {
            Map<String, List<Member>> byRegion = new TreeMap<>();
            for (Map.Entry<String, Map<String, Double>> e : concerns.entrySet()) {
                Double s = e.getValue().get(indicator);
                SupportMatcher.Authority a = in.authorities().get(e.getKey());
                if (s != null && a != null && !grouped.contains(e.getKey())) {
                    byRegion.computeIfAbsent(a.regionCode() == null ? "" : a.regionCode(), k -> new ArrayList<>())
                            .add(new Member(e.getKey(), a.regionCode(), s));
                }
            }
            List<Member> leftOver = new ArrayList<>();
            for (Map.Entry<String, List<Member>> r : byRegion.entrySet()) {
                List<List<Member>> chunks = chunk(r.getValue());
                for (List<Member> members : chunks) {
                    out.add(group(period, "region", r.getKey(), indicator, members, in, partnerLoad, out.size() + 1));
                    members.forEach(m -> grouped.add(m.laCode()));
                }
                r.getValue().stream().filter(m -> !grouped.contains(m.laCode())).forEach(leftOver::add);
            }
            for (List<Member> members : chunk(leftOver)) {
                out.add(group(period, "England", null, indicator, members, in, partnerLoad, out.size() + 1));
                members.forEach(m -> grouped.add(m.laCode()));
            }
        }
        return out;
    }

    /** Splits n authorities, most concerned first, into groups of three or four (see the class comment). */
    static List<List<Member>> chunk(List<Member> all) {
        List<Member> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble(Member::strength).reversed().thenComparing(Member::laCode));
        int n = sorted.size();
        List<List<Member>> out = new ArrayList<>();
        if (n < 3) {
            return out;
        }
        int groups = (n + 3) / 4;
        if (n / groups < 3) {
            groups--;
        }
        int used = Math.min(n, groups * 4);
        int at = 0;
        for (int g = 0; g < groups; g++) {
            int size = used / groups + (g < used % groups ? 1 : 0);
            List<Member> members = new ArrayList<>(sorted.subList(at, at + size));
            members.sort(Comparator.comparing(Member::laCode));
            out.add(members);
            at += size;
        }
        return out;
    }

    private Group group(YearMonth period, String scope, String regionCode, String indicator, List<Member> members,
                        SupportMatcher.Inputs in, Map<String, Integer> partnerLoad, int number) {
        Set<String> memberCodes = new HashSet<>();
        members.forEach(m -> memberCodes.add(m.laCode()));
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String candidate : in.authorities().keySet()) {
            if (memberCodes.contains(candidate) || partnerLoad.getOrDefault(candidate, 0) >= settings.maxRequestsPerPeriod()
                    || !in.eligible(candidate, indicator, null)) {
                continue;
            }
            SupportMatcher.Authority a = in.authorities().get(candidate);
            double score = in.strongByIndicator().get(indicator).get(candidate).meanStanding()
                    + (regionCode != null && regionCode.equals(a.regionCode()) ? settings.preferRegion() : 0)
                    + (matcher.recentGoodInspection(a, period) ? settings.preferInspectionGood() : 0);
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestScore = score;
            }
        }
        String reason = null;
        if (best != null) {
            partnerLoad.merge(best, 1, Integer::sum);
            reason = matcher.reason(best, List.of(indicator), null, in, period);
        }
        String id = "G-" + period + "-" + (regionCode == null ? "ENG" : regionCode) + "-" + indicator + "-" + number;
        return new Group(id, scope, regionCode, indicator, members, best, reason);
    }

    static void write(Connection c, YearMonth period, List<Group> groups, SupportMatcher.Inputs in) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create or replace table marts.learning_groups (
                        period varchar not null, group_id varchar not null, scope varchar not null, region_code varchar,
                        region_name varchar, indicator varchar not null, la_code varchar not null, la_name varchar,
                        concern_strength double not null, partner_la_code varchar, partner_la_name varchar, partner_reason varchar,
                        primary key (group_id, la_code))""");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into marts.learning_groups values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Group g : groups) {
                for (Member m : g.members()) {
                    SupportMatcher.Authority a = in.authorities().get(m.laCode());
                    SupportMatcher.Authority p = g.partner() == null ? null : in.authorities().get(g.partner());
                    ps.setString(1, period.toString());
                    ps.setString(2, g.id());
                    ps.setString(3, g.scope());
                    ps.setString(4, g.regionCode());
                    ps.setString(5, g.regionCode() == null ? "England" : a.regionName());
                    ps.setString(6, g.indicator());
                    ps.setString(7, m.laCode());
                    ps.setString(8, a.name());
                    ps.setDouble(9, m.strength());
                    ps.setString(10, g.partner());
                    ps.setString(11, p == null ? null : p.name());
                    ps.setString(12, g.partnerReason());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
