package uk.beacon.triggers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, month by month, when an authority's concern opens a peer-review trigger and how the
 * trigger's status moves. Pure: the inputs are the assessment history, the peer reviews and the
 * recorded decisions; the same inputs always give the same triggers, with the same ids, so
 * rebuilding them every run keeps "one trigger across months until resolved".
 *
 * <ul>
 *   <li>A trigger opens in the first month the level reaches {@code concern} (or serious
 *       concern) while no trigger is active, no peer review is under way, and none was
 *       completed in the last {@code recentMonths}. A serious concern opens one even after a
 *       recent review (the review may have missed what is happening now), unless that review
 *       was the answer to an earlier trigger, and never while a review is under way. Its id is
 *       {@code T-<la>-<YYYY-MM>}.</li>
 *   <li>It stays one trigger, open or accepted, while concern lasts or falls: its level is
 *       the highest reached.</li>
 *   <li>Decisions (accepted, declined, completed) come from {@code beacon triggers apply}. A
 *       peer review that starts after the trigger opened accepts it; its completion completes it.</li>
 *   <li>After a decline, no new trigger opens for {@code cooldownMonths}; after completion, the
 *       recent-review rule applies.</li>
 * </ul>
 */
public final class TriggerTracker {

    public static final Set<String> TRIGGERING = Set.of("concern", "serious concern");
    private static final List<String> LEVELS = List.of("none", "watch", "concern", "serious concern");

    public record Month(YearMonth period, String level, double score, String evidence) {
    }

    public record Review(LocalDate startedOn, LocalDate completedOn) {
    }

    public record Decision(String triggerId, String status, LocalDate decidedOn, String note) {
    }

    public record Event(LocalDate on, String status, String note) {
    }

    public record Trigger(String id, String laCode, YearMonth opened, String levelAtOpening, String highestLevel, double scoreAtOpening,
                          String reasons, String status, List<Event> history, YearMonth closed) {
    }

    private final int recentMonths;
    private final int cooldownMonths;

    public TriggerTracker(int recentMonths, int cooldownMonths) {
        this.recentMonths = recentMonths;
        this.cooldownMonths = cooldownMonths;
    }

    public List<Trigger> track(String laCode, List<Month> months, List<Review> reviews, Map<String, List<Decision>> decisionsById) {
        List<Trigger> out = new ArrayList<>();
        List<Month> ordered = months.stream().sorted(Comparator.comparing(Month::period)).toList();
        Open current = null;
        YearMonth noNewBefore = null;
        YearMonth triggeredReviewDone = null;
        for (Month m : ordered) {
            LocalDate end = m.period().atEndOfMonth();
            if (current != null) {
                current.advance(m, end, reviews, decisionsById.getOrDefault(current.id, List.of()));
                if (current.closedIn != null) {
                    out.add(current.toTrigger());
                    noNewBefore = current.status.equals("declined") ? m.period().plusMonths(cooldownMonths) : null;
                    triggeredReviewDone = current.status.equals("completed") ? m.period() : triggeredReviewDone;
                    current = null;
                }
                continue;
            }
            boolean underWay = reviews.stream().anyMatch(r -> !r.startedOn().isAfter(end)
                    && (r.completedOn() == null || r.completedOn().isAfter(end)));
            boolean recent = reviews.stream().anyMatch(r -> r.completedOn() != null && !r.completedOn().isAfter(end)
                    && !r.completedOn().isBefore(end.minusMonths(recentMonths)));
            boolean answeredTrigger = triggeredReviewDone != null && m.period().isBefore(triggeredReviewDone.plusMonths(recentMonths));
            boolean blockedByReview = underWay || (recent && (!m.level().equals("serious concern") || answeredTrigger));
            boolean cooling = noNewBefore != null && m.period().isBefore(noNewBefore);
            if (TRIGGERING.contains(m.level()) && !blockedByReview && !cooling) {
                current = new Open(laCode, m);
            }
        }
        if (current != null) {
            // Decisions taken since the last assessed month (on this month's pack) apply now, not next month.
            YearMonth last = ordered.get(ordered.size() - 1).period();
            for (Decision d : decisionsById.getOrDefault(current.id, List.of())) {
                if (d.decidedOn().isAfter(last.atEndOfMonth())) {
                    current.apply(d.status(), d.decidedOn(), d.note() == null ? "decision recorded" : d.note(), last);
                }
            }
            out.add(current.toTrigger());
        }
        return out;
    }

    /** A trigger while it is active. */
    private static final class Open {
        final String id;
        final String laCode;
        final Month opening;
        String highest;
        String status = "open";
        final List<Event> history = new ArrayList<>();
        YearMonth closedIn;

        Open(String laCode, Month m) {
            this.laCode = laCode;
            this.opening = m;
            this.id = "T-" + laCode + "-" + m.period();
            this.highest = m.level();
            history.add(new Event(m.period().atEndOfMonth(), "open", "concern level " + m.level() + ", score " + m.score()));
        }

        void advance(Month m, LocalDate end, List<Review> reviews, List<Decision> decisions) {
            if (LEVELS.indexOf(m.level()) > LEVELS.indexOf(highest)) {
                highest = m.level();
                history.add(new Event(end, status, "level rose to " + m.level() + ", score " + m.score()));
            }
            LocalDate start = m.period().atDay(1);
            for (Decision d : decisions) {
                if (!d.decidedOn().isBefore(start) && !d.decidedOn().isAfter(end)) {
                    apply(d.status(), d.decidedOn(), d.note() == null ? "decision recorded" : d.note(), m.period());
                }
            }
            LocalDate openedEnd = opening.period().atEndOfMonth();
            for (Review r : reviews) {
                if (r.startedOn().isAfter(openedEnd.minusMonths(1)) && !r.startedOn().isBefore(start) && !r.startedOn().isAfter(end)
                        && status.equals("open")) {
                    apply("accepted", r.startedOn(), "peer review started " + r.startedOn(), m.period());
                }
                if (r.completedOn() != null && !r.completedOn().isBefore(start) && !r.completedOn().isAfter(end)
                        && r.startedOn().isAfter(openedEnd.minusMonths(1))) {
                    apply("completed", r.completedOn(), "peer review completed " + r.completedOn(), m.period());
                }
            }
        }

        void apply(String newStatus, LocalDate on, String note, YearMonth in) {
            if (closedIn != null) {
                return;
            }
            status = newStatus;
            history.add(new Event(on, newStatus, note));
            if (newStatus.equals("declined") || newStatus.equals("completed")) {
                closedIn = in;
            }
        }

        Trigger toTrigger() {
            return new Trigger(id, laCode, opening.period(), opening.level(), highest, opening.score(), opening.evidence(), status,
                    List.copyOf(history), closedIn);
        }
    }
}
