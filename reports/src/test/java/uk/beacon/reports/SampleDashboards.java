package uk.beacon.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Fixed, small dashboard data for tests: 18 indicator rows and 24 monthly trend points. */
final class SampleDashboards {

    private SampleDashboards() {
    }

    static AuthorityDashboard sample(String laCode, String laName, boolean synthetic) {
        List<IndicatorRow> rows = List.of(
                row("CIN_RATE", "Children in need rate", "rate per 10,000", 341.25, 334.3, 352.8, 338.0, 336.9),
                row("CPP_RATE", "Child protection plan rate", "rate per 10,000", 43.75, 40.2, 45.1, 41.0, 42.2),
                row("CLA_RATE", "Children looked after rate", "rate per 10,000", 71.04, 70.0, 77.3, 72.5, 70.6),
                row("REF_RATE", "Referrals rate", "rate per 10,000", 512.3, 538.8, 561.2, 540.0, 498.7),
                row("REREF_12M", "Re-referrals within 12 months", "%", 21.46, 22.4, 23.0, 22.1, 20.9),
                row("ASSESS_45D", "Assessments completed within 45 working days", "%", 86.7, 82.1, 80.4, 83.0, 88.2),
                row("CPP_2ND", "Child protection plans, second or subsequent", "%", 24.0, 23.8, 25.1, 24.4, 22.7),
                row("CPP_2YR", "Child protection plans lasting 2 years or more", "%", 3.1, 4.0, 3.8, 3.6, 2.9),
                row("S47_RATE", "Section 47 enquiries rate", "rate per 10,000", 188.6, 180.9, 195.0, 184.2, 181.3),
                row("CLA_3PLUS", "Looked after children with 3 or more placements", "%", 9.8, 10.0, 10.6, 9.9, 10.4),
                row("CLA_LONG", "Long-term placement stability", "%", 70.2, 71.0, 68.9, 70.0, 69.5),
                row("CL_NEET", "Care leavers aged 19-21 not in education, employment or training", "%", 38.5, 38.0, 40.2, 39.1, 37.4),
                row("SW_VAC", "Social worker vacancy rate", "%", 17.3, 17.8, 19.9, 18.2, 18.8),
                row("SW_AGENCY", "Agency social workers", "%", 16.0, 17.6, 21.4, 17.0, 15.2),
                row("CASELOAD", "Average social worker caseload", "count", 16.4, 17.8, 16.9, 17.0, 16.1),
                row("CLA_COUNT", "Children looked after", "count", 1234.0, 83630.0, 10430.0, 1180.0, 1219.0),
                new IndicatorRow("UASC", "Unaccompanied asylum-seeking children looked after", "count",
                        "lower", null, 7380.0, 890.0, 31.0, 29.0, "c"),
                new IndicatorRow("ADOPT_DAYS", "Average days from entering care to adoption", "days",
                        "lower", null, null, 455.0, null, 431.0, null));
        return new AuthorityDashboard(laCode, laName, "North West", "2026-10", "October 2026",
                "23 November 2026", synthetic, "TLP:GREEN", rows,
                "Children looked after rate", "rate per 10,000", trend("CLA_RATE", YearMonth.of(2026, 10), 24),
                "Return received in full", "Regional ADCS group: North West", List.of(), 0);
    }

    static List<TrendPoint> trend(String code, YearMonth last, int months) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            int t = months - 1 - i;
            double authority = 64.0 + 0.3 * t + 2.2 * Math.sin(t / 2.5);
            double england = 70.0 + 0.04 * t;
            double region = 76.0 + 0.08 * t + 0.8 * Math.cos(t / 3.0);
            points.add(new TrendPoint(code, last.minusMonths(i).toString(),
                    round1(authority), round1(england), round1(region)));
        }
        return points;
    }

    private static IndicatorRow row(String code, String label, String unit,
                                    double value, double england, double region, double neighbours, double previous) {
        return new IndicatorRow(code, label, unit, "higher", value, england, region, neighbours, previous, null);
    }

    private static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
