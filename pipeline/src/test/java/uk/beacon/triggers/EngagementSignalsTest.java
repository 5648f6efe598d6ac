package uk.beacon.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EngagementSignalsTest {

    static final EngagementSettings SETTINGS = EngagementSettings.from(new Properties()); // defaults: 12-month window, 3 months undecided, weights 4 and 2

    static TriggerTracker.Trigger trigger(String id, String la, YearMonth opened, String status, YearMonth closed, TriggerTracker.Event... events) {
        List<TriggerTracker.Event> history = new ArrayList<>();
        history.add(new TriggerTracker.Event(opened.atEndOfMonth(), "open", "concern level concern"));
        history.addAll(List.of(events));
        return new TriggerTracker.Trigger(id, la, opened, "concern", "concern", 16, "reasons", status, history, closed);
    }

    @Test
    void aDeclinedReviewCountsForTwelveMonthsFromTheDecision() {
        TriggerTracker.Trigger t = trigger("T-901-2026-01", "901", YearMonth.of(2026, 1), "declined", YearMonth.of(2026, 2),
                new TriggerTracker.Event(LocalDate.of(2026, 2, 10), "declined", "not now"));
        List<EngagementSignals.Finding> f = new EngagementSignals(SETTINGS).find(List.of(t), YearMonth.of(2027, 6), LocalDate.of(2026, 2, 10));
        assertThat(f).filteredOn(x -> x.ruleId().equals("ENGAGEMENT_DECLINED")).extracting(x -> x.period().toString())
                .containsExactly("2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10",
                        "2026-11", "2026-12", "2027-01");
        // Decided within a month of opening: never left waiting.
        assertThat(f).filteredOn(x -> x.ruleId().equals("ENGAGEMENT_NO_DECISION")).isEmpty();
        assertThat(f.get(0).evidence()).isEqualTo(
                "Declined the targeted peer review offered on trigger T-901-2026-01 (decided 10 February 2026); counts for 12 months.");
    }

    @Test
    void aTriggerLeftWithoutADecisionCountsOnceItHasWaitedPastTheSetting() {
        TriggerTracker.Trigger waiting = trigger("T-902-2026-03", "902", YearMonth.of(2026, 3), "open", null);
        List<EngagementSignals.Finding> f = new EngagementSignals(SETTINGS).find(List.of(waiting), YearMonth.of(2026, 9), LocalDate.of(2025, 1, 1));
        // Opened March; 4, 5 and 6 months of waiting in July, August and September.
        assertThat(f).extracting(x -> x.period() + " " + x.strength()).containsExactly("2026-07 1.33", "2026-08 1.67", "2026-09 2.0");
        // Decisions recorded only from mid-August: July is not judged; with none recorded, no month is.
        assertThat(new EngagementSignals(SETTINGS).find(List.of(waiting), YearMonth.of(2026, 9), LocalDate.of(2026, 8, 15)))
                .extracting(x -> x.period().toString()).containsExactly("2026-08", "2026-09");
        assertThat(new EngagementSignals(SETTINGS).find(List.of(waiting), YearMonth.of(2026, 9), null)).isEmpty();
        // Accepted in June: it stopped waiting then.
        TriggerTracker.Trigger accepted = trigger("T-903-2026-01", "903", YearMonth.of(2026, 1), "accepted", null,
                new TriggerTracker.Event(LocalDate.of(2026, 6, 3), "accepted", "peer review started"));
        assertThat(new EngagementSignals(SETTINGS).find(List.of(accepted), YearMonth.of(2026, 9), LocalDate.of(2025, 1, 1)))
                .extracting(x -> x.period().toString()).containsExactly("2026-05");
    }

    @Test
    void aDeclinedReviewRaisesTheLevelAndApplyingTwiceChangesNothing() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("create schema marts; create schema signals");
            s.execute("""
                    create table marts.concern_assessment as select * from (values
                        ('901', '2026-02', 10.5::double, 3::bigint, 0::bigint, '[6.0] SPC_OUTSIDE_LIMITS CLA_RATE: x' || chr(10) || '[1.0, not counted: same indicator] NEIGHBOUR_GAP CLA_RATE: y', null::varchar, 'watch'),
                        ('901', '2026-03', 0.0, 0, 0, null, null, 'none'))
                        t(la_code, period, score, concern_signals, reassurance_signals, evidence, evidence_max_tlp, level)""");
            TriggerTracker.Trigger t = trigger("T-901-2026-01", "901", YearMonth.of(2026, 1), "declined", YearMonth.of(2026, 2),
                    new TriggerTracker.Event(LocalDate.of(2026, 2, 10), "declined", "not now"));
            EngagementSignals e = new EngagementSignals(SETTINGS);
            for (int pass = 0; pass < 2; pass++) {
                assertThat(e.apply(c, e.find(List.of(t), YearMonth.of(2026, 3), LocalDate.of(2026, 2, 10)))).isEqualTo(2);
                try (ResultSet rs = s.executeQuery("select score, level, concern_signals, evidence from marts.concern_assessment order by period")) {
                    rs.next();
                    assertThat(rs.getDouble(1)).isEqualTo(14.5); // 10.5 + 4 x 1
                    assertThat(rs.getString(2)).isEqualTo("watch");
                    assertThat(rs.getLong(3)).isEqualTo(4);
                    assertThat(rs.getString(4).split("\n")).containsExactly(
                            "[6.0] SPC_OUTSIDE_LIMITS CLA_RATE: x",
                            "[4.0] ENGAGEMENT_DECLINED: Declined the targeted peer review offered on trigger T-901-2026-01 (decided 10 February 2026); counts for 12 months.",
                            "[1.0, not counted: same indicator] NEIGHBOUR_GAP CLA_RATE: y");
                    rs.next();
                    assertThat(rs.getDouble(1)).isEqualTo(4.0);
                    assertThat(rs.getString(2)).isEqualTo("none");
                }
            }
            // A heavier weight for declining (configuration) takes the same month to concern.
            Properties p = new Properties();
            p.setProperty("assessment.weight.ENGAGEMENT_DECLINED", "5");
            EngagementSignals heavier = new EngagementSignals(EngagementSettings.from(p));
            heavier.apply(c, heavier.find(List.of(t), YearMonth.of(2026, 3), LocalDate.of(2026, 2, 10)));
            try (ResultSet rs = s.executeQuery("select score, level from marts.concern_assessment where period = '2026-02'")) {
                rs.next();
                assertThat(rs.getDouble(1)).isEqualTo(15.5);
                assertThat(rs.getString(2)).isEqualTo("concern");
            }
            try (ResultSet rs = s.executeQuery("select count(*), min(rule_id) from signals.engagement")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(rs.getString(2)).isEqualTo("ENGAGEMENT_DECLINED");
            }
        }
    }
}
