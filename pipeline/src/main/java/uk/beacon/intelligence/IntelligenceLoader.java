package uk.beacon.intelligence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;
import java.util.Locale;
import uk.beacon.ingest.Containers;
import uk.beacon.ingest.IngestSettings;
import uk.beacon.ingest.Intake;
import uk.beacon.ingest.ReadLimits;
import uk.beacon.ingest.RejectionCap;
import uk.beacon.ingest.FileRecord;
import uk.beacon.ingest.FileRegistry;
import uk.beacon.ingest.Rejection;
import uk.beacon.ingest.Rule;
import uk.beacon.ingest.TableReader;
import uk.beacon.reference.AuthorityDirectory;

/**
 * Loads one notes, peer-review or inspection file (CSV or XLSX) that {@link Intake} took in, on
 * the caller's connection: validates it under the ingest limits, writes its rows, its rejections
 * and its raw.files entry, and records the attempt (Intake quarantines it if refused). Shared by the ingest step and {@code beacon notes import}.
 * Never logs or reports a note's text.
 */
public final class IntelligenceLoader {

    private static final Logger log = LoggerFactory.getLogger(IntelligenceLoader.class);

    private final AuthorityDirectory authorities;
    private final LocalDate today;

    public IntelligenceLoader(AuthorityDirectory authorities, LocalDate today) {
        this.authorities = authorities;
        this.today = today;
    }

    /**
     * Judges a file {@link Intake} took in, writes its rows, rejections (capped per rule) and
     * raw.files entry, and records the attempt. The result carries the capped rejections.
     */
    public IntelligenceValidator.Result load(Connection c, Intake intake, Intake.Arrival a) throws SQLException {
        IngestSettings settings = intake.settings();
        IntelligenceValidator.Result r = a.refusal() != null ? refused(a.refusal()) : validate(a.bytes(), a.name(), settings.limits());
        int rejectedRows = (int) (r.fileRefused() ? r.received()
                : r.rejections().stream().map(Rejection::rowNumber).filter(java.util.Objects::nonNull).distinct().count());
        List<Rejection> capped = RejectionCap.cap(r.rejections(), settings.maxRejectionsPerRule(), settings.maxValueCharacters());
        r = new IntelligenceValidator.Result(r.kind(), r.received(), r.notes(), r.reviews(), r.inspections(), capped, r.fileRefused());
        IntelligenceWriter.write(c, a.sha256(), null, r, a.receivedAt());
        writeRejections(c, a.sha256(), a.name(), capped, a.receivedAt());
        String kind = r.kind() == null ? null : r.kind().name().toLowerCase(Locale.ROOT);
        FileRecord f = intake.fileRecord(a, kind == null ? "intelligence" : kind, kind, null, r.fileRefused(), r.received(), r.accepted(),
                rejectedRows);
        FileRegistry.record(c, f);
        intake.finish(a, r.fileRefused(), capped, r.received(), r.accepted(), rejectedRows);
        return r;
    }

    private IntelligenceValidator.Result validate(byte[] bytes, String name, ReadLimits limits) {
        String ext = Containers.extensionOf(name);
        if (!ext.equals("csv") && !ext.equals("xlsx")) {
            return refused(Rule.F006_UNSUPPORTED_CONTAINER, "notes, peer reviews and inspections are read from CSV or XLSX, not '" + name + "'");
        }
        if (bytes.length == 0) {
            return refused(Rule.F001_EMPTY_FILE, null);
        }
        try {
            TableReader reader = Containers.forFileName(name).orElseThrow();
            return new IntelligenceValidator(authorities, today).validate(reader.read(bytes, name, limits));
        } catch (TableReader.TooLargeException e) {
            return refused(Rule.F007_TOO_LARGE, e.getMessage());
        } catch (TableReader.UnreadableFileException e) {
            return refused(Rule.F003_UNREADABLE, e.getMessage());
        } catch (OutOfMemoryError e) {
            log.error("Out of memory reading {}", name, e);
            return refused(Rule.F007_TOO_LARGE, "reading it needed more memory than Beacon has");
        } catch (RuntimeException | StackOverflowError e) {
            log.error("Reading {} failed", name, e);
            return refused(Rule.F003_UNREADABLE, "Beacon could not read it (" + e.getClass().getSimpleName() + "; the detail is in the log)");
        }
    }

    private static IntelligenceValidator.Result refused(Rule rule, String detail) {
        return refused(Rejection.ofFile(rule, detail));
    }

    private static IntelligenceValidator.Result refused(Rejection why) {
        return new IntelligenceValidator.Result(null, 0, List.of(), List.of(), List.of(), List.of(why), true);
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
}
