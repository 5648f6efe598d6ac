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

    private FileImport() {
    }

    static int run(CommonOptions common, List<Path> files, String kind, Importer importer) throws Exception {
        return run(common, files, kind, importer, f -> null);
    }

    /**
     * As {@link #run(CommonOptions, List, String, Importer)}, with a check made on every file before
     * anything is loaded: a file the check refuses (it returns a sentence naming the file and the
     * fix) is left out and named, the other files load, and the command exits 3.
     */
    static int run(CommonOptions common, List<Path> files, String kind, Importer importer,
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
        int code = loadAll(common, accepted, kind, importer);
        if (refused > 0 && code == ExitCodes.OK) {
            System.err.println("beacon: " + refused + " file(s) refused (named above); " + accepted.size() + " loaded or already there.");
            return ExitCodes.COMPLETED_WITH_REJECTIONS;
        }
        return code;
    }

    private static int loadAll(CommonOptions common, List<Path> files, String kind, Importer importer) throws Exception {
        FileArchive archive = new FileArchive(common.work.resolve("archive"), common.work.resolve("quarantine"));
        try (Warehouse w = Warehouse.open(common.warehouse); Connection c = w.connect()) {
            c.setAutoCommit(false);
            try {
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
