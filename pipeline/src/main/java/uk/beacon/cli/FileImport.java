package uk.beacon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.ingest.FileArchive;
import uk.beacon.ingest.FileRegistry;
import uk.beacon.plan.ModelRebuild;
import uk.beacon.warehouse.Warehouse;

/**
 * The shape every import command shares: one transaction for all the files named, each file
 * archived by SHA-256 and skipped if already loaded, then the models rebuilt. Any refused
 * file rolls the whole import back, so an import is all or nothing.
 */
final class FileImport {

    /** Imports one file on the import's connection; returns a one-line account and the rows it gave. */
    interface Importer {
        Outcome importFile(Connection c, Path file, String sha256, LocalDateTime receivedAt) throws Exception;
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
        return run(common, work, files, kind, importer, null);
    }

    static int run(CommonOptions common, FolderOptions.Work work, List<Path> files, String kind, Importer importer, Guard guard)
            throws Exception {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("beacon: no such file: " + f);
                return ExitCodes.USAGE;
            }
        }
        FileArchive archive = new FileArchive(work.archive(), work.quarantine());
        try (Warehouse w = Warehouse.open(common.warehouse); Connection c = w.connect()) {
            c.setAutoCommit(false);
            try {
                if (guard != null) {
                    guard.before(c);
                }
                List<String> done = new java.util.ArrayList<>(); // said once committed
                for (Path f : files) {
                    byte[] bytes = Files.readAllBytes(f);
                    String sha = FileArchive.sha256(bytes);
                    if (FileRegistry.isKnown(c, sha)) {
                        System.out.println(f.getFileName() + ": already loaded (same content), skipped");
                        continue;
                    }
                    LocalDateTime now = LocalDateTime.now();
                    Outcome o = importer.importFile(c, f, sha, now);
                    if (kind != null) { // a null kind: the importer records the file itself
                        FileRegistry.recordLoaded(c, f, sha, archive.archive(bytes, sha, f.getFileName().toString()), kind,
                                o.layout(), bytes.length, o.rows(), now);
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
