package uk.beacon.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import uk.beacon.catalogue.Indicator.Polarity;

/**
 * Funnel plots for comparing institutional performance (Spiegelhalter, Stat Med 2005;24:1185–1202),
 * with the over-dispersion adjustment of Spiegelhalter, Qual Saf Health Care 2005;14:347–351.
 *
 * <p>The target θ₀ is the peer group's pooled value. Each unit's z-score is (y − θ₀) / s with
 * s² its sampling variance under the target; φ is the mean of the squared z-scores after
 * winsorising. When the adjustment is on and I·φ > I − 1, the between-unit variance
 * τ² = (I·φ − (I − 1)) / (Σw − Σw² / Σw), w = 1/s², is added to every unit's variance and the limits
 * become θ₀ ± z·√(s² + τ²). Otherwise the limits are the plain ones, exact or normal as the
 * settings say.
 */
public final class FunnelPlot {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private FunnelPlot() {
    }

    /** Proportions (r out of n cases), modelled as binomial. */
    public static FunnelResult forProportions(List<FunnelUnit> units, double scale, Polarity polarity, FunnelSettings settings) {
        return plot(FunnelModel.BINOMIAL, units, scale, polarity, settings);
    }

    /** Rates (events out of a population), modelled as Poisson. */
    public static FunnelResult forRates(List<FunnelUnit> units, double scale, Polarity polarity, FunnelSettings settings) {
        return plot(FunnelModel.POISSON, units, scale, polarity, settings);
    }

    private static FunnelResult plot(FunnelModel model, List<FunnelUnit> units, double scale, Polarity polarity, FunnelSettings settings) {
        if (!(scale > 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("scale must be a positive number, not " + scale);
        }
        List<FunnelUnit> assessed = new ArrayList<>();
        List<NotAssessable> left = new ArrayList<>();
        for (FunnelUnit u : units) {
            Optional<String> problem = problem(u, model);
            if (problem.isPresent()) {
                left.add(new NotAssessable(u.unitId(), problem.get()));
            } else {
                assessed.add(u);
            }
        }
        int count = assessed.size();
        if (count == 0) {
            return new FunnelResult(model, scale, Double.NaN, new Overdispersion(Double.NaN, 0, false, 0), List.of(), left);
        }

        double target = pooled(assessed);
        // No events anywhere (or, for a proportion, only events): every unit sits on the target
        // with no sampling variation, so there is nothing to standardise and nothing to flag.
        boolean degenerate = model.degenerate(target);

        double[] variance = new double[count];
        double[] z = new double[count];
        for (int i = 0; i < count; i++) {
            FunnelUnit u = assessed.get(i);
            variance[i] = model.variance(target, u.denominator());
            z[i] = degenerate ? 0 : (u.numerator() / u.denominator() - target) / Math.sqrt(variance[i]);
        }
        double phi = 0;
        for (double winsorised : Winsorising.winsorise(z, settings.winsorisingFraction())) {
            phi += winsorised * winsorised;
        }
        phi /= count;
        boolean applied = settings.overdispersionAdjustment() && !degenerate && count * phi > count - 1;
        double tau2 = applied ? tau2(variance, phi) : 0;

        List<FunnelPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            FunnelUnit u = assessed.get(i);
            double value = u.numerator() / u.denominator();
            double se = Math.sqrt(variance[i] + tau2);
            LimitMethod method = limitMethod(model, applied, u.denominator(), settings);
            FunnelLimits limits = unitLimits(model, target, applied, tau2, degenerate, u.denominator(), settings);
            FunnelBand band = FunnelBand.of(value, limits);
            points.add(new FunnelPoint(u.unitId(), u.numerator(), u.denominator(), value * scale,
                    degenerate ? 0 : (value - target) / se, scaled(limits, scale), method, band,
                    band.direction().map(d -> Meaning.of(d, polarity))));
        }
        return new FunnelResult(model, scale, target * scale, new Overdispersion(phi, count, applied, tau2 * scale * scale),
                points, left);
    }

    /**
     * The limits a unit with this denominator would have in the plot {@code r} (on the indicator's
     * scale): evaluated along a range of denominators, these are the funnel's curves. They are
     * computed exactly as each unit's own limits are, so a drawn point lies outside a drawn curve
     * exactly when the plot flagged it. For a proportion, exact limits need a whole denominator:
     * round the denominators of the curve.
     */
    public static FunnelLimits limitsAt(FunnelResult r, double denominator, FunnelSettings settings) {
        if (!(denominator > 0) || Double.isNaN(r.target())) {
            throw new IllegalArgumentException("need a positive denominator and a plot with units, not " + denominator);
        }
        double target = r.target() / r.scale();
        double tau2 = r.overdispersion().applied() ? r.overdispersion().tau2() / (r.scale() * r.scale()) : 0;
        FunnelLimits limits = unitLimits(r.model(), target, r.overdispersion().applied(), tau2, r.model().degenerate(target), denominator, settings);
        return scaled(limits, r.scale());
    }

    private static LimitMethod limitMethod(FunnelModel model, boolean applied, double denominator, FunnelSettings settings) {
        return !applied && settings.limitMethod() == LimitMethod.EXACT && model.exactPossible(denominator)
                ? LimitMethod.EXACT : LimitMethod.NORMAL;
    }

    /** One unit's limits on the unit scale; tau2 is 0 unless the over-dispersion adjustment was applied. */
    private static FunnelLimits unitLimits(FunnelModel model, double target, boolean applied, double tau2, boolean degenerate, double denominator,
                                           FunnelSettings settings) {
        if (degenerate) {
            return new FunnelLimits(target, target, target, target);
        }
        if (limitMethod(model, applied, denominator, settings) == LimitMethod.EXACT) {
            return exactLimits(model, target, denominator, settings);
        }
        double se = Math.sqrt(model.variance(target, denominator) + tau2);
        double innerZ = NORMAL.inverseCumulativeProbability(settings.innerProbability());
        double outerZ = NORMAL.inverseCumulativeProbability(settings.outerProbability());
        return new FunnelLimits(clip(model, target - outerZ * se), clip(model, target - innerZ * se),
                clip(model, target + innerZ * se), clip(model, target + outerZ * se));
    }

    /** θ₀: the group's own pooled value, so large units weigh as much as they count. */
    private static double pooled(List<FunnelUnit> units) {
        double numerators = 0;
        double denominators = 0;
        for (FunnelUnit u : units) {
            numerators += u.numerator();
            denominators += u.denominator();
        }
        return numerators / denominators;
    }

    private static Optional<String> problem(FunnelUnit u, FunnelModel model) {
        if (Double.isNaN(u.denominator()) || u.denominator() == 0) {
            return Optional.of("no denominator");
        }
        if (Double.isNaN(u.numerator())) {
            return Optional.of("no numerator");
        }
        if (!Double.isFinite(u.denominator()) || !Double.isFinite(u.numerator()) || u.denominator() < 0 || u.numerator() < 0) {
            return Optional.of("numerator and denominator must be finite and not negative");
        }
        if (model == FunnelModel.BINOMIAL && u.numerator() > u.denominator()) {
            return Optional.of("numerator exceeds denominator");
        }
        return Optional.empty();
    }

    /** DerSimonian–Laird: the excess of I·φ over its expectation I − 1, in units of the weights. */
    private static double tau2(double[] variance, double phi) {
        double sumW = 0;
        double sumW2 = 0;
        for (double v : variance) {
            sumW += 1 / v;
            sumW2 += 1 / (v * v);
        }
        int count = variance.length;
        return Math.max(0, (count * phi - (count - 1)) / (sumW - sumW2 / sumW));
    }

    private static FunnelLimits exactLimits(FunnelModel model, double target, double denominator, FunnelSettings s) {
        return new FunnelLimits(
                clip(model, model.exactQuantile(target, denominator, 1 - s.outerProbability())),
                clip(model, model.exactQuantile(target, denominator, 1 - s.innerProbability())),
                clip(model, model.exactQuantile(target, denominator, s.innerProbability())),
                clip(model, model.exactQuantile(target, denominator, s.outerProbability())));
    }

    /** No value lies below 0 (or above 1 for a proportion), so neither may a limit. */
    private static double clip(FunnelModel model, double limit) {
        return Math.min(model.ceiling(), Math.max(0, limit));
    }

    private static FunnelLimits scaled(FunnelLimits l, double scale) {
        return new FunnelLimits(l.outerLower() * scale, l.innerLower() * scale, l.innerUpper() * scale, l.outerUpper() * scale);
    }
}
