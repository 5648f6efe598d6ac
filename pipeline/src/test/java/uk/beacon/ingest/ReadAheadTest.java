package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read ahead come back in order, whole, archived; a large one is read when its turn comes; a failure surfaces at its own file. */
class ReadAheadTest {

    @TempDir
    Path dir;

    private Intake intake() {
        return new Intake(null, new FileArchive(dir.resolve("archive"), dir.resolve("quarantine")), IngestSettings.load(), "returns",
                "", null, null, true);
    }

    private List<Path> files(int n) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Files.writeString(inbox.resolve("f" + i + ".csv"), "la_code,value\n" + i + ",1\n"));
        }
        return out;
    }

    @Test
    void filesComeBackInTheirOrderReadWholeAndArchived() throws Exception {
        List<Path> files = files(ReadAhead.WINDOW * 3 + 1);
        Intake intake = intake();
        try (ReadAhead reads = new ReadAhead(intake, files, 2, files.size())) {
            for (int i = 2; i < files.size(); i++) {
                Intake.FileRead r = reads.next();
                assertThat(new String(r.bytes(), StandardCharsets.UTF_8)).isEqualTo("la_code,value\n" + i + ",1\n");
                assertThat(r.sha256()).isEqualTo(FileArchive.sha256(Files.readAllBytes(files.get(i))));
                assertThat(r.archived()).exists().hasBinaryContent(Files.readAllBytes(files.get(i)));
            }
            assertThatThrownBy(reads::next).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aFileTooLargeToReadAheadIsReadWhenItsTurnComes() throws Exception {
        List<Path> files = files(3);
        byte[] large = new byte[(int) ReadAhead.MAX_BYTES_AHEAD + 1];
        Files.write(files.get(1), large);
        Intake intake = intake();
        try (ReadAhead reads = new ReadAhead(intake, files, 0, 3)) {
            assertThat(reads.next().bytes()).hasSize("la_code,value\n0,1\n".length());
            Files.write(files.get(1), "la_code,value\nchanged,1\n".getBytes(StandardCharsets.UTF_8)); // not read yet: its content now
            assertThat(new String(reads.next().bytes(), StandardCharsets.UTF_8)).contains("changed");
            assertThat(reads.next().bytes()).hasSize("la_code,value\n0,1\n".length());
        }
    }

    @Test
    void aFileThatCannotBeReadFailsAtItsOwnTurnNotBefore() throws Exception {
        List<Path> files = new ArrayList<>(files(3));
        files.set(1, dir.resolve("inbox/gone.csv")); // listed, then removed before it was read
        Intake intake = intake();
        try (ReadAhead reads = new ReadAhead(intake, files, 0, 3)) {
            assertThat(reads.next().bytes()).isNotEmpty();
            assertThatThrownBy(reads::next).hasMessageContaining("gone.csv");
        }
    }
}
