package uk.beacon.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one authority's monthly figures for the 18 core indicators, around levels like
 * England's published ones (re-referrals about 22%, assessments in 45 days about 83%,
 * social worker vacancies about 15%...), shifted by the authority's need, with noise of
 * the size counts of that size really have. A planted decline pushes the front-door and
 * workforce indicators the wrong way.
 */
final class DemoSeries {

    private final DemoAuthority la;
    private final SplittableRandom rnd;
    private final PlantedDecline decline;
    /** Persistent authority-level offsets, so authorities differ in level, not just noise. */
    private final double rerefBase;
    private final double assessBase;
    private final double vacancyBase;
    private final double agencyBase;
    private final double auditBase;
    private double workforceDrift;

    DemoSeries(DemoAuthority la, long seed, PlantedDecline decline) {
        this.la = la;
        this.rnd = new SplittableRandom(seed ^ (Long.parseLong(la.dfeCode()) * 0x9E3779B97F4A7C15L));
        this.decline = decline;
        this.rerefBase = 0.19 + la.need() * 0.06 + rnd.nextGaussian() * 0.015;
        this.assessBase = 0.86 - la.need() * 0.06 + rnd.nextGaussian() * 0.03;
        this.vacancyBase = 10 + la.need() * 8 + rnd.nextGaussian() * 2;
        this.agencyBase = 9 + la.need() * 9 + rnd.nextGaussian() * 2;
        this.auditBase = 0.66 - la.need() * 0.1 + rnd.nextGaussian() * 0.04;
    }

    List<DemoFigure> month(YearMonth m) {
        double d = decline == null ? 0 : decline.severityAt(m);
        double season = Math.sin((m.getMonthValue() - 1) / 12.0 * 2 * Math.PI); // referrals dip in summer holidays
        workforceDrift = workforceDrift * 0.8 + rnd.nextGaussian() * 0.4;
        long pop = la.population();
        List<DemoFigure> out = new ArrayList<>();

        long referrals = Math.max(1, Math.round(pop / 10_000.0 * (40 + la.need() * 15) * (1 + 0.08 * season + 0.25 * d)
                * (1 + rnd.nextGaussian() * 0.05)));
        out.add(rate("REFERRALS_RATE", referrals, pop));
        out.add(share("REREFERRAL_PCT", referrals, rerefBase + 0.10 * d));
        out.add(share("NFA_PCT", referrals, 0.065));
        long assessments = Math.max(1, Math.round(referrals * 0.85));
        out.add(share("ASSESS_45WD_PCT", assessments, assessBase - 0.25 * d));
        long s47 = Math.max(1, Math.round(pop / 10_000.0 * (13 + la.need() * 8) * (1 + rnd.nextGaussian() * 0.08)));
        out.add(rate("S47_RATE", s47, pop));
        long icpc = Math.max(1, Math.round(s47 * 0.35));
        out.add(share("ICPC_15WD_PCT", icpc, 0.80 - 0.2 * d));
        long cppOpen = Math.max(1, Math.round(pop / 10_000.0 * (32 + la.need() * 20) * (1 + rnd.nextGaussian() * 0.03)));
        out.add(rate("CPP_RATE", cppOpen, pop));
        long cppStarted = Math.max(1, Math.round(pop / 10_000.0 * (4 + la.need() * 2)));
        out.add(share("CPP_SUBSEQUENT_PCT", cppStarted, 0.23 + 0.08 * d));
        out.add(share("CPP_2YRS_PCT", cppOpen, 0.035));
        long cla = Math.max(1, Math.round(pop / 10_000.0 * (55 + la.need() * 35) * (1 + rnd.nextGaussian() * 0.01)));
        out.add(rate("CLA_RATE", cla, pop));
        out.add(share("CLA_3PLUS_PLACEMENTS_PCT", cla, 0.10));
        out.add(share("CLA_STABLE_2YRS_PCT", Math.max(1, Math.round(cla * 0.3)), 0.70));
        out.add(value("SW_VACANCY_PCT", clamp(vacancyBase + workforceDrift + 12 * d, 0, 60)));
        out.add(value("SW_AGENCY_PCT", clamp(agencyBase + workforceDrift * 0.8 + 10 * d, 0, 60)));
        out.add(value("SW_TURNOVER_PCT", clamp(14 + la.need() * 4 + workforceDrift + 8 * d + rnd.nextGaussian() * 0.6, 0, 60)));
        out.add(value("SW_CASELOAD_AVG", clamp(15 + la.need() * 3 + workforceDrift * 0.5 + 5 * d + rnd.nextGaussian() * 0.4, 5, 40)));
        long complaints = Math.max(0, Math.round(pop / 10_000.0 * 1.4 * (1 + 1.5 * d) + rnd.nextGaussian() * 1.5));
        out.add(new DemoFigure("COMPLAINTS_COUNT", null, null, (double) complaints, null));
        out.add(share("AUDIT_GOOD_PCT", 20 + rnd.nextInt(30), auditBase - 0.25 * d));
        return out;
    }

    /** A percentage: numerator drawn around p of the denominator with binomial-sized noise. */
    private DemoFigure share(String code, long denominator, double p) {
        p = clamp(p, 0.001, 0.999);
        double sd = Math.sqrt(denominator * p * (1 - p));
        long num = Math.max(0, Math.min(denominator, Math.round(denominator * p + rnd.nextGaussian() * sd)));
        if (denominator < 10 && num < 5) {
            return new DemoFigure(code, null, null, null, "c"); // small numbers are suppressed, as the DfE does
        }
        return new DemoFigure(code, num, denominator, round1(100.0 * num / denominator), null);
    }

    private static DemoFigure rate(String code, long count, long population) {
        return new DemoFigure(code, count, population, round1(10_000.0 * count / population), null);
    }

    private static DemoFigure value(String code, double v) {
        return new DemoFigure(code, null, null, round1(v), null);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
