package uk.beacon.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.beacon.triggers.TriggerTracker.Decision;
import uk.beacon.triggers.TriggerTracker.Month;
import uk.beacon.triggers.TriggerTracker.Review;
import uk.beacon.triggers.TriggerTracker.Trigger;

class TriggerTrackerTest {

    static final TriggerTracker TRACKER = new TriggerTracker(12, 6);

    /** Months from 2025-01 with the given levels. */
    static List<Month> months(String... levels) {
        List<Month> out = new ArrayList<>();
        YearMonth m = YearMonth.of(2025, 1);
        for (String level : levels) {
            out.add(new Month(m, level, level.equals("none") ? 1 : 20, "evidence " + m));
            m = m.plusMonths(1);
        }
        return out;
    }

    @Test
    void oneTriggerAcrossMonthsOfConcernWithAStableIdAndItsHighestLevel() {
        List<Trigger> t = TRACKER.track("951", months("none", "watch", "concern", "concern", "serious concern", "concern", "none"), List.of(), Map.of());
        assertThat(t).hasSize(1);
        assertThat(t.get(0).id()).isEqualTo("T-951-2025-03");
        assertThat(t.get(0).levelAtOpening()).isEqualTo("concern");
        assertThat(t.get(0).highestLevel()).isEqualTo("serious concern");
        assertThat(t.get(0).status()).isEqualTo("open");
        assertThat(t.get(0).reasons()).isEqualTo("evidence 2025-03");
        assertThat(TRACKER.track("951", months("none", "watch", "concern", "concern", "serious concern", "concern", "none"), List.of(), Map.of()))
                .as("the same history gives the same trigger").isEqualTo(t);
    }

    @Test
    void watchAloneNeverTriggers() {
        assertThat(TRACKER.track("951", months("watch", "watch", "watch"), List.of(), Map.of())).isEmpty();
    }

    @Test
    void aReviewUnderWayOrRecentHoldsBackAConcernButNotASeriousOne() {
        Review recent = new Review(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 15));
        assertThat(TRACKER.track("951", months("concern", "concern"), List.of(recent), Map.of())).isEmpty();
        assertThat(TRACKER.track("951", months("concern", "serious concern"), List.of(recent), Map.of()))
                .extracting(Trigger::id).containsExactly("T-951-2025-02");
        Review underWay = new Review(LocalDate.of(2024, 12, 1), null);
        assertThat(TRACKER.track("951", months("serious concern", "serious concern"), List.of(underWay), Map.of())).isEmpty();
        Review old = new Review(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1));
        assertThat(TRACKER.track("951", months("concern"), List.of(old), Map.of())).hasSize(1);
    }

    @Test
    void decisionsMoveTheStatusAndADeclineCoolsDown() {
        Map<String, List<Decision>> decided = Map.of("T-951-2025-01",
                List.of(new Decision("T-951-2025-01", "declined", LocalDate.of(2025, 2, 10), "own plan")));
        List<Trigger> t = TRACKER.track("951", months("concern", "concern", "concern", "concern", "concern", "concern", "concern", "concern", "concern"),
                List.of(), decided);
        assertThat(t).extracting(Trigger::id, Trigger::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("T-951-2025-01", "declined"),
                org.assertj.core.groups.Tuple.tuple("T-951-2025-08", "open")); // six months' cool-down after February
        assertThat(t.get(0).history()).extracting(TriggerTracker.Event::status).containsExactly("open", "declined");
    }

    @Test
    void aReviewStartingAfterTheTriggerAcceptsItAndItsCompletionCompletesIt() {
        Review answer = new Review(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 20));
        List<Trigger> t = TRACKER.track("951", months("concern", "concern", "concern", "concern", "serious concern", "serious concern"),
                List.of(answer), Map.of());
        assertThat(t).hasSize(1);
        assertThat(t.get(0).status()).isEqualTo("completed");
        assertThat(t.get(0).closed()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(t.get(0).history()).extracting(TriggerTracker.Event::status).containsExactly("open", "accepted", "completed");
    }
}
