package uk.beacon.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.beacon.reports.chart.FunnelView;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.reports.pack.PackAuthority;
import uk.beacon.reports.pack.PackCell;
import uk.beacon.reports.pack.PackIndicator;
import uk.beacon.reports.pack.PackReturn;
import uk.beacon.reports.pack.PackSignal;
import uk.beacon.reports.pack.RegionalPack;
import uk.beacon.reports.triage.TriageRow;

/**
 * A fixed, small regional pack for tests: "Northmoor", 5 authorities (alphabetical, numbered),
 * 4 indicators (a percentage and a rate with funnel plots of 30 authorities, one without a funnel
 * for want of points, an average with none by nature), 24 months of trend each, 2 authorities in
 * the concerns. Every figure is a simple function of its position, so a test can name it.
 */
public final class SamplePack {

    static final List<PackAuthority> AUTHORITIES = List.of(
            new PackAuthority("901", "Ashdown", 1, "none"), new PackAuthority("902", "Bramwell", 2, "serious concern"),
            new PackAuthority("903", "Caldermere", 3, "none"), new PackAuthority("904", "Dunholme", 4, "none"),
            new PackAuthority("905", "Eastwick", 5, "watch"));

    static final TriageRow BRAMWELL = new TriageRow("902", "Bramwell", "Northmoor", "T-902-2026-08", "August 2026", "open",
            "serious concern", 31.2, 26, "3 August 2024", true, List.of(
                    "[4.5] SPC_OUTSIDE_LIMITS REREFERRAL_PCT: Re-referrals within 12 months 31.0 % in 2026-10 is above the upper process limit (24.1).",
                    "[2.0] FUNNEL_OUTSIDE_998 REREFERRAL_PCT: Re-referrals within 12 months 31.0 % (62 of 200) is above the 99.8% funnel limit."));
    static final TriageRow EASTWICK = new TriageRow("905", "Eastwick", "Northmoor", null, null, null,
            "watch", 7.5, 11, "2 November 2025", false, List.of(
                    "[1.0] DATA_MISSING_RETURN: No return for 2026-10."));

    private SamplePack() {
    }

    public static RegionalPack sample() {
        return sample("TLP:AMBER", true);
    }

    public static RegionalPack sample(String tlp, boolean synthetic) {
        List<PackReturn> returns = List.of(
                new PackReturn("901", "Ashdown", "complete", 4, 4, null, 0),
                new PackReturn("902", "Bramwell", "complete", 4, 4, 6, 0),
                new PackReturn("903", "Caldermere", "partial", 3, 4, null, 2),
                new PackReturn("904", "Dunholme", "complete", 4, 4, null, 0),
                new PackReturn("905", "Eastwick", "missing", 0, 4, null, 0));
        List<PackIndicator> indicators = List.of(
                indicator("REREFERRAL_PCT", "Re-referrals within 12 months", "%", "low", "percent", 21.5, 23.0, true,
                        new PackSignal[] {PackSignal.NONE, PackSignal.STRONG_CONCERN, PackSignal.NONE, PackSignal.IMPROVEMENT, null}),
                indicator("REFERRALS_RATE", "Referrals", "per 10,000 children", "neutral", "rate", 44.0, 46.5, true,
                        new PackSignal[] {PackSignal.CHANGE, PackSignal.NONE, PackSignal.NONE, PackSignal.NONE, null}),
                indicator("ASSESS_45WD_PCT", "Assessments within 45 working days", "%", "high", "percent", 82.0, 80.5, false,
                        new PackSignal[] {PackSignal.NONE, PackSignal.CONCERN, PackSignal.NONE, PackSignal.NONE, null}),
                indicator("SW_CASELOAD_AVG", "Average caseload", "cases per FTE", "low", "average", 16.2, 16.8, false,
                        new PackSignal[] {PackSignal.NONE, PackSignal.NONE, PackSignal.NONE, PackSignal.NONE, null}));
        return new RegionalPack("Northmoor", "2026-10", "October 2026", "23 November 2026", synthetic, tlp,
                "Regional ADCS group: Northmoor", AUTHORITIES, returns, indicators, List.of(BRAMWELL, EASTWICK), 1);
    }

    /** Authority i (0-based) has value base + 2i, except Eastwick (no return: no figure) and Caldermere's suppressed assessments. */
    private static PackIndicator indicator(String code, String label, String unit, String polarity, String measure, double england,
                                           double region, boolean funnel, PackSignal[] signals) {
        List<PackCell> cells = new ArrayList<>();
        for (int i = 0; i < AUTHORITIES.size(); i++) {
            PackAuthority a = AUTHORITIES.get(i);
            boolean missing = a.laCode().equals("905");
            boolean suppressed = a.laCode().equals("903") && code.equals("ASSESS_45WD_PCT");
            Double value = missing || suppressed ? null : england + 2 * i;
            List<TrendPoint> trend = new ArrayList<>();
            for (int m = 23; m >= 0; m--) {
                String period = YearMonth.of(2026, 10).minusMonths(m).toString();
                Double v = missing && m == 0 ? null : england + 2 * i + Math.sin((i + 1) * (24 - m) / 3.0) * 2 + (i == 1 ? (23 - m) * 0.3 : 0);
                trend.add(new TrendPoint(code, period, m == 0 ? value : v, england + Math.cos(m / 4.0) * 0.5, region));
            }
            cells.add(new PackCell(a.laCode(), value, suppressed ? "c" : null, signals[i], "", trend));
        }
        FunnelView view = funnel ? funnel(code, england, measure.equals("rate")) : null;
        return new PackIndicator(code, label, label, unit, polarity, measure, "the sample's " + label.toLowerCase(java.util.Locale.UK),
                england, region, view, cells, spread(england));
    }

    /** 30 authorities' figures: the region's 4 with figures numbered. */
    private static List<PackIndicator.Spread> spread(double england) {
        List<PackIndicator.Spread> out = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            out.add(new PackIndicator.Spread("8" + (10 + i), 0, england + ((i * 7) % 9 - 4) * 0.6));
        }
        for (int i = 0; i < 4; i++) {
            out.add(new PackIndicator.Spread("90" + (i + 1), i + 1, england + 2 * i));
        }
        return out;
    }

    /** 30 authorities; the sample region's 4 with figures are numbered, Bramwell (2) outside the 99.8% limits (worse). */
    private static FunnelView funnel(String code, double target, boolean rate) {
        List<FunnelView.FunnelDot> dots = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            double n = rate ? 20000 + i * 4000 : 80 + i * 12;
            dots.add(new FunnelView.FunnelDot("8" + (10 + i), 0, n, target + ((i * 7) % 9 - 4) * 0.6, "inside", false));
        }
        dots.add(new FunnelView.FunnelDot("901", 1, rate ? 50000 : 150, target, "inside", false));
        dots.add(new FunnelView.FunnelDot("902", 2, rate ? 90000 : 200, target + 9.5, "outer", true));
        dots.add(new FunnelView.FunnelDot("903", 3, rate ? 30000 : 120, target + 4, "inside", false));
        dots.add(new FunnelView.FunnelDot("904", 4, rate ? 70000 : 260, target + 6, "inner", false));
        List<FunnelView.FunnelCurvePoint> curve = new ArrayList<>();
        for (int k = 0; k <= 40; k++) {
            double n = (rate ? 15000 : 60) + k * (rate ? 2500 : 7);
            double se = rate ? Math.sqrt(target / 10000 / n) * 10000 : Math.sqrt(target / 100 * (1 - target / 100) / n) * 100;
            curve.add(new FunnelView.FunnelCurvePoint(n, target - 3.09 * se, target - 1.96 * se, target + 1.96 * se, target + 3.09 * se));
        }
        return new FunnelView("all 30 authorities", target, false, rate ? "Children aged 0 to 17 (population)" : "Referrals (cases)",
                dots, curve);
    }
}
