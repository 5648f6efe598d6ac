package uk.beacon.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import uk.beacon.ingest.Period;
import uk.beacon.reference.AuthorityDirectory;
import uk.beacon.transform.SettingsSync;
import uk.beacon.warehouse.Warehouse;

/** {@code beacon explain LA PERIOD}: why an authority is (or is not) of concern, in plain English, with the figures. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain the concern assessment of one authority for one month: its level and score, any peer-review trigger and its history, and every signal behind it with its figures, heaviest first. LA is a DfE code, an ONS code or the authority's name. Soft-intelligence evidence never quotes a note, but says what kind of notes there were: share the explanation no wider than its TLP marking."})
final class ExplainCommand implements Callable<Integer> {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "LA", description = "The authority: DfE code, ONS code or name.")
    String la;

    @Parameters(index = "1", paramLabel = "PERIOD",
            description = {"The month (2026-10); a quarter (2026-Q2, 2026-27 Q1) or a reporting year (2025) explains",
                    "the month it ends in."})
    String period;

    @Override
    public Integer call() throws Exception {
        if (common.noWarehouse()) {
            return ExitCodes.FAILURE;
        }
        Period named;
        try {
            named = Period.check(period);
        } catch (IllegalArgumentException e) {
            System.err.println("beacon: " + e.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        try (Warehouse w = Warehouse.openWithoutMigrating(common.warehouse); Connection c = w.connect()) {
            AuthorityDirectory directory = AuthorityDirectory.load(c);
            String[] authority = findAuthority(c, directory.resolve(la).orElse(null));
            if (authority == null) {
                String why = directory.unknown(la);
                System.err.println("beacon: " + why + (why.endsWith("?") ? "" : "."));
                return ExitCodes.USAGE;
            }
            if (named.type() != Period.Type.MONTH) {
                System.out.println(named.label() + ": the assessment of " + named.lastMonth().format(MONTH) + ", the month it ends in.\n");
            }
            System.out.print(explain(c, authority[0], authority[1], named.lastMonth()));
            return ExitCodes.OK;
        }
    }

    static String explain(Connection c, String laCode, String name, YearMonth period) throws Exception {
        StringBuilder out = new StringBuilder();
        // The thresholds the run used (ref.settings), not the ones in this jar, which may have changed since.
        Properties settings = SettingsSync.stored(c);
        try (PreparedStatement ps = c.prepareStatement(
                "select level, score, evidence, coalesce(evidence_max_tlp, 'GREEN') from marts.concern_assessment where la_code = ? and period = ?")) {
            ps.setString(1, laCode);
            ps.setString(2, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return name + " (" + laCode + "), " + period.format(MONTH) + ": no assessment for that month (no returns yet, "
                            + "or the month is after the last run).\n";
                }
                out.append("TLP:").append(rs.getString(4)).append(" - this explanation draws on soft intelligence up to that level\n\n");
                out.append(name).append(" (").append(laCode).append("), ").append(period.format(MONTH)).append(": ")
                        .append(rs.getString(1).toUpperCase(Locale.ROOT)).append(" (score ").append(rs.getDouble(2))
                        .append("; watch from ").append(settings.getProperty("assessment.level.watch").trim())
                        .append(", concern from ").append(settings.getProperty("assessment.level.concern").trim())
                        .append(", serious concern from ").append(settings.getProperty("assessment.level.serious").trim()).append(")\n");
                triggers(c, laCode, period, out);
                String evidence = rs.getString(3);
                if (evidence == null || evidence.isBlank()) {
                    out.append("\nNo signals this month.\n");
                } else {
                    out.append("\nEvidence, heaviest first ([weight] rule indicator: what was seen):\n");
                    int i = 0;
                    for (String line : evidence.split("\n")) {
                        out.append(String.format("%3d. %s%n", ++i, line));
                    }
                    out.append("\nWeights come from config/early-warning.properties; an indicator counts once, at its strongest signal.\n");
                }
            }
        }
        support(c, laCode, period, out);
        return out.toString();
    }

    /**
     * Who could help the authority's active trigger (marts.support_suggestions, with every figure), any
     * shared-concern group it is proposed for (marts.learning_groups), and any commissioned support's
     * outcome (marts.support_outcomes). These are built for the run's month only: other months say so.
     */
    private static void support(Connection c, String laCode, YearMonth period, StringBuilder out) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("""
                select s.period, s.trigger_id, s.rank, s.suggested_la_name, s.suggested_region_name, s.reason
                from marts.support_suggestions s where s.la_code = ? order by s.trigger_id, s.rank""")) {
            ps.setString(1, laCode);
            try (ResultSet rs = ps.executeQuery()) {
                boolean header = false;
                while (rs.next()) {
                    if (!rs.getString(1).equals(period.toString())) {
                        out.append("\nSupport suggestions are made for the month of the last run (")
                                .append(YearMonth.parse(rs.getString(1)).format(MONTH)).append(").\n");
                        break;
                    }
                    if (!header) {
                        out.append("\nWho could help on trigger ").append(rs.getString(2)).append(", best placed first (docs/support.md):\n");
                        header = true;
                    }
                    out.append(String.format("%3d. %s (%s): %s%n", rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        } catch (java.sql.SQLException e) {
            return; // no support tables yet (a warehouse from before them): nothing to add
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select g.group_id, g.scope, g.region_name, i.label, g.partner_la_name, g.partner_reason,
                       (select string_agg(m.la_name, ', ' order by m.la_name, m.la_code) from marts.learning_groups m where m.group_id = g.group_id)
                from marts.learning_groups g join ref.indicators i on i.code = g.indicator
                where g.la_code = ? and g.period = ?""")) {
            ps.setString(1, laCode);
            ps.setString(2, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append("\nProposed learning group ").append(rs.getString(1)).append(" (").append(rs.getString(2).equals("England")
                                    ? "across England" : rs.getString(3)).append(") on ").append(rs.getString(4)).append(": ")
                            .append(rs.getString(7)).append(". ");
                    out.append(rs.getString(5) == null ? "No partner of noted strength is free this month.\n"
                            : "Suggested partner: " + rs.getString(5) + ". " + rs.getString(6) + "\n");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select o.trigger_id, coalesce(a.la_name, o.support_la_code), o.commissioned_on, o.label, o.unit, o.value_at_decision,
                       o.value_6m, o.eased_6m, o.value_12m, o.eased_12m
                from marts.support_outcomes o left join core.authorities a on a.la_code = o.support_la_code
                where o.la_code = ? order by o.commissioned_on, o.indicator""")) {
            ps.setString(1, laCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append("\nSupport commissioned on ").append(rs.getString(1)).append(" from ").append(rs.getString(2)).append(" (")
                            .append(rs.getDate(3)).append("): ").append(rs.getString(4)).append(' ').append(rs.getObject(6)).append(' ')
                            .append(rs.getString(5)).append(" then; six months on ")
                            .append(rs.getObject(7) == null ? "not yet known" : rs.getObject(7) + " (" + rs.getString(8) + ")")
                            .append("; twelve months on ")
                            .append(rs.getObject(9) == null ? "not yet known" : rs.getObject(9) + " (" + rs.getString(10) + ")").append(".\n");
                }
            }
        }
    }

    private static void triggers(Connection c, String laCode, YearMonth period, StringBuilder out) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("""
                select t.trigger_id, t.opened_period, t.level_at_opening, t.status, t.closed_period,
                       string_agg(strftime(h.event_on, '%-d %b %Y') || ' ' || h.status || ': ' || h.note, '; ' order by h.event_on)
                from marts.peer_review_triggers t join marts.peer_review_trigger_history h using (trigger_id)
                where t.la_code = ? and t.opened_period <= ? and (t.closed_period is null or t.closed_period >= ?)
                group by all""")) {
            ps.setString(1, laCode);
            ps.setString(2, period.toString());
            ps.setString(3, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                boolean any = false;
                while (rs.next()) {
                    any = true;
                    out.append("Peer-review trigger ").append(rs.getString(1)).append(", opened ")
                            .append(YearMonth.parse(rs.getString(2)).format(MONTH)).append(" at ").append(rs.getString(3))
                            .append(", now ").append(rs.getString(4)).append(". History: ").append(rs.getString(6)).append(".\n");
                }
                if (!any) {
                    out.append("No peer-review trigger active in this month.\n");
                }
            }
        }
    }

    /** The authority's DfE code and name, resolved by {@link AuthorityDirectory} as every input is. */
    private static String[] findAuthority(Connection c, String dfeCode) throws Exception {
        if (dfeCode == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("select la_code, la_name from core.authorities where la_code = ?")) {
            ps.setString(1, dfeCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
            }
        }
    }
}
