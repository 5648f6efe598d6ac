package uk.beacon.signals;

import java.util.Arrays;

/**
 * Winsorising: values below the {@code fraction} quantile are set to it, values above the
 * 1 − {@code fraction} quantile likewise. The quantiles interpolate linearly between order
 * statistics (R's default, type 7, as FunnelPlotR uses for the same purpose).
 */
final class Winsorising {

    private Winsorising() {
    }

    static double[] winsorise(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double low = quantile(sorted, fraction);
        double high = quantile(sorted, 1 - fraction);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.min(high, Math.max(low, values[i]));
        }
        return out;
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
