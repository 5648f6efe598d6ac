package uk.beacon.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.beacon.audience.Audience;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.plan.WarehousePlan;
import uk.beacon.reports.pack.PackIndicator;
import uk.beacon.reports.pack.PackReturn;
import uk.beacon.reports.pack.RegionalPack;
import uk.beacon.transform.CatalogueSync;
import uk.beacon.transform.CollectionsSync;
import uk.beacon.transform.SettingsSync;
import uk.beacon.warehouse.Warehouse;

/**
 * A region's collection (issue 14, items 2-4): "partial" and "missing" judged against what the
 * region collects, lateness against its due date with a backfill not late, and every authority of
 * the region counted whether it returned or not. Region North Fells collects 4 indicators monthly,
 * due 20 days after the month; South Vale has no configuration (every indicator, due 28 days).
 */
class RegionalCollectionsTest {

    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();
    static final List<String> COLLECTED = List.of("REREFERRAL_PCT", "SW_VACANCY_PCT", "CPP_2YRS_PCT", "CLA_RATE");
    static Warehouse warehouse;
    static Connection c;

    @BeforeAll
    static void build() throws Exception {
        warehouse = Warehouse.inMemory();
        c = warehouse.connect();
        exec("insert into ref.regions values ('R1', 'North Fells', 't'), ('R2', 'South Vale', 't'), ('R3', 'Quiet Shore', 't')");
        exec("""
                insert into ref.authorities values
                ('E06900001', '901', 'Ashby', 'R1', null, null, null, 'Synthetic demonstration authority', 't'),
                ('E06900002', '902', 'Bramley', 'R1', null, null, null, 'Synthetic demonstration authority', 't'),
                ('E06900003', '903', 'Colby', 'R1', null, null, null, 'Synthetic demonstration authority', 't'),
                ('E06900004', '904', 'Denholm', 'R1', null, null, null, 'Synthetic demonstration authority', 't'),
                ('E06900005', '905', 'Easton', 'R1', null, null, null, 'Synthetic demonstration authority', 't'),
                ('E10900006', '906', 'Old Fells County', 'R1', null, '2025-03-31', null, 'Synthetic demonstration authority', 't'),
                ('E06900011', '911', 'Kirkby', 'R2', null, null, null, 'Synthetic demonstration authority', 't'),
                ('E06900012', '912', 'Lowther', 'R2', null, null, null, 'Synthetic demonstration authority', 't'),
                ('E06900021', '921', 'Seaham', 'R3', null, null, null, 'Synthetic demonstration authority', 't')""");
        CatalogueSync.sync(c, CATALOGUE);
        SettingsSync.sync(c, SettingsSync.builtIn());
        StringBuilder config = new StringBuilder("# North Fells collects four indicators\nregion,indicator,cadence,quarters,due_days\n");
        COLLECTED.forEach(i -> config.append("North Fells,").append(i).append(",month,calendar,20\n"));
        CollectionsSync.sync(c, CollectionsSync.parse(new StringReader(config.toString()), CATALOGUE));

        // Ashby: September on time (due 20 October), October 5 days late (due 20 November), plus an indicator
        // North Fells does not collect. Bramley: 3 of the 4 for October, on time. Colby: only history, sent
        // now in a backfill. Denholm and Easton: nothing. Kirkby (unconfigured region): 2 of 18, 30 days after
        // the month ended (2 days after its due date). Lowther and Seaham: nothing.
        file("a9", "2026-10-15T09:00");
        figures("a9", "901", "2026-09", COLLECTED);
        file("a10", "2026-11-25T09:00");
        figures("a10", "901", "2026-10", List.of("REREFERRAL_PCT", "SW_VACANCY_PCT", "CPP_2YRS_PCT", "CLA_RATE", "NFA_PCT"));
        file("b10", "2026-11-02T09:00");
        figures("b10", "902", "2026-10", List.of("REREFERRAL_PCT", "SW_VACANCY_PCT", "CLA_RATE"));
        file("c-history", "2026-11-01T09:00");
        figures("c-history", "903", "2024-01", COLLECTED);
        file("k10", "2026-11-30T09:00");
        figures("k10", "911", "2026-10", List.of("REREFERRAL_PCT", "CLA_RATE"));

        WarehousePlan.standard(CATALOGUE, SettingsSync.builtIn()).build(c, WarehousePlan.LAYERS, Map.of("run_period", "2026-10"));
    }

    @AfterAll
    static void close() throws Exception {
        c.close();
        warehouse.close();
    }

    static void exec(String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void file(String sha, String savedAt) throws Exception {
        exec("insert into raw.files values ('" + sha + "', '" + sha + ".csv', 'returns', '/x', 1, 'csv', 'long', 'UTF-8', 'loaded', 1, 1, 0, '"
                + savedAt + "', '2026-11-30 12:00', 1)");
    }

    static void figures(String sha, String la, String period, List<String> indicators) throws Exception {
        int row = 2;
        for (String i : indicators) {
            exec("insert into raw.return_values values ('" + sha + "', null, " + row++ + ", '" + la + "', '" + la + "', '" + period
                    + "', 'month', '" + i + "', null, null, 12.5, null, null, '2026-11-30 12:00')");
        }
    }

    static List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void partialAndMissingAreJudgedAgainstWhatTheRegionCollectsAndEveryAuthorityIsCounted() throws Exception {
        assertThat(rows("select la_code, state, received, expected from marts.returns_status where period = '2026-10' order by la_code"))
                .containsExactly(
                        "901|complete|4|4",   // the fifth indicator is not one North Fells collects
                        "902|partial|3|4",
                        "903|missing|0|4",
                        "904|missing|0|4",    // never sent anything: counted, and missing
                        "905|missing|0|4",
                        // South Vale has no configuration: every indicator returns carry (5 in this warehouse), monthly.
                        // 911's return was first saved 30 days after the month, after the 28-day cut-off
                        // (assessment.cutoff_days): missing for October as the assessment saw it, late when it came.
                        "911|missing|0|5",
                        "912|missing|0|5");
        // Old Fells County closed in March 2025: expected only while it operated; Quiet Shore has no returns
        // and no configuration: not in scope (no pack of 1 missing authority).
        assertThat(rows("select min(period), max(period) from marts.returns_status where la_code = '906'")).containsExactly("2024-01|2025-03");
        assertThat(rows("select distinct la_code from marts.returns_status where la_code = '921'")).isEmpty();
        assertThat(rows("select evidence from signals.data_quality where la_code = '902' and period = '2026-10' and rule_id = 'DATA_PARTIAL_RETURN'"))
                .containsExactly("Return incomplete: 3 of 4 indicators received.");
    }

    @Test
    void lateIsAgainstTheRegionsDueDateAndABackfillIsHistoryNotLate() throws Exception {
        assertThat(rows("""
                select la_code, period, due_on, days_late, timeliness from core.expected_returns
                where (la_code, period) in (('901','2026-09'), ('901','2026-10'), ('902','2026-10'), ('903','2024-01'), ('911','2026-10'))
                order by la_code, period"""))
                .containsExactly(
                        "901|2026-09|2026-10-20|null|on time",
                        "901|2026-10|2026-11-20|5|late",
                        "902|2026-10|2026-11-20|null|on time",
                        "903|2024-01|2024-02-20|985|historical", // sent in a backfill, 985 days after it was due
                        "911|2026-10|2026-11-28|2|late");
        assertThat(rows("select la_code, period, evidence from signals.data_quality where rule_id = 'DATA_LATE_RETURN' order by 1, 2"))
                .containsExactly(
                        "901|2026-10|Return for October 2026 first saved 25 November 2026, 25 days after the month ended (due 20 November 2026, 5 days late).",
                        "911|2026-10|Return for October 2026 first saved 30 November 2026, 30 days after the month ended (due 28 November 2026, 2 days late).");
    }

    @Test
    void thePackCountsEveryAuthorityAndShowsTheIndicatorsTheRegionCollects() throws Exception {
        Audience region = Audience.builtIn().get("region");
        Map<String, RegionalPack> packs = new java.util.HashMap<>();
        RegionalPackQueries.load(c, YearMonth.of(2026, 10), LocalDate.of(2026, 11, 30), region).forEach(p -> packs.put(p.regionName(), p));

        assertThat(packs).containsOnlyKeys("North Fells", "South Vale");
        RegionalPack north = packs.get("North Fells");
        assertThat(north.authorities()).extracting(a -> a.laName()).containsExactly("Ashby", "Bramley", "Colby", "Denholm", "Easton");
        assertThat(north.returns()).extracting(r -> r.laName() + " " + r.state() + " " + r.received() + "/" + r.expected() + " " + r.lateBy())
                .containsExactly("Ashby complete 4/4 5", "Bramley partial 3/4 null", "Colby missing 0/4 null", "Denholm missing 0/4 null",
                        "Easton missing 0/4 null");
        // The four collected, plus NFA_PCT which Ashby sent anyway; the other 13 are named on the cover, not given pages.
        assertThat(north.indicators()).extracting(PackIndicator::code)
                .containsExactlyInAnyOrder("REREFERRAL_PCT", "CPP_2YRS_PCT", "CLA_RATE", "SW_VACANCY_PCT", "NFA_PCT");
        // 20 catalogue indicators (two come only from published statistics) less the 4 collected and NFA_PCT, which 901 returned
        assertThat(north.notCollected()).hasSize(15).first().isEqualTo("Referrals");

        RegionalPack south = packs.get("South Vale");
        assertThat(south.authorities()).extracting(a -> a.laName()).containsExactly("Kirkby", "Lowther");
        // Unconfigured: a page for each indicator with a figure this period (the 5 returned in this warehouse), none named as not collected
        assertThat(south.indicators()).hasSize(5);
        assertThat(south.notCollected()).isEmpty();
        // Kirkby's return came after the 28-day cut-off: missing for October as assessed (and late when it came)
        assertThat(south.returns()).extracting(PackReturn::state).containsExactly("missing", "missing");
    }

    @Test
    void aConfigurationErrorNamesItsLineAndIsNeverHalfApplied() {
        String bad = "region,indicator,cadence,quarters,due_days\nNorth Fells,REREFERAL_PCT,monthly,fiscal,soon\n";
        assertThatThrownBy(() -> CollectionsSync.parse(new StringReader(bad), CATALOGUE))
                .hasMessageContaining("config/collections.csv line 2: indicator 'REREFERAL_PCT' is not in config/indicators.csv")
                .hasMessageContaining("cadence 'monthly' must be month, quarter or year")
                .hasMessageContaining("quarters 'fiscal' must be calendar or financial")
                .hasMessageContaining("due_days 'soon'");
        assertThatThrownBy(() -> CollectionsSync.sync(c, List.of(new CollectionsSync.Collection(3, "North Fell", "CLA_RATE", "month", "calendar", 20))))
                .hasMessageContaining("line 3: region 'North Fell' is not a region of the reference data (North Fells, Quiet Shore, South Vale)");
    }
}
