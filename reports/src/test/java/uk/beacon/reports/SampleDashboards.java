package uk.beacon.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.beacon.reports.chart.ProcessLimits;
import uk.beacon.reports.chart.SpecialCauseMark;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.reports.dashboard.AuthorityDashboard;
import uk.beacon.reports.dashboard.DataQuality;
import uk.beacon.reports.dashboard.IndicatorRow;
import uk.beacon.reports.format.NoteLine;

/** Fixed, small dashboard data for tests: 18 indicator rows and 24 monthly trend points. */
public final class SampleDashboards {

    private SampleDashboards() {
    }

    static AuthorityDashboard sample(String laCode, String laName, boolean synthetic) {
        List<IndicatorRow> rows = List.of(
                row("CIN_RATE", "Children in need rate", "rate per 10,000", "neutral", 341.25, 334.3, 352.8, 338.0, 336.9),
                row("CPP_RATE", "Child protection plan rate", "rate per 10,000", "neutral", 43.75, 40.2, 45.1, 41.0, 42.2),
                row("CLA_RATE", "Children looked after rate", "rate per 10,000", "neutral", 71.04, 70.0, 77.3, 72.5, 70.6),
                row("REF_RATE", "Referrals rate", "rate per 10,000", "neutral", 512.3, 538.8, 561.2, 540.0, 498.7),
                row("REREF_12M", "Re-referrals within 12 months", "%", "low", 21.46, 22.4, 23.0, 22.1, 20.9),
                row("ASSESS_45D", "Assessments completed within 45 working days", "%", "high", 86.7, 82.1, 80.4, 83.0, 88.2),
                row("CPP_2ND", "Child protection plans, second or subsequent", "%", "low", 24.0, 23.8, 25.1, 24.4, 22.7),
                row("CPP_2YR", "Child protection plans lasting 2 years or more", "%", "low", 3.1, 4.0, 3.8, 3.6, 2.9),
                row("S47_RATE", "Section 47 enquiries rate", "rate per 10,000", "neutral", 188.6, 180.9, 195.0, 184.2, 181.3),
                row("CLA_3PLUS", "Looked after children with 3 or more placements", "%", "low", 9.8, 10.0, 10.6, 9.9, 10.4),
                row("CLA_LONG", "Long-term placement stability", "%", "high", 70.2, 71.0, 68.9, 70.0, 69.5),
                row("CL_NEET", "Care leavers aged 19-21 not in education, employment or training", "%", "low", 38.5, 38.0, 40.2, 39.1, 37.4),
                row("SW_VAC", "Social worker vacancy rate", "%", "low", 17.3, 17.8, 19.9, 18.2, 18.8),
                row("SW_AGENCY", "Agency social workers", "%", "low", 16.0, 17.6, 21.4, 17.0, 15.2),
                row("CASELOAD", "Average social worker caseload", "count", "low", 16.4, 17.8, 16.9, 17.0, 16.1),
                row("CLA_COUNT", "Children looked after", "count", "neutral", 1234.0, 83630.0, 10430.0, 1180.0, 1219.0),
                new IndicatorRow("UASC", "Unaccompanied asylum-seeking children looked after", "count",
                        "low", null, 7380.0, 890.0, 31.0, 29.0, "c"),
                new IndicatorRow("ADOPT_DAYS", "Average days from entering care to adoption", "days",
                        "low", null, null, 455.0, null, 431.0, null));
        return new AuthorityDashboard(laCode, laName, "North West", "2026-10", "October 2026",
                "23 November 2026", synthetic, "TLP:GREEN", rows,
                "Children looked after rate", "rate per 10,000", markedTrend(), LIMITS,
                "Return received in full", QUALITY, "Regional ADCS group: North West", List.of(), 0);
    }

    /** The sample with another audience, notes and withheld count (everything else unchanged). */
    static AuthorityDashboard withNotes(AuthorityDashboard d, String audienceLabel, List<NoteLine> notes, int withheld) {
        return d.forAudience(d.tlp(), audienceLabel, notes, withheld);
    }

    /** The dashboard with another TLP marking. */
    static AuthorityDashboard marked(AuthorityDashboard d, String tlp) {
        return d.forAudience(tlp, d.audienceLabel(), d.notes(), d.notesWithheld());
    }

    /** The dashboard with another trend and limits (null: too few months). */
    static AuthorityDashboard withTrend(AuthorityDashboard d, List<TrendPoint> trend, ProcessLimits limits) {
        return new AuthorityDashboard(d.laCode(), d.laName(), d.regionName(), d.period(), d.periodLabel(), d.dataAsOf(),
                d.synthetic(), d.tlp(), d.rows(), d.trendIndicatorLabel(), d.trendUnit(), trend, limits, d.returnStatus(),
                d.dataQuality(), d.audienceLabel(), d.notes(), d.notesWithheld());
    }

    /** Limits as the pipeline would give them: baseline June 2023 to May 2024, centre 66.0, limits 60.7 to 71.3. */
    static final ProcessLimits LIMITS = new ProcessLimits(66.0, 60.68, 71.32, "2023-06", "2024-05", 12, 2.66);

    /** Last 12 months: 10 in full, 1 partial, 1 missing, 2 late; two findings this period. */
    static final DataQuality QUALITY = new DataQuality("November 2025 to October 2026", 12, 10, 1, 1, 2, List.of(
            "Return incomplete: 17 of 18 indicators received.",
            "1 row(s) of the return for October 2026 refused (rules R007)."));

    /** The 24-month trend with special causes marked: Feb 2026 a concern, Jun 2025 an improvement, Oct 2026 neither. */
    static List<TrendPoint> markedTrend() {
        List<TrendPoint> points = new ArrayList<>();
        for (TrendPoint p : trend("CLA_RATE", YearMonth.of(2026, 10), 24)) {
            SpecialCauseMark mark = switch (p.period()) {
                case "2026-02" -> SpecialCauseMark.CONCERN;
                case "2025-06" -> SpecialCauseMark.IMPROVEMENT;
                case "2026-10" -> SpecialCauseMark.NEUTRAL_CHANGE;
                default -> null;
            };
            points.add(new TrendPoint(p.indicatorCode(), p.period(), p.value(), p.england(), p.region(), mark));
        }
        return points;
    }

    /** {@code count} notes, alternating concern and reassurance, every third with the 900-character summary. */
    static List<NoteLine> manyNotes(int count) {
        List<NoteLine> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean reassurance = i % 2 == 1;
            String summary = i % 3 == 2 ? LONG_SUMMARY
                    : "Note " + (i + 1) + ": " + (reassurance
                            ? "Peer challenge found practice consistently good, with clear management oversight."
                            : "Small rise in complaints about response times, being addressed through a service review.");
            notes.add(new NoteLine((28 - i) + " June 2026", i % 2 == 0 ? "COMPLAINTS" : "PRACTICE",
                    reassurance ? "reassurance" : "concern", 1 + i % 3, i % 2 == 0 ? "TLP:GREEN" : "TLP:CLEAR",
                    "Source number " + (i + 1), summary));
        }
        return notes;
    }

    /** A summary of exactly 900 characters, without hyphens so extracted text can be compared whole. */
    static final String LONG_SUMMARY = longSummary();

    public static final NoteLine LEADERSHIP = new NoteLine("14 August 2026", "LEADERSHIP_CHANGE", "concern", 3, "TLP:AMBER",
            "Regional DCS network", "Director of children's services left at short notice; interim arrangements not yet settled.");
    public static final NoteLine PARTNERSHIP = new NoteLine("2 July 2026", "PARTNERSHIP", "reassurance", 2, "TLP:GREEN",
            "Police & health partners <regional>", "Strong multi-agency front door; partners report timely, well-reasoned decisions.");
    static final NoteLine WORKFORCE = new NoteLine("19 May 2026", "WORKFORCE", "concern", 2, "amber",
            "Regional workforce network", LONG_SUMMARY);
    /** A note that is never passed to the renderer in the tests: it must never appear. */
    static final NoteLine RED_ONLY = new NoteLine("1 September 2026", "OTHER", "concern", 2, "TLP:RED",
            "Named recipients only", "Confidential: early discussion of a possible restructure of early help.");

    /** Three visible notes, most recent first: a concern, a reassurance, a concern with a 900-character summary. */
    static List<NoteLine> threeNotes() {
        return List.of(LEADERSHIP, PARTNERSHIP, WORKFORCE);
    }

    private static String longSummary() {
        String text = "Several experienced front door social workers have left in quick succession since the spring, "
                + "and agency cover has risen to about a third of the team. "
                + "Managers report that supervision is still happening but is shorter and less reflective, "
                + "and that newly qualified staff are holding more complex cases than the authority's own practice "
                + "standards allow. Partners describe slower feedback after referrals and more requests for "
                + "information being repeated. The authority has started a recruitment campaign with a market "
                + "supplement and is talking to neighbouring authorities about a shared agency rate, but none of "
                + "this has yet changed the position on the ground. Staff who remain are described as committed "
                + "and well led at team level, and sickness absence has not risen. Morale is reported as fragile, not low. "
                + "The regional group will look at this again in November, with the caseload figures for October.";
        if (text.length() != 900) {
            throw new IllegalStateException("LONG_SUMMARY must be 900 characters, is " + text.length());
        }
        return text;
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

    private static IndicatorRow row(String code, String label, String unit, String polarity,
                                    double value, double england, double region, double neighbours, double previous) {
        return new IndicatorRow(code, label, unit, polarity, value, england, region, neighbours, previous, null);
    }

    private static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
