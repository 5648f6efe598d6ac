package uk.beacon.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import uk.beacon.published.PublishedImporter;

/** {@code beacon published import FILE...}: DfE Explore Education Statistics files. */
@Command(name = "published", mixinStandardHelpOptions = true, description = "Published statistics (DfE Explore Education Statistics files).",
        subcommands = PublishedCommand.Import.class)
final class PublishedCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import Explore Education Statistics CSVs, mapped to catalogue indicators by config/publications.csv. National, regional and authority rows are kept apart; suppressed cells are kept as statuses.",
                    "Compare with: beacon sql \"select * from marts.published_comparison limit 10\""})
    static final class Import implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Mixin
        FolderOptions.Work work;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Publication CSV files to import.")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            PublishedImporter importer = PublishedImporter.configured();
            return FileImport.run(common, work, files, "published", (c, intake, file) -> {
                PublishedImporter.Result r = importer.importFile(c, file.file(), file.sha256(), file.receivedAt());
                int rows = (int) r.rowsByIndicator().values().stream().mapToLong(Long::longValue).sum();
                return new FileImport.Outcome(r.publication(), rows, r.publication() + ": " + r.fileRows() + " file row(s) -> "
                        + r.rowsByIndicator() + (r.otherLevelRows() > 0 ? "; " + r.otherLevelRows() + " row(s) at other geographic levels skipped" : ""));
            }, importer::check);
        }
    }
}
