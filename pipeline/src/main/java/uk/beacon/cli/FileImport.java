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

    private FileImport() {
    }

    static int run(CommonOptions common, List<Path> files, String kind, Importer importer) throws Exception {
        return run(common, files, kind, LocalDate.now(), importer, f -> null);
    }

    /** As {@link #run(CommonOptions, List, String, LocalDate, Importer, java.util.function.Function)}, as of today. */
    static int run(CommonOptions common, List<Path> files, String kind, Importer importer,
                   java.util.function.Function<Path, String> check) throws Exception {
        return run(common, files, kind, LocalDate.now(), importer, check);
    }

    static int run(CommonOptions common, List<Path> files, String kind, LocalDate asOf, Importer importer) throws Exception {
        return run(common, files, kind, asOf, importer, f -> null);
    }

    /**
     * Imports the files: a check is made on every file before anything is loaded, and a file the
     * check refuses (it returns a sentence naming the file and the fix) is left out and named, the
     * other files load, and the command exits 3.
     *
     * @param kind the raw.files kind FileImport records for each file, or null when the importer
     *             records the file itself (notes)
     */
    static int run(CommonOptions common, List<Path> files, String kind, LocalDate asOf, Importer importer,
                   java.util.function.Function<Path, String> check) throws Exception {
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
        int code = loadAll(common, accepted, kind, asOf, importer);
        if (refused > 0 && code == ExitCodes.OK) {
            System.err.println("beacon: " + refused + " file(s) refused (named above); " + accepted.size() + " loaded or already there.");
            return ExitCodes.COMPLETED_WITH_REJECTIONS;
        }
        return code;
    }

    private static int loadAll(CommonOptions common, List<Path> files, String kind, LocalDate asOf, Importer importer) throws Exception {
        FileArchive archive = new FileArchive(common.work.resolve("archive"), common.work.resolve("quarantine"));
        try (Warehouse w = Warehouse.open(common.warehouse); Connection c = w.connect()) {
            c.setAutoCommit(false);
            try {
                Intake intake = new Intake(c, archive, IngestSettings.load(), (kind == null ? "notes" : kind) + "-import", "", asOf,
                        null, false);
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
                    System.out.println(f.getFileName() + ": " + o.summary());
                }
                ModelRebuild.all(c, IndicatorCatalogue.builtIn());
                c.commit();
                return ExitCodes.OK;
            } catch (Exception e) {
                c.rollback();
                System.err.println("beacon: nothing was imported: " + FriendlyErrors.describe(e));
                return ExitCodes.FAILURE;
            }
        }
    }
}
