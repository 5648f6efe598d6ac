package uk.beacon.marts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleJobConfiguration;
import uk.beacon.plan.ModelRebuild;
import uk.beacon.warehouse.Warehouse;

/**
 * Honest about time: the assessment of a month uses only what was known by then, so data that
 * became known later (a figure for a later period, a later note, a figure for an earlier period
 * that arrived late) leaves every earlier month's assessment exactly as it was.
 */
class NoLookAheadTest {

    @TempDir
    static Path dir;
    static Path warehouse;

    @BeforeAll
    static void ingestDemo() throws Exception {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, YearMonth.of(2026, 10), 24)).write(dir.resolve("inbox"), dir.resolve("truth"));
        warehouse = dir.resolve("w.duckdb");
        try (BeaconContext ctx = BeaconContext.open(warehouse, IndicatorCatalogue.builtIn())) {
            CycleParameters params = new CycleParameters(null, dir.resolve("inbox"), dir.resolve("out"), dir.resolve("work"),
                    LocalDate.of(2026, 11, 23));
            Job job = ctx.bean(MonthlyCycleJobConfiguration.INGEST_JOB_NAME, Job.class);
            assertThat(ctx.bean(JobOperator.class).start(job, params.toIngestJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    @Test
    void laterDataLeavesEarlierMonthsUnchanged() throws Exception {
        try (Warehouse w = Warehouse.open(warehouse); Connection c = w.connect()) {
            c.setAutoCommit(false);
            ModelRebuild.all(c, IndicatorCatalogue.builtIn());
            List<String> before = assessments(c);
            String la = firstAuthority(c);
            // The planted missing return (the demo leaves out one authority's September and October 2026).
            String missing = query(c, "select la_code from signals.missing_returns where period = '2026-09' and state = 'missing' limit 1");
            assertThat(missing).as("the demo leaves a September 2026 return out").isNotNull();
            assertThat(assessment(c, missing, "2026-09")).contains("DATA_MISSING_RETURN");

            // 1. A later figure: November 2026's return, saved and received on 5 December.
            addFile(c, "later-figure", LocalDateTime.of(2026, 12, 5, 12, 0));
            addFigure(c, "later-figure", la, "2026-11", "REREFERRAL_PCT", 99.0, LocalDateTime.of(2026, 12, 5, 12, 0));
            // 2. A later note: observed on 15 November 2026, a serious concern.
            addFile(c, "later-note", LocalDateTime.of(2026, 11, 20, 9, 0));
            try (PreparedStatement ps = c.prepareStatement("insert into raw.notes values ('later-note', null, 2, 'LATE-1', ?, ?, 'PRACTICE', "
                    + "'concern', 3, 'GREEN', 'Regional network', 'A later concern.', ?)")) {
                ps.setString(1, la);
                ps.setObject(2, LocalDate.of(2026, 11, 15));
                ps.setObject(3, LocalDateTime.of(2026, 11, 20, 9, 0));
                ps.executeUpdate();
            }
            // 3. A figure for an earlier period that became known later: the missing September return,
            //    received on 20 November, after September's deadline (28 October).
            addFile(c, "late-september", LocalDateTime.of(2026, 11, 20, 9, 0));
            for (String indicator : List.of("REREFERRAL_PCT", "SW_AGENCY_PCT", "CLA_RATE")) {
                addFigure(c, "late-september", missing, "2026-09", indicator, 50.0, LocalDateTime.of(2026, 11, 20, 9, 0));
            }
            // A rebuild's support stage leaves run_period set on the connection: clear it, so that this
            // rebuild, like the first, assesses up to the latest month any figure counts in.
            try (Statement st = c.createStatement()) {
                st.execute("reset variable run_period");
            }
            ModelRebuild.all(c, IndicatorCatalogue.builtIn());
            List<String> after = assessments(c);

            // Months assessed before anything was added (known by 28 October or earlier: up to September 2026).
            List<String> earlierBefore = upTo(before, "2026-09");
            List<String> earlierAfter = upTo(after, "2026-09");
            for (int i = 0; i < Math.min(earlierBefore.size(), earlierAfter.size()); i++) {
                assertThat(earlierAfter.get(i)).as("assessment %d of the months up to September 2026, after the additions", i)
                        .isEqualTo(earlierBefore.get(i));
            }
            assertThat(earlierAfter).as("every month up to September 2026, before and after").hasSameSizeAs(earlierBefore);
            assertThat(upTo(before, "2026-09")).hasSizeGreaterThan(100);
            assertThat(assessment(c, missing, "2026-09")).contains("DATA_MISSING_RETURN"); // missing at its deadline, still
            // ... and the additions did reach the later months: November exists now and carries the note.
            assertThat(after.size()).isGreaterThan(before.size());
            assertThat(assessment(c, la, "2026-11")).contains("NOTES_CONCERN");
            c.rollback();
        }
    }

    /** Every assessment row as text, in key order. */
    static List<String> assessments(Connection c) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select period, la_code, score, level, concern_signals, reassurance_signals, evidence, evidence_max_tlp "
                        + "from marts.concern_assessment order by period, la_code")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5)
                        + "|" + rs.getString(6) + "|" + rs.getString(7) + "|" + rs.getString(8));
            }
        }
        return rows;
    }

    static List<String> upTo(List<String> rows, String lastPeriod) {
        return rows.stream().filter(r -> r.substring(0, 7).compareTo(lastPeriod) <= 0).toList();
    }

    static String assessment(Connection c, String la, String period) throws Exception {
        return query(c, "select coalesce(evidence, '') from marts.concern_assessment where la_code = '" + la + "' and period = '" + period + "'");
    }

    static String firstAuthority(Connection c) throws Exception {
        return query(c, "select min(la_code) from core.indicator_values");
    }

    static String query(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void addFile(Connection c, String sha, LocalDateTime at) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("insert into raw.files values (?, ?, 'returns', 'x', 0, 'csv', 'long', null, "
                + "'loaded', 1, 1, 0, ?, ?, null)")) {
            ps.setString(1, sha);
            ps.setString(2, sha + ".csv");
            ps.setObject(3, at);
            ps.setObject(4, at);
            ps.executeUpdate();
        }
    }

    static void addFigure(Connection c, String sha, String la, String period, String indicator, double value, LocalDateTime at) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("insert into raw.return_values values (?, null, 2, ?, ?, ?, 'month', ?, null, null, ?, null, null, ?)")) {
            ps.setString(1, sha);
            ps.setString(2, la);
            ps.setString(3, la);
            ps.setString(4, period);
            ps.setString(5, indicator);
            ps.setDouble(6, value);
            ps.setObject(7, at);
            ps.executeUpdate();
        }
    }
}
