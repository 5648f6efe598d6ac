package uk.beacon.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given/expected tests of the support SQL: marts.support_strengths and marts.support_outcomes. */
class SupportSqlTest {

    static String resource(String path) throws Exception {
        try (InputStream in = SupportSqlTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> rows(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    static void settings(Statement s) throws Exception {
        s.execute("create schema ref; create schema core; create schema marts; create schema raw; create schema signals");
        s.execute("""
                create table ref.settings as select * from (values ('support.stable_periods', '6'), ('support.min_periods', '4'),
                    ('support.min_standing', '0.6'), ('support.max_decline', '0.15')) t(key, value)""");
        s.execute("""
                create table ref.indicators as select * from (values ('SW_AGENCY_PCT', 'Agency social workers', '% FTE', 'low'),
                    ('REFERRALS_RATE', 'Referrals', 'per 10,000 children', 'neutral')) t(code, label, unit, polarity)""");
    }

    @Test
    void strengthsNeedAStableGoodRecordNotOneGoodMonth() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            settings(s);
            // Six authorities, six months of agency rates (low is better). 901 is always lowest; 902 was best
            // and is sliding; 903 is good only in the last month; 904 has only three months.
            StringBuilder values = new StringBuilder();
            double[][] series = {
                    {5, 5, 5, 5, 5, 5},        // 901: always best
                    {6, 6, 6, 12, 12, 12},     // 902: good, then worse half
                    {20, 20, 20, 20, 20, 1},   // 903: one good month
                    {0, 0, 0, 7, 7, 7},        // 904: months 1-3 missing (0 = no figure)
                    {10, 10, 10, 10, 10, 10},
                    {15, 15, 15, 15, 15, 15},
            };
            for (int la = 0; la < series.length; la++) {
                for (int m = 0; m < 6; m++) {
                    if (series[la][m] > 0) {
                        values.append(values.length() == 0 ? "" : ",").append("('").append(901 + la).append("', '2026-0").append(m + 4)
                                .append("', 'month', 'SW_AGENCY_PCT', ").append(series[la][m]).append(")");
                    }
                }
            }
            s.execute("create table core.indicator_values as select * from (values " + values
                    + ") t(la_code, period, period_type, indicator, value)");
            s.execute("set variable run_period = '2026-09'");
            List<String> out = rows(s, "select la_code, periods_counted, mean_standing, min_standing, trend, strong from ("
                    + resource("beacon/schemas/models/marts/support_strengths.sql") + ") order by la_code");
            // Worked by hand: standing = 1 - percent_rank (low is better). April to June, five report
            // (5, 6, 10, 15, 20): 901 1, 902 0.75, 905 0.5, 906 0.25, 903 0. July and August, six
            // (5, 7, 10, 12, 15, 20): 901 1, 904 0.8, 905 0.6, 902 0.4, 906 0.2, 903 0. September
            // (1, 5, 7, 10, 12, 15): 903 1, 901 0.8, 904 0.6, 905 0.4, 902 0.2, 906 0.
            assertThat(out).containsExactly(
                    // (1+1+1+1+1+0.8)/6; later half 0.933 vs earlier 1: within 0.15, steady
                    "901|6|0.9667|0.8|steady|true",
                    // (0.75x3 + 0.4x2 + 0.2)/6; later half 0.333 vs 0.75
                    "902|6|0.5417|0.2|worsening|false",
                    // one good month is not a record
                    "903|6|0.1667|0.0|improving|false",
                    // three figures: fewer than support.min_periods (and the latest is its lowest)
                    "904|3|0.7333|0.6|worsening|false",
                    "905|6|0.5167|0.4|steady|false",
                    "906|6|0.1917|0.0|steady|false");
            // Run as of an earlier month: later figures are not seen.
            s.execute("set variable run_period = '2026-06'");
            assertThat(rows(s, "select la_code, periods_counted from (" + resource("beacon/schemas/models/marts/support_strengths.sql")
                    + ") where la_code = '901'")).containsExactly("901|3");
        }
    }

    @Test
    void outcomesShowTheTriggersIndicatorsSixAndTwelveMonthsOn() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            settings(s);
            s.execute("""
                    create table raw.trigger_decisions as select * from (values
                        ('T-901-2025-01', 'accepted', date '2025-02-14', '902'),
                        ('T-901-2025-01', 'completed', date '2025-09-30', null))
                        t(trigger_id, status, decided_on, support_la)""");
            s.execute("create table marts.peer_review_triggers as select 'T-901-2025-01' as trigger_id, '901' as la_code");
            s.execute("create table marts.trigger_indicators as select 'T-901-2025-01' as trigger_id, 'SW_AGENCY_PCT' as indicator");
            s.execute("""
                    create table core.indicator_values as select * from (values
                        ('901', '2025-01', 'SW_AGENCY_PCT', 20.0), ('901', '2025-02', 'SW_AGENCY_PCT', 22.0),
                        ('901', '2025-07', 'SW_AGENCY_PCT', 18.0), ('901', '2025-08', 'SW_AGENCY_PCT', 17.5),
                        ('901', '2026-02', 'SW_AGENCY_PCT', 23.0)) t(la_code, period, indicator, value)""");
            s.execute("""
                    create table marts.concern_assessment as select * from (values
                        ('901', '2025-02', 'serious concern'), ('901', '2025-08', 'concern'), ('901', '2026-02', 'watch')) t(la_code, period, level)""");
            String sql = resource("uk/beacon/support/support_outcomes.sql");
            s.execute("set variable run_period = '2026-01'");
            // Decided February 2025 at 22.0; six months on (August) 17.5: 4.5 points better (lower is better); twelve months not reached.
            assertThat(rows(s, "select trigger_id, support_la_code, commissioned_on, value_at_decision, value_6m, value_12m, change_6m, "
                    + "eased_6m, eased_12m, level_at_decision, level_6m, level_12m from (" + sql + ")"))
                    .containsExactly("T-901-2025-01|902|2025-02-14|22.0|17.5|null|4.5|better|null|serious concern|concern|null");
            s.execute("set variable run_period = '2026-02'");
            assertThat(rows(s, "select value_12m, change_12m, eased_12m, level_12m from (" + sql + ")"))
                    .containsExactly("23.0|-1.0|worse|watch");
        }
    }
}
