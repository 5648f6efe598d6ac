package uk.beacon.signals.step;

import java.util.Properties;
import uk.beacon.config.SettingValues;
import uk.beacon.signals.FunnelSettings;
import uk.beacon.signals.LimitMethod;
import uk.beacon.signals.SpcSettings;

/**
 * The SPC and funnel settings from config/early-warning.properties (keys {@code spc.*} and
 * {@code funnel.*}), or from ref.settings as a run stored them. A key left out takes the
 * published default ({@link SpcSettings#defaults()}, {@link FunnelSettings#defaults()}); a
 * value that is not a number, or breaks the kernels' own checks, is an error naming the key.
 */
public final class KernelSettings {

    private KernelSettings() {
    }

    public static SpcSettings spc(Properties p) {
        SpcSettings d = SpcSettings.defaults();
        return build("spc", () -> new SpcSettings(
                SettingValues.integer(p, "spc.minimum_xmr_points", d.minimumXmrPoints()),
                SettingValues.integer(p, "spc.baseline_length", d.baselineLength()),
                SettingValues.number(p, "spc.limit_factor", d.limitFactor()),
                SettingValues.number(p, "spc.moving_range_screen_factor", d.movingRangeScreenFactor()),
                SettingValues.integer(p, "spc.trend_length", d.trendLength()),
                SettingValues.integer(p, "spc.two_of_three_points", d.twoOfThreePoints()),
                SettingValues.integer(p, "spc.two_of_three_window", d.twoOfThreeWindow()),
                SettingValues.number(p, "spc.two_of_three_fraction", d.twoOfThreeFraction()),
                SettingValues.integer(p, "spc.shift_length", d.shiftLength()),
                SettingValues.integer(p, "spc.run_chart_minimum_points", d.runChartMinimumPoints()),
                SettingValues.number(p, "spc.crossings_probability", d.crossingsProbability())));
    }

    public static FunnelSettings funnel(Properties p) {
        FunnelSettings d = FunnelSettings.defaults();
        return build("funnel", () -> new FunnelSettings(
                SettingValues.number(p, "funnel.inner_probability", d.innerProbability()),
                SettingValues.number(p, "funnel.outer_probability", d.outerProbability()),
                method(p, "funnel.limit_method", d.limitMethod()),
                SettingValues.bool(p, "funnel.overdispersion_adjustment", d.overdispersionAdjustment()),
                SettingValues.number(p, "funnel.winsorising_fraction", d.winsorisingFraction())));
    }

    private static <T> T build(String prefix, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("early-warning settings, " + prefix + ".*: " + e.getMessage(), e);
        }
    }

    private static LimitMethod method(Properties p, String key, LimitMethod fallback) {
        String v = SettingValues.raw(p, key);
        if (v == null) {
            return fallback;
        }
        try {
            return LimitMethod.valueOf(v.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("early-warning setting " + key + " = '" + v + "' must be one of "
                    + java.util.Arrays.toString(LimitMethod.values()), e);
        }
    }
}
