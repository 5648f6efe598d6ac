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
