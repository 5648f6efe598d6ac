package uk.beacon.cli;

import java.util.Map;
import java.util.Optional;
import java.util.List;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.plan.WarehousePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.beacon.ingest.Containers;
import uk.beacon.ingest.FileArchive;
import uk.beacon.ingest.FileRegistry;
import uk.beacon.ingest.IngestSettings;
import uk.beacon.ingest.Intake;
import uk.beacon.ingest.Table;
import uk.beacon.transform.SettingsSync;
import uk.beacon.triggers.DecisionsFile;
import uk.beacon.warehouse.Warehouse;

/** {@code beacon triggers apply FILE}: record decisions on peer-review triggers. */
@Command(name = "triggers", mixinStandardHelpOptions = true, description = "Peer-review triggers.",
        subcommands = TriggersCommand.Apply.class)
final class TriggersCommand {

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"Record decisions on peer-review triggers from a CSV: trigger_id,status,decided_on,decided_by,note (status: accepted, declined or completed). All rows are checked first; one bad row (an unknown trigger id, a wrong status or date) and nothing is applied, with exit code 2. The triggers are then rebuilt: a declined trigger closes (no new one for trigger.cooldown_months), a completed one closes, an accepted one stays active until completed."})
    static final class Apply implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Mixin
        FolderOptions.Work work;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Decisions after this date are in the future (default: today).")
        LocalDate asOf;

        @Parameters(index = "0", paramLabel = "FILE", description = "The decisions CSV.")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                System.err.println("beacon: no such file: " + file);
                return ExitCodes.USAGE;
            }
            byte[] bytes = Files.readAllBytes(file);
            Table table = Containers.forFileName("decisions.csv").orElseThrow().read(bytes, file.getFileName().toString());
            try (Warehouse w = Warehouse.open(common.warehouse); Connection c = w.connect()) {
                java.util.Map<String, String> known = new java.util.LinkedHashMap<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select trigger_id, la_code from marts.peer_review_triggers")) {
                    while (rs.next()) {
                        known.put(rs.getString(1), rs.getString(2));
                    }
                } catch (java.sql.SQLException e) {
                    System.err.println("beacon: there are no triggers yet - run 'beacon run --period YYYY-MM' first.");
                    return ExitCodes.FAILURE;
                }
                DecisionsFile.Result r = DecisionsFile.read(table, known, uk.beacon.reference.AuthorityDirectory.load(c),
                        asOf != null ? asOf : LocalDate.now());
                if (!r.problems().isEmpty()) {
                    System.err.println("beacon: nothing was applied from " + file.getFileName() + ", because of "
                            + (r.problems().size() == 1 ? "this problem" : "these " + r.problems().size() + " problems")
                            + "; correct the file and apply it again:");
                    r.problems().forEach(p -> System.err.println("  " + p));
                    return ExitCodes.USAGE;
                }
                c.setAutoCommit(false);
                try {
                    Intake intake = new Intake(c, new FileArchive(work.archive(), work.quarantine()),
                            IngestSettings.load(), "trigger-decisions-import", "", asOf != null ? asOf : LocalDate.now(), null, false);
                    Optional<Intake.Arrival> received = intake.receive(file);
                    if (received.isEmpty()) {
                        System.out.println(file.getFileName() + ": already applied (same content), nothing to do");
                        c.rollback();
                        return ExitCodes.OK;
                    }
                    Intake.Arrival arrival = received.get();
                    String sha = arrival.sha256();
                    LocalDateTime now = arrival.receivedAt();
                    try (PreparedStatement ps = c.prepareStatement("insert into raw.trigger_decisions values (?,?,?,?,?,?,?,?,?)")) {
                        for (DecisionsFile.Decision d : r.decisions()) {
                            ps.setString(1, d.triggerId());
                            ps.setString(2, d.status());
                            ps.setObject(3, d.decidedOn());
                            ps.setString(4, d.decidedBy());
                            ps.setString(5, d.note());
                            ps.setString(6, sha);
                            ps.setInt(7, d.line());
                            ps.setTimestamp(8, Timestamp.valueOf(now));
                            ps.setString(9, d.supportLa());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    int n = r.decisions().size();
                    FileRegistry.record(c, intake.fileRecord(arrival, "trigger_decisions", "decisions", null, false, n, n, 0));
                    intake.finish(arrival, false, List.of(), n, n, 0);
                    // the graph's triggers layer (the trigger tables, engagement, support and the marts that read them), as of the last assessed month
                    WarehousePlan.standard(IndicatorCatalogue.builtIn(), SettingsSync.builtIn()).build(c, List.of("triggers"),
                            Map.of("run_period", lastAssessedMonth(c).toString()));
                    c.commit();
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                }
                System.out.println(r.decisions().size() + " decision(s) applied. Triggers now:");
                SqlCommand.printCsv(c.createStatement().executeQuery(
                        "select trigger_id, la_code, opened_period, highest_level, status, closed_period from marts.peer_review_triggers order by 1"),
                        System.out);
                RunCommand.publishSnapshot(w, "decisions");
                return ExitCodes.OK;
            }
        }

        /** The month the last run assessed: suggestions and outcomes are rebuilt as of it. */
        private static YearMonth lastAssessedMonth(Connection c) throws java.sql.SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select max(period) from marts.concern_assessment")) {
                rs.next();
                return YearMonth.parse(rs.getString(1));
            }
        }
    }
}
