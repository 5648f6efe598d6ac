package uk.beacon.signals;

import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * How often a random series of {@code usefulPoints} points (points not on the median) crosses its
 * median: between {@code fewest} and {@code most} times inclusive; outside that is a signal.
 *
 * <p>The IHI publishes these limits (as runs, crossings + 1) in a table for 10 to 60 useful points
 * (Perla, Provost and Murray 2011). Here they come from the exact distribution of the number of
 * runs in a random sequence (the runs test of Swed and Eisenhart 1943), so any number of points
 * works: with n useful points split about the median into ⌈n/2⌉ and ⌊n/2⌋, a count is too few
 * (too many) when the chance of one that low (high) is at most the tail probability.
 */
public record CrossingsLimits(int usefulPoints, int fewest, int most) {

    static CrossingsLimits of(int usefulPoints, double tailProbability) {
        int above = (usefulPoints + 1) / 2;
        int below = usefulPoints / 2;
        double[] runs = runsDistribution(above, below);
        double tail = 0;
        int fewestRuns = 2;
        while (tail + runs[fewestRuns] <= tailProbability) {
            tail += runs[fewestRuns++];
        }
        tail = 0;
        int mostRuns = usefulPoints;
        while (tail + runs[mostRuns] <= tailProbability) {
            tail += runs[mostRuns--];
        }
        return new CrossingsLimits(usefulPoints, fewestRuns - 1, mostRuns - 1);
    }

    /**
     * P(R = r), r = 0..a+b, for the number of runs R in a random arrangement of a points above and
     * b below: for r = 2k, 2·C(a−1,k−1)·C(b−1,k−1); for r = 2k+1,
     * C(a−1,k−1)·C(b−1,k) + C(a−1,k)·C(b−1,k−1); each over C(a+b,a). Logs keep long series finite.
     */
    static double[] runsDistribution(int above, int below) {
        double[] p = new double[above + below + 1];
        double all = CombinatoricsUtils.binomialCoefficientLog(above + below, above);
        for (int r = 2; r <= above + below; r++) {
            int k = r / 2;
            p[r] = r % 2 == 0
                    ? 2 * ways(above - 1, k - 1, below - 1, k - 1, all)
                    : ways(above - 1, k - 1, below - 1, k, all) + ways(above - 1, k, below - 1, k - 1, all);
        }
        return p;
    }

    /** C(n1,k1)·C(n2,k2) / exp(all), in logs so that long series stay finite. */
    private static double ways(int n1, int k1, int n2, int k2, double all) {
        if (k1 < 0 || k1 > n1 || k2 < 0 || k2 > n2) {
            return 0;
        }
        return Math.exp(CombinatoricsUtils.binomialCoefficientLog(n1, k1) + CombinatoricsUtils.binomialCoefficientLog(n2, k2) - all);
    }
}
