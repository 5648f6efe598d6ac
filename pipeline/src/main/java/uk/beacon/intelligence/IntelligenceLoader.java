package uk.beacon.intelligence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import uk.beacon.ingest.Containers;
import uk.beacon.ingest.FileArchive;
import uk.beacon.ingest.FileRecord;
import uk.beacon.ingest.FileRegistry;
import uk.beacon.ingest.Rejection;
import uk.beacon.ingest.Rule;
import uk.beacon.ingest.TableReader;
import uk.beacon.reference.AuthorityDirectory;

/**
 * Loads one notes, peer-review or inspection file (CSV or XLSX) on the caller's connection:
 * archives it, validates it, writes its rows, its rejections and its raw.files entry, and
 * quarantines it if refused. Shared by the ingest step and {@code beacon notes import}.
 * Never logs or reports a note's text.
 */
public final class IntelligenceLoader {

    private final AuthorityDirectory authorities;
    private final LocalDate today;
    private final FileArchive archive;

    public IntelligenceLoader(AuthorityDirectory authorities, LocalDate today, FileArchive archive) {
        this.authorities = authorities;
        this.today = today;
        this.archive = archive;
    }

    public IntelligenceValidator.Result load(Connection c, Path file, byte[] bytes, String sha256, LocalDateTime receivedAt,
                                             Long jobExecutionId) throws SQLException {
        String name = file.getFileName().toString();
        Path archived = archive.archive(bytes, sha256, name);
        IntelligenceValidator.Result r = validate(bytes, name);
        IntelligenceWriter.write(c, sha256, null, r, receivedAt);
        writeRejections(c, sha256, name, r.rejections(), receivedAt);
        recordFile(c, file, sha256, archived, bytes.length, r, receivedAt, jobExecutionId);
        if (r.fileRefused()) {
            archive.quarantine(bytes, sha256, name, r.rejections());
        }
        return r;
    }

    private IntelligenceValidator.Result validate(byte[] bytes, String name) {
        String ext = Containers.extensionOf(name);
        if (!ext.equals("csv") && !ext.equals("xlsx")) {
            return refused(Rule.F006_UNSUPPORTED_CONTAINER, "notes, peer reviews and inspections are read from CSV or XLSX, not '" + name + "'");
        }
        if (bytes.length == 0) {
            return refused(Rule.F001_EMPTY_FILE, null);
        }
        try {
            TableReader reader = Containers.forFileName(name).orElseThrow();
            return new IntelligenceValidator(authorities, today).validate(reader.read(bytes, name));
        } catch (TableReader.UnreadableFileException e) {
            return refused(Rule.F003_UNREADABLE, e.getMessage());
        }
    }

    private static IntelligenceValidator.Result refused(Rule rule, String detail) {
        return new IntelligenceValidator.Result(null, 0, List.of(), List.of(), List.of(), List.of(Rejection.ofFile(rule, detail)), true);
    }

    private static void writeRejections(Connection c, String sha, String name, List<Rejection> list, LocalDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into raw.rejections values (?,?,null,?,?,?,?,'error',?,?,?)")) {
            for (Rejection r : list) {
                ps.setString(1, sha);
                ps.setString(2, name);
                ps.setObject(3, r.rowNumber());
                ps.setString(4, r.column());
                ps.setString(5, r.laCode());
                ps.setString(6, r.rule().id());
                ps.setString(7, r.message());
                ps.setString(8, r.offendingValue());
                ps.setTimestamp(9, Timestamp.valueOf(at));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void recordFile(Connection c, Path file, String sha, Path archived, long size, IntelligenceValidator.Result r,
                                   LocalDateTime at, Long jobExecutionId) throws SQLException {
        long rejectedRows = r.fileRefused() ? r.received()
                : r.rejections().stream().map(Rejection::rowNumber).filter(java.util.Objects::nonNull).distinct().count();
        String name = file.getFileName().toString();
        String kind = r.kind() == null ? null : r.kind().name().toLowerCase(Locale.ROOT);
        FileRegistry.record(c, new FileRecord(sha, name, kind == null ? "intelligence" : kind, archived.toString(), size,
                Containers.extensionOf(name), kind, null, r.fileRefused() ? "rejected" : "loaded", r.received(), r.accepted(),
                (int) rejectedRows, FileRegistry.modifiedAt(file), at, jobExecutionId));
    }
}
