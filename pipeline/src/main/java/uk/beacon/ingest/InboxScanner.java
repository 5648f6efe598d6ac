package uk.beacon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files waiting in an inbox folder, in a stable order. Hidden files and
 * editors' lock files (Excel's {@code ~$name.xlsx}) are not submissions and are skipped.
 */
public final class InboxScanner {

    private InboxScanner() {
    }

    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
