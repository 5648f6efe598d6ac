package uk.beacon.signals.step;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.transform.JavaModel;

/**
 * The statistical kernels as a model of the graph: reads core.indicator_values and
 * core.authorities, writes signals.spc, signals.funnel, signals.spc_limits, signals.funnel_fits and
 * signals.funnel_points (see
 * {@link StatisticalSignals}); the SQL signal models that read them are ordered after it.
 */
public final class StatisticalSignalsModel implements JavaModel {

    private final IndicatorCatalogue catalogue;
    private final Properties settings;

    /** {@code settings}: config/early-warning.properties, whose spc.* and funnel.* keys tune the kernels. */
    public StatisticalSignalsModel(IndicatorCatalogue catalogue, Properties settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "statistical signals (SPC, funnel plots)";
    }

    @Override
    public String layer() {
        return "signals";
    }

    @Override
    public List<ModelTable> tables() {
        List<String> signalNotNull = List.of("la_code", "period", "indicator", "rule_id", "direction", "strength", "evidence");
        return List.of(
                new ModelTable("signals.spc", "one row per authority, period (any cadence) and indicator whose point carries a "
                        + "special cause as it became known (an XmR rule after the baseline, or a run-chart rule)", List.of(List.of("la_code", "period", "indicator")), signalNotNull),
                new ModelTable("signals.funnel", "one row per authority, month, indicator and peer group (all authorities, "
                        + "its region) with the authority outside a funnel limit; the evidence names the peer group",
                        List.of(List.of("la_code", "period", "indicator", "evidence")), signalNotNull),
                new ModelTable("signals.spc_limits", "one row per authority, indicator and cadence with a series long enough "
                        + "for XmR limits", List.of(List.of("la_code", "indicator", "period_type")),
                        List.of("la_code", "indicator", "period_type", "centre")),
                new ModelTable("signals.funnel_fits", "one row per period (any cadence), indicator and peer group (all authorities, "
                        + "a region) with a funnel plot: the plot over every figure of the group, as the reports draw it",
                        List.of(List.of("period", "indicator", "peer_group")),
                        List.of("period", "indicator", "peer_group", "model", "target", "units")),
                new ModelTable("signals.funnel_points", "one row per period, indicator, peer group and authority assessed in that "
                        + "funnel plot: its figure, z-score, limits and band", List.of(List.of("period", "indicator", "peer_group", "la_code")),
                        List.of("period", "indicator", "peer_group", "la_code", "value", "band")));
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("core.indicator_values", "core.authorities");
    }

    @Override
    public Map<String, Long> build(Connection c, Map<String, String> variables) throws SQLException {
        return new StatisticalSignals(catalogue, KernelSettings.spc(settings), KernelSettings.funnel(settings)).build(c);
    }
}
