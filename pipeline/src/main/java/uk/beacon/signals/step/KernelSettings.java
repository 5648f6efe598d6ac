package uk.beacon.signals.step;

import java.util.Properties;
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
                integer(p, "spc.minimum_xmr_points", d.minimumXmrPoints()),
                integer(p, "spc.baseline_length", d.baselineLength()),
                number(p, "spc.limit_factor", d.limitFactor()),
                number(p, "spc.moving_range_screen_factor", d.movingRangeScreenFactor()),
                integer(p, "spc.trend_length", d.trendLength()),
                integer(p, "spc.two_of_three_points", d.twoOfThreePoints()),
                integer(p, "spc.two_of_three_window", d.twoOfThreeWindow()),
                number(p, "spc.two_of_three_fraction", d.twoOfThreeFraction()),
                integer(p, "spc.shift_length", d.shiftLength()),
                integer(p, "spc.run_shift_length", d.runShiftLength()),
                integer(p, "spc.run_trend_length", d.runTrendLength()),
                number(p, "spc.crossings_tail_probability", d.crossingsTailProbability()),
                integer(p, "spc.crossings_minimum_points", d.crossingsMinimumPoints())));
    }

    public static FunnelSettings funnel(Properties p) {
        FunnelSettings d = FunnelSettings.defaults();
        return build("funnel", () -> new FunnelSettings(
                number(p, "funnel.inner_probability", d.innerProbability()),
                number(p, "funnel.outer_probability", d.outerProbability()),
                method(p, "funnel.limit_method", d.limitMethod()),
                bool(p, "funnel.overdispersion_adjustment", d.overdispersionAdjustment()),
                number(p, "funnel.winsorising_fraction", d.winsorisingFraction())));
    }

    private static <T> T build(String prefix, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("early-warning settings, " + prefix + ".*: " + e.getMessage(), e);
        }
    }

    private static String raw(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static int integer(Properties p, String key, int fallback) {
        String v = raw(p, key);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("early-warning setting " + key + " = '" + v + "' is not a whole number", e);
        }
    }

    private static double number(Properties p, String key, double fallback) {
        String v = raw(p, key);
        if (v == null) {
            return fallback;
        }
        try {
            if (v.contains("/")) { // a fraction such as 2/3, as the method papers write it
                String[] parts = v.split("/");
                return Double.parseDouble(parts[0].trim()) / Double.parseDouble(parts[1].trim());
            }
            return Double.parseDouble(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("early-warning setting " + key + " = '" + v + "' is not a number", e);
        }
    }

    private static boolean bool(Properties p, String key, boolean fallback) {
        String v = raw(p, key);
        if (v == null) {
            return fallback;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("early-warning setting " + key + " = '" + v + "' must be true or false");
    }

    private static LimitMethod method(Properties p, String key, LimitMethod fallback) {
        String v = raw(p, key);
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
