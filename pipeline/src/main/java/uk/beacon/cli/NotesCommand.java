package uk.beacon.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.beacon.ingest.Rejection;
import uk.beacon.intelligence.IntelligenceLoader;
import uk.beacon.intelligence.IntelligenceValidator;
import uk.beacon.reference.AuthorityDirectory;

/** {@code beacon notes import FILE...}: soft-intelligence notes, peer reviews and inspection outcomes. */
@Command(name = "notes", mixinStandardHelpOptions = true,
        description = "Soft intelligence: notes, peer-review history and inspection outcomes.",
        subcommands = NotesCommand.Import.class)
final class NotesCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import notes, peer-review or inspection files (CSV or XLSX; the header says which). Rows with personal data, unknown codes or bad dates are refused with the line and reason; a note's text is never printed or logged. A repeated note_id updates the note and keeps its history. Exit code 3 when anything was refused."})
    static final class Import implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Mixin
        FolderOptions.Work work;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Dates after this are in the future (default: today).")
        LocalDate asOf;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            boolean[] anyRefused = {false};
            LocalDate today = asOf != null ? asOf : LocalDate.now();
            int code = FileImport.run(common, work, files, null, today, (c, intake, file) -> {
                IntelligenceLoader loader = new IntelligenceLoader(AuthorityDirectory.load(c), today);
                IntelligenceValidator.Result r = loader.load(c, intake, file);
                for (Rejection rej : r.rejections()) {
                    System.out.println("  " + (rej.rowNumber() == null ? "file" : "line " + rej.rowNumber())
                            + (rej.column() == null ? "" : ", " + rej.column()) + " [" + rej.rule().id() + "]: " + rej.message());
                }
                anyRefused[0] |= !r.rejections().isEmpty();
                return new FileImport.Outcome(null, r.accepted(), r.accepted() + " row(s) accepted, " + (r.received() - r.accepted())
                        + " refused" + (r.fileRefused() ? " (whole file refused; copy in " + work.quarantine() + ")" : ""));
            });
            return code == ExitCodes.OK && anyRefused[0] ? ExitCodes.COMPLETED_WITH_REJECTIONS : code;
        }
    }
}
