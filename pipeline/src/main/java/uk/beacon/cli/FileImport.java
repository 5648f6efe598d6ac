package uk.beacon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.ingest.FileArchive;
import uk.beacon.ingest.FileRegistry;
import uk.beacon.ingest.IngestSettings;
import uk.beacon.ingest.Intake;
import uk.beacon.plan.ModelRebuild;
import uk.beacon.warehouse.Warehouse;

/**
 * The shape every import command shares: one transaction for all the files named, each file
 * taken in through {@link Intake} (read within the size budget, archived by SHA-256, skipped if
 * already loaded, the attempt recorded), then the models rebuilt. Any refused reference or
 * published file rolls the whole import back, so an import is all or nothing; a notes file is
 * judged row by row, and a refused one is recorded as an attempt (tried again when it comes back).
 */
final class FileImport {

    /** Imports one file on the import's connection; returns a one-line account and the rows it gave. */
    interface Importer {
        Outcome importFile(Connection c, Intake intake, Intake.Arrival file) throws Exception;
    }

    record Outcome(String layout, int rows, String summary) {
    }

    /** A check around an import: what the warehouse held before, and a refusal (or null) once the files are in. */
    interface Guard {
        void before(Connection c) throws Exception;

        /** Null to go ahead; otherwise why nothing is imported (the import is rolled back, exit 2). */
        String refusal(Connection c) throws Exception;
    }

    private FileImport() {
    }

    static int run(CommonOptions common, FolderOptions.Work work, List<Path> files, String kind, Importer importer) throws Exception {
        return run(common, work, files, kind, LocalDate.now(), importer, f -> null, null);
    }

    /** As {@link #run(CommonOptions, FolderOptions.Work, List, String, LocalDate, Importer, java.util.function.Function, Guard)}, as of today. */
    static int run(CommonOptions common, FolderOptions.Work work, List<Path> files, String kind, Importer importer,
                   java.util.function.Function<Path, String> check) throws Exception {
        return run(common, work, files, kind, LocalDate.now(), importer, check, null);
    }

    static int run(CommonOptions common, FolderOptions.Work work, List<Path> files, String kind, Importer importer, Guard guard)
            throws Exception {
        return run(common, work, files, kind, LocalDate.now(), importer, f -> null, guard);
    }

    static int run(CommonOptions common, FolderOptions.Work work, List<Path> files, String kind, LocalDate asOf, Importer importer)
            throws Exception {
        return run(common, work, files, kind, asOf, importer, f -> null, null);
    }

    /**
     * Imports the files: a check is made on every file before anything is loaded, and a file the
     * check refuses (it returns a sentence naming the file and the fix) is left out and named, the
     * other files load, and the command exits 3. A guard, when given, may refuse the whole import
     * (nothing is loaded, exit 2).
     *
     * @param kind the raw.files kind FileImport records for each file, or null when the importer
     *             records the file itself (notes)
     */
    static int run(CommonOptions common, FolderOptions.Work work, List<Path> files, String kind, LocalDate asOf, Importer importer,
                   java.util.function.Function<Path, String> check, Guard guard) throws Exception {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("beacon: no such file: " + f);
                return ExitCodes.USAGE;
            }
        }
        List<Path> accepted = new java.util.ArrayList<>();
        for (Path f : files) {
            String problem = check.apply(f);
            if (problem == null) {
                accepted.add(f);
            } else {
                System.err.println("beacon: refused " + problem);
            }
        }
        int refused = files.size() - accepted.size();
        int code = loadAll(common, work, accepted, kind, asOf, importer, guard);
        if (refused > 0 && code == ExitCodes.OK) {
            System.err.println("beacon: " + refused + " file(s) refused (named above); " + accepted.size() + " loaded or already there.");
            return ExitCodes.COMPLETED_WITH_REJECTIONS;
        }
        return code;
    }

    private static int loadAll(CommonOptions common, FolderOptions.Work work, List<Path> files, String kind, LocalDate asOf, Importer importer,
                               Guard guard) throws Exception {
        FileArchive archive = new FileArchive(work.archive(), work.quarantine());
        try (Warehouse w = Warehouse.open(common.warehouse); Connection c = w.connect()) {
            c.setAutoCommit(false);
            try {
                Intake intake = new Intake(c, archive, IngestSettings.load(), (kind == null ? "notes" : kind) + "-import", "", asOf,
                        null, false);
                if (guard != null) {
                    guard.before(c);
                }
                List<String> done = new java.util.ArrayList<>(); // said once committed
                for (Path f : files) {
                    Optional<Intake.Arrival> received = intake.receive(f);
                    if (received.isEmpty()) {
                        System.out.println(f.getFileName() + ": " + (intake.lastSkip() == Intake.Skip.REFUSED_BEFORE_UNCHANGED
                                ? "refused before with the same content and settings, not tried again"
                                : "already loaded (same content), skipped"));
                        continue;
                    }
                    Intake.Arrival a = received.get();
                    if (kind != null && a.refusal() != null) {
                        throw new IllegalArgumentException(f.getFileName() + ": " + a.refusal().message());
                    }
                    Outcome o = importer.importFile(c, intake, a);
                    if (kind != null) { // a null kind: the importer records the file itself
                        FileRegistry.record(c, intake.fileRecord(a, kind, o.layout(), null, false, o.rows(), o.rows(), 0));
                        intake.finish(a, false, List.of(), o.rows(), o.rows(), 0);
                    }
                    done.add(f.getFileName() + ": " + o.summary());
                }
                String refusal = guard == null ? null : guard.refusal(c);
                if (refusal != null) {
                    c.rollback();
                    System.err.println("beacon: nothing was imported: " + refusal);
                    return ExitCodes.USAGE;
                }
                ModelRebuild.all(c, IndicatorCatalogue.builtIn());
                c.commit();
                done.forEach(System.out::println);
                RunCommand.publishSnapshot(w, "import");
                return ExitCodes.OK;
            } catch (Exception e) {
                c.rollback();
                System.err.println("beacon: nothing was imported: " + FriendlyErrors.describe(e));
                return ExitCodes.FAILURE;
            }
        }
    }
}
