package uk.beacon.signals.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.signals.FunnelSettings;
import uk.beacon.signals.LimitMethod;
import uk.beacon.signals.SpcSettings;
import uk.beacon.transform.SettingsSync;

/**
 * The statistical-signals model on a small in-memory warehouse: what it writes to signals.spc,
 * signals.funnel and signals.spc_limits, and where its settings come from.
 */
class StatisticalSignalsTest {

    /** Six authorities of one region, one month of re-referrals (a percentage, lower is better). */
    private static Connection warehouse(long[][] numeratorsAndDenominators) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            s.execute("create schema core; create schema signals");
            s.execute("create table core.indicator_values (la_code varchar, indicator varchar, period varchar, period_type varchar, "
                    + "value double, numerator double, denominator double, known_at date default date '2026-11-20', "
                    + "period_end date default date '2026-10-31', source varchar default 'return')");
            s.execute("create table core.authorities (la_code varchar, region_name varchar)");
        }
        try (PreparedStatement a = c.prepareStatement("insert into core.authorities values (?, 'Test Region')");
             PreparedStatement v = c.prepareStatement("insert into core.indicator_values (la_code, indicator, period, period_type, value, numerator, denominator) "
                     + "values (?, 'REREFERRAL_PCT', '2026-10', 'month', ?, ?, ?)")) {
            for (int i = 0; i < numeratorsAndDenominators.length; i++) {
                String la = String.valueOf(901 + i);
                a.setString(1, la);
                a.executeUpdate();
                long[] nd = numeratorsAndDenominators[i];
                v.setString(1, la);
                v.setDouble(2, 100.0 * nd[0] / nd[1]);
                v.setDouble(3, nd[0]);
                v.setDouble(4, nd[1]);
                v.executeUpdate();
            }
        }
        return c;
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(rs.getString(i));
                }
                out.add(String.join(" | ", cells));
            }
        }
        return out;
    }

    @Test
    void anAuthorityFarAboveItsPeersIsAFunnelConcernAgainstEnglandAndItsRegion() throws Exception {
        try (Connection c = warehouse(new long[][] {{200, 1000}, {210, 1000}, {190, 1000}, {205, 1000}, {195, 1000}, {400, 1000}})) {
            Map<String, Long> built = new StatisticalSignalsModel(IndicatorCatalogue.builtIn(), new Properties()).build(c, Map.of());

            assertThat(rows(c, "select la_code, period, indicator, rule_id, direction from signals.funnel order by all"))
                    .containsExactly("906 | 2026-10 | REREFERRAL_PCT | FUNNEL_OUTSIDE_998 | concern",
                            "906 | 2026-10 | REREFERRAL_PCT | FUNNEL_OUTSIDE_998 | concern");
            assertThat(rows(c, "select evidence from signals.funnel order by all"))
                    .anySatisfy(e -> assertThat(e).contains("around all authorities'"))
                    .anySatisfy(e -> assertThat(e).contains("around Test Region's"));
            // one month is far short of an XmR baseline: no SPC finding and no limits
            assertThat(built).containsEntry("signals.spc", 0L).containsEntry("signals.funnel", 2L).containsEntry("signals.spc_limits", 0L);
        }
    }

    @Test
    void theFunnelPlotOverAllThePeersFiguresIsStoredWithEachPoint() throws Exception {
        try (Connection c = warehouse(new long[][] {{200, 1000}, {210, 1000}, {190, 1000}, {205, 1000}, {195, 1000}, {400, 1000}})) {
            try (Statement s = c.createStatement()) {
                // 906's figure arrives five days after the others: it is judged against all six, the
                // others against the five known on their day; the stored plot is the one over all six.
                s.execute("update core.indicator_values set known_at = date '2026-11-25' where la_code = '906'");
            }
            Map<String, Long> built = new StatisticalSignalsModel(IndicatorCatalogue.builtIn(), new Properties()).build(c, Map.of());

            assertThat(built).containsEntry("signals.funnel_fits", 2L).containsEntry("signals.funnel_points", 12L);
            // θ₀ = 1,400 / 6,000 re-referrals, on the percentage scale; all six units; known once 906 arrived
            assertThat(rows(c, "select peer_group, model, round(target, 6), units, known_by from signals.funnel_fits order by peer_group"))
                    .containsExactly("Test Region | BINOMIAL | 23.333333 | 6 | 2026-11-25",
                            "all authorities | BINOMIAL | 23.333333 | 6 | 2026-11-25");
            assertThat(rows(c, "select la_code, value, band, meaning from signals.funnel_points "
                    + "where peer_group = 'all authorities' order by la_code"))
                    .containsExactly("901 | 20.0 | INSIDE | null", "902 | 21.0 | INSIDE | null", "903 | 19.0 | INSIDE | null",
                            "904 | 20.5 | INSIDE | null", "905 | 19.5 | INSIDE | null", "906 | 40.0 | ABOVE_OUTER | CONCERN");
            // each stored point lies between its own stored limits exactly when it is inside
            assertThat(rows(c, "select count(*) from signals.funnel_points where (band = 'INSIDE') "
                    + "!= (value between inner_lower and inner_upper)")).containsExactly("0");
        }
    }

    @Test
    void fewerThanFivePeersIsNoFunnel() throws Exception {
        try (Connection c = warehouse(new long[][] {{200, 1000}, {210, 1000}, {190, 1000}, {400, 1000}})) {
            new StatisticalSignalsModel(IndicatorCatalogue.builtIn(), new Properties()).build(c, Map.of());
            assertThat(rows(c, "select * from signals.funnel")).isEmpty();
        }
    }

    @Test
    void theShippedSettingsAreThePublishedDefaults() {
        Properties shipped = SettingsSync.builtIn();
        assertThat(KernelSettings.spc(shipped)).isEqualTo(SpcSettings.defaults());
        assertThat(KernelSettings.funnel(shipped)).isEqualTo(FunnelSettings.defaults());
        assertThat(shipped.stringPropertyNames()).contains("spc.limit_factor", "spc.baseline_length", "funnel.inner_probability",
                "funnel.outer_probability", "funnel.overdispersion_adjustment");
    }

    @Test
    void aSettingChangesTheKernelsAndABadOneIsNamed() {
        Properties p = new Properties();
        p.setProperty("spc.limit_factor", "3");
        p.setProperty("funnel.limit_method", "normal");
        assertThat(KernelSettings.spc(p).limitFactor()).isEqualTo(3.0);
        assertThat(KernelSettings.funnel(p).limitMethod()).isEqualTo(LimitMethod.NORMAL);
        p.setProperty("spc.baseline_length", "twelve");
        assertThatThrownBy(() -> KernelSettings.spc(p)).hasMessageContaining("spc.baseline_length").hasMessageContaining("twelve");
        Properties q = new Properties();
        q.setProperty("funnel.inner_probability", "0.9999");
        assertThatThrownBy(() -> KernelSettings.funnel(q)).hasMessageContaining("funnel.*");
    }
}
