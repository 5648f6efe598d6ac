package uk.beacon.reports;

import java.util.ArrayList;
import java.util.List;
import uk.beacon.reports.triage.TriageReport;
import uk.beacon.reports.triage.TriageRow;

/** Fixed, small peer-review triage data for tests: 3 triggered authorities (one with 12 evidence lines), 2 overdue reviews. */
public final class SampleTriage {

    private SampleTriage() {
    }

    public static final TriageRow DUNECLIFFE = new TriageRow("975", "Dunecliffe", "South Coast", "T-975-2026-04", "April 2026", "open",
            "serious concern", 30.74, 30, "20 April 2024", true, twelveSignals());
    public static final TriageRow MARSHBY = new TriageRow("931", "Marshby & Fenwold", "East Fens", "T-931-2026-10", "October 2026", "new",
            "concern", 18.25, 14, "2 August 2025", false, List.of(
                    "[3.8] SPC_OUTSIDE_LIMITS Re-referrals within 12 months above the upper control limit for 3 months",
                    "[2.9] NOTE_CONCERN Workforce: agency cover risen to about a third of the front door team (TLP:AMBER)",
                    "[1.7] TREND_WORSENING Assessments completed within 45 working days down 9.4 points over 6 months"));
    public static final TriageRow HOLMCROSS = new TriageRow("944", "Holmcross", "North Fells", "T-944-2026-09", "September 2026", "open",
            "watch", 9.0, null, null, true, List.of(
                    "[2.1] RETURN_LATE Two of the last three monthly returns arrived after the deadline"));
    static final TriageRow STAVERLEY = new TriageRow("912", "Staverley", "North Fells", null, null, null,
            "none", 1.2, 27, "11 July 2024", true, List.of());
    static final TriageRow BRACKENHOLT = new TriageRow("958", "Brackenholt", "Midland Vales", null, null, null,
            "watch", 6.4, null, null, true, List.of());

    static TriageReport sample() {
        return new TriageReport("2026-10", "October 2026", "23 November 2026", true, "TLP:AMBER+STRICT",
                "Sector-led improvement body", List.of(DUNECLIFFE, MARSHBY, HOLMCROSS), List.of(STAVERLEY, BRACKENHOLT), 3);
    }

    static TriageReport empty() {
        return new TriageReport("2026-10", "October 2026", "23 November 2026", true, "TLP:AMBER",
                "Sector-led improvement body", List.of(), List.of(), 0);
    }

    /** "[9.5] SIGNAL_01 …" to "[4.0] SIGNAL_12 …", heaviest first; the second is long enough to wrap. */
    public static List<String> twelveSignals() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String text = String.format(java.util.Locale.UK, "[%.1f] SIGNAL_%02d Evidence line number %d", 10.0 - i * 0.5, i, i);
            if (i == 2) {
                text += " with a long explanation: child protection plans lasting two years or more have risen for five months in a row, "
                        + "the re-referral rate is above the regional range and the last two monthly returns were resubmitted after validation";
            }
            lines.add(text);
        }
        return lines;
    }
}
