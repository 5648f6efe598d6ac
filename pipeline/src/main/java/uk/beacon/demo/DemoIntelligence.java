package uk.beacon.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo's soft intelligence: notes, peer-review history and inspection outcomes for the
 * fictional authorities, written as the input contract's CSVs (sections 2-4). It tells the
 * same story as the returns: declining authorities attract workforce and leadership
 * concerns and later an Inadequate judgement; steady ones send reassurance; a few reviews are
 * overdue. Two notes are spoiled on purpose (personal data, a person named as source).
 */
final class DemoIntelligence {

    static final String NOTES_HEADER = "note_id,la_code,observed_on,category,signal,severity,tlp,source,summary\n";

    private final List<DemoAuthority> las;
    private final Map<String, PlantedDecline> declines;
    private final YearMonth first;
    private final YearMonth last;
    private final SplittableRandom rnd;

    DemoIntelligence(List<DemoAuthority> las, Map<String, PlantedDecline> declines, DemoSettings settings) {
        this.las = las;
        this.declines = declines;
        this.first = settings.firstPeriod();
        this.last = settings.lastPeriod();
        this.rnd = new SplittableRandom(settings.seed() * 31 + 7);
    }

    /** The first notes file: the bulk of the year's intelligence. */
    String notes() {
        StringBuilder b = new StringBuilder(NOTES_HEADER);
        int n = 0;
        for (PlantedDecline d : declines.values()) {
            // Intelligence runs ahead of the data: staff leave, a leader goes, practice worries surface.
            String name = las.stream().filter(x -> x.dfeCode().equals(d.laCode())).findFirst().orElseThrow().name();
            b.append(note(++n, d.laCode(), d.starts().plusMonths(1), "WORKFORCE", "concern", 2, "GREEN", "Regional workforce network",
                    "Several experienced front-door social workers in " + name + " have left in quick succession; agency cover rising."));
            b.append(note(++n, d.laCode(), d.starts().plusMonths(2), "LEADERSHIP_CHANGE", "concern", 3, "AMBER", "Regional DCS network",
                    name + "'s director of children's services left at short notice; interim arrangements not yet settled."));
            b.append(note(++n, d.laCode(), d.starts().plusMonths(4), "PRACTICE", "concern", 2, "AMBER+STRICT", "Sector-led improvement partner",
                    "Audit themes in " + name + " suggest thresholds at the front door are being applied inconsistently."));
        }
        for (int i = 0; i < las.size(); i++) {
            DemoAuthority a = las.get(i);
            if (declines.containsKey(a.dfeCode())) {
                continue;
            }
            YearMonth when = first.plusMonths(rnd.nextInt((int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1));
            if (i % 3 == 0) {
                b.append(note(++n, a.dfeCode(), when, "PARTNERSHIP", "reassurance", 2, "GREEN", "Regional DCS network",
                        "Strong multi-agency front door in " + a.name() + "; partners report timely, well-reasoned decisions."));
            } else if (i % 3 == 1) {
                b.append(note(++n, a.dfeCode(), when, "COMPLAINTS", "concern", 1, "CLEAR", "Regional complaints managers' group",
                        "Small rise in complaints about response times in " + a.name() + ", being addressed through a service review."));
            } else {
                b.append(note(++n, a.dfeCode(), when, "FINANCE", "concern", 1, "GREEN", "Regional finance leads",
                        a.name() + " reports placement budget pressure; no change to practice standards yet."));
            }
        }
        // One note only named recipients may see.
        b.append(note(++n, las.get(2).dfeCode(), last.minusMonths(2), "OTHER", "concern", 2, "RED", "Regional DCS network",
                "Confidential: early discussion of a possible restructure of early help; not for wider sharing."));
        // Spoiled on purpose: a phone number in the summary, and a person named as the source.
        b.append(note(++n, las.get(5).dfeCode(), last.minusMonths(1), "PRACTICE", "concern", 1, "GREEN", "Regional practice leads",
                "Call the duty team on 01632 960 123 for details of the case discussed."));
        b.append(note(++n, las.get(8).dfeCode(), last.minusMonths(1), "WORKFORCE", "concern", 1, "GREEN", "Mrs Example",
                "Recruitment campaign for team managers has not filled posts."));
        return b.toString();
    }

    /** A later notes file: an update to an earlier note (same id) and a reassurance after recovery. */
    String notesUpdate() {
        PlantedDecline d = declines.values().iterator().next();
        return NOTES_HEADER
                + note(2, d.laCode(), d.starts().plusMonths(3), "LEADERSHIP_CHANGE", "concern", 3, "AMBER", "Regional DCS network",
                "The director of children's services left at short notice; an interim DCS started but the senior team remains unsettled.")
                + note(900, las.get(0).dfeCode(), last, "PRACTICE", "reassurance", 1, "CLEAR", "Peer challenge team",
                "Peer challenge found practice consistently good, with clear management oversight.");
    }

    String peerReviews() {
        StringBuilder b = new StringBuilder("la_code,review_type,started_on,completed_on,lead_organisation,summary\n");
        for (int i = 0; i < las.size(); i++) {
            DemoAuthority a = las.get(i);
            // Most authorities were reviewed within the last two years; every seventh is overdue; one review is under way.
            int monthsAgo = i % 7 == 0 ? 30 + i % 5 : 4 + (i * 5) % 19;
            YearMonth start = last.minusMonths(monthsAgo);
            YearMonth done = start.plusMonths(1);
            b.append(a.dfeCode()).append(",Peer challenge,").append(start.atDay(3)).append(',').append(done.atDay(20))
                    .append(",LGA,Annual peer challenge of the front door.\n");
            b.append(a.dfeCode()).append(",Peer review,").append(start.minusMonths(26).atDay(5)).append(',')
                    .append(start.minusMonths(25).atDay(22)).append(",ADCS region,Full peer review.\n");
        }
        b.append(las.get(20).dfeCode()).append(",Peer review,").append(last.minusMonths(0).atDay(2)).append(",,LGA,Under way.\n");
        return b.toString();
    }

    String inspections() {
        StringBuilder b = new StringBuilder("la_code,inspection_type,inspection_date,published_on,overall_effectiveness\n");
        String[] judgements = {"Good", "Requires improvement to be good", "Good", "Outstanding", "Good"};
        for (int i = 0; i < las.size(); i++) {
            DemoAuthority a = las.get(i);
            LocalDate earlier = first.plusMonths(i % 12).atDay(10);
            b.append(a.dfeCode()).append(",ILACS standard inspection,").append(earlier).append(',').append(earlier.plusDays(45))
                    .append(',').append(declines.containsKey(a.dfeCode()) ? "Good" : judgements[i % judgements.length]).append('\n');
            PlantedDecline d = declines.get(a.dfeCode());
            if (d != null && !d.worst().plusMonths(2).isAfter(last)) {
                // The adverse event the backtest measures against: inspected after the worst point and judged inadequate.
                LocalDate inspected = d.worst().plusMonths(2).atDay(12);
                b.append(a.dfeCode()).append(",ILACS standard inspection,").append(inspected).append(',')
                        .append(inspected.plusDays(40).isAfter(last.atEndOfMonth()) ? "" : inspected.plusDays(40).toString())
                        .append(",Inadequate\n");
            }
        }
        return b.toString();
    }

    private static String note(int n, String la, YearMonth when, String category, String signal, int severity, String tlp,
                               String source, String summary) {
        return String.join(",", String.format("DEMO-%04d", n), la, when.atDay(Math.min(14, when.lengthOfMonth())).toString(),
                category, signal, String.valueOf(severity), tlp, source, '"' + summary.replace("\"", "\"\"") + '"') + "\n";
    }
}
