package uk.beacon.signals;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.IntegerDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * The sampling model behind a funnel plot: what a unit's count would do if its true value were the
 * target. Values are on the unit scale (a proportion, or a rate per head); the caller's scale is
 * applied only when results are reported.
 */
public enum FunnelModel {
    /** r out of n, each of the n cases counted or not: r ~ Binomial(n, θ₀), variance θ₀(1−θ₀)/n. */
    BINOMIAL {
        @Override
        double variance(double target, double denominator) {
            return target * (1 - target) / denominator;
        }

        @Override
        double ceiling() {
            return 1;
        }

        @Override
        boolean degenerate(double target) {
            return target <= 0 || target >= 1;
        }

        @Override
        boolean exactPossible(double denominator) {
            return denominator == Math.rint(denominator) && denominator <= Integer.MAX_VALUE;
        }

        @Override
        IntegerDistribution distribution(double target, double denominator) {
            return new BinomialDistribution(null, (int) denominator, target);
        }
    },
    /**
     * Events in a population (referrals per 10,000 children): a child can be referred more than
     * once and events are rare, so the count is Poisson with mean n·θ₀ and the rate's variance is
     * θ₀/n. A binomial approximation would wrongly cap a child at one event, and for rare events
     * the two agree anyway.
     */
    POISSON {
        @Override
        double variance(double target, double denominator) {
            return target / denominator;
        }

        @Override
        double ceiling() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        boolean degenerate(double target) {
            return target <= 0;
        }

        @Override
        boolean exactPossible(double denominator) {
            return true;
        }

        @Override
        IntegerDistribution distribution(double target, double denominator) {
            return new PoissonDistribution(null, target * denominator, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        }
    };

    abstract double variance(double target, double denominator);

    /** The largest value the model allows (limits are clipped to it, and to 0 below). */
    abstract double ceiling();

    /** A target at which the model has no variation at all (no events anywhere, or all). */
    abstract boolean degenerate(double target);

    abstract boolean exactPossible(double denominator);

    /** The distribution of the count; the random generator is never used, so none is made. */
    abstract IntegerDistribution distribution(double target, double denominator);

    /**
     * The p-quantile of the value r/n, interpolated between counts (Spiegelhalter 2005, Appendix
     * A.1.1): with r the smallest count whose cumulative probability reaches p, and
     * α = (P(R ≤ r) − p) / (P(R ≤ r) − P(R ≤ r − 1)), the limit is (r − α)/n.
     */
    double exactQuantile(double target, double denominator, double p) {
        IntegerDistribution d = distribution(target, denominator);
        int r = d.inverseCumulativeProbability(p);
        double atR = d.cumulativeProbability(r);
        double alpha = (atR - p) / (atR - d.cumulativeProbability(r - 1));
        return (r - alpha) / denominator;
    }
}
