package uk.beacon.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import uk.beacon.ingest.DecodedText;
import uk.beacon.reference.ReferenceImporter;

/** {@code beacon reference import FILE...}: authorities, regions, neighbour model, population. */
@Command(name = "reference", mixinStandardHelpOptions = true, description = "Reference data: authorities, regions, statistical neighbours, child population.",
        subcommands = ReferenceCommand.Import.class)
final class ReferenceCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import reference files in the DfE's published layouts (las.csv, regions.csv, region_la_hierarchy.csv, sn_model_<year>_wide.csv, ONS population estimates), recognised by their header. A neighbour model is stored as the version named by the year in its file name; population by year. All files are imported in one transaction: one refused file and nothing is imported. An authority list that would leave returns already in the warehouse without a known authority (England's list over the demo's) is refused unless --replace-authorities is given: use a separate --warehouse for real data."})
    static final class Import implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Mixin
        FolderOptions.Work work;

        @picocli.CommandLine.Option(names = "--replace-authorities",
                description = "Replace the warehouse's authority list even though returns already loaded name authorities the new list does not have (without it, such an import is refused and says what would be replaced).")
        boolean replaceAuthorities;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reference files to import.")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            return FileImport.run(common, work, files, "reference", (c, intake, file) -> {
                ReferenceImporter.Result r = ReferenceImporter.importText(c, DecodedText.decode(file.bytes()).text(),
                        file.name(), file.sha256());
                return new FileImport.Outcome(r.kind().name().toLowerCase(Locale.ROOT), r.rows(), r.rows() + " row(s), " + r.detail());
            }, replaceAuthorities ? null : new AuthorityListGuard());
        }
    }
}
