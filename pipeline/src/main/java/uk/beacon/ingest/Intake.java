package uk.beacon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The one way a received file comes in, whatever its kind (returns, reference, notes, or a file
 * named to an import command): list the folder, keeping only ordinary files ({@link #scan});
 * read the file within the size budget and take its SHA-256; skip it only when that content was
 * already LOADED (or refused under exactly the same folder, name and settings); archive it; and,
 * once the kind-specific code has judged it, record the attempt in {@code raw.file_attempts} and
 * quarantine it if it was refused ({@link #finish}).
 *
 * <p>Refusal is reversible: a file refused once comes back (same content) after a fix of the
 * configuration, the options ({@code --allow-mixed-authorities}), its folder or its name, and is
 * tried again; a loaded file with rows refused as future-dated is tried again under a later
 * {@code --as-of}. Whatever an earlier attempt left (its rows, its rejections, its
 * {@code raw.files} row) is cleared first; the attempt history stays, and the file keeps the
 * reception time and run of its first arrival, so a later resubmission still supersedes it.
 */
public final class Intake {

    /** Bump when a reader accepts something it used to refuse: every refused file is then tried again. */
    static final String READERS_VERSION = "2";
    private static final int MAX_NAME_CHARACTERS = 255;

    /** A name in the inbox that was not read, and why. */
    public record Ignored(String name, String why) {
        @Override
        public String toString() {
            return name + ": " + why;
        }
    }

    /** The ordinary files of an inbox folder, in a stable order, and every other name with the reason it was not read. */
    public record Listing(List<Path> files, List<Ignored> ignored) {
    }

    /** An earlier attempt at the same content. */
    public record Prior(String outcome, LocalDateTime receivedAt, Long jobExecutionId) {
    }

    /**
     * A file taken in and about to be judged. {@code bytes} is null when the file is larger than
     * the budget, and {@code refusal} then says so (rule F007).
     */
    public record Arrival(Path file, String name, String sha256, long size, byte[] bytes, Path archived,
                          LocalDateTime receivedAt, Long jobExecutionId, Prior prior, Rejection refusal) {

        public boolean isRetry() {
            return prior != null;
        }
    }

    /** Why a file was not taken in this time. */
    public enum Skip { SAME_CONTENT_EARLIER_IN_THIS_RUN, ALREADY_LOADED, REFUSED_BEFORE_UNCHANGED }

    private Connection c;
    private final FileArchive archive;
    private final IngestSettings settings;
    private final String folder;
    private final String fingerprint;
    private final LocalDate asOf;
    private final Long jobExecutionId;
    private final boolean inbox;
    private final Set<String> thisRun = new HashSet<>();
    private Map<String, Prior> priors;
    private Set<String> refusedAttempts;
    private Map<String, AsOfDependence> asOfDependent;
    private Skip lastSkip;
    private boolean deferAttempts;
    private final List<Attempt> deferred = new ArrayList<>();

    /**
     * @param folder  what the file is: returns, reference, notes, or the import command's kind
     * @param options what else the outcome depends on (e.g. "allow-mixed-authorities=true")
     * @param inbox   true for inbox folders (links are never followed); false for files named to a command
     */
    public Intake(Connection c, FileArchive archive, IngestSettings settings, String folder, String options, LocalDate asOf,
                  Long jobExecutionId, boolean inbox) {
        this.c = c;
        this.archive = archive;
        this.settings = settings;
        this.folder = folder;
        this.fingerprint = folder + "|" + options + "|" + settings.fingerprint() + "|readers-" + READERS_VERSION;
        this.asOf = asOf;
        this.jobExecutionId = jobExecutionId;
        this.inbox = inbox;
    }

    /** The same intake on another connection (each batch of the ingest step has its own transaction). */
    public Intake on(Connection connection) {
        this.c = connection;
        return this;
    }

    public IngestSettings settings() {
        return settings;
    }

    /** Why the last {@link #receive} returned empty. */
    public Skip lastSkip() {
        return lastSkip;
    }

    // ---------------------------------------------------------------- listing

    /**
     * Lists an inbox folder without following links. Only ordinary files with ordinary names are
     * returned; links (to anything), devices, pipes, sockets, hidden and lock files, and names
     * holding path or control characters are listed as ignored, with the reason.
     */
    public static Listing scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new Listing(List.of(), List.of());
        }
        List<Path> files = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) { // walk never follows links unless told to
            for (Path p : s.sorted().toList()) {
                if (p.equals(folder)) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String name = folder.relativize(p).toString();
                String base = p.getFileName().toString();
                if (a.isDirectory()) {
                    continue;
                }
                if (a.isSymbolicLink()) {
                    ignored.add(new Ignored(name, "a link to " + describeTarget(p) + ", not a file: Beacon reads only files placed"
                            + " in the inbox itself, never where a link points; copy the file in instead"));
                } else if (!a.isRegularFile()) {
                    ignored.add(new Ignored(name, "not an ordinary file (a device, pipe or socket): never read"));
                } else if (oddName(base) != null) {
                    ignored.add(new Ignored(name, oddName(base)));
                } else if (base.startsWith("~$")) {
                    ignored.add(new Ignored(name, "an editor's lock file (Excel writes ~$ files while a workbook is open)"));
                } else if (base.startsWith(".")) {
                    ignored.add(new Ignored(name, "a hidden file (its name starts with '.'): rename it if it is a submission"));
                } else {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox folder " + folder + ": " + e.getMessage(), e);
        }
        return new Listing(files, ignored);
    }

    private static String describeTarget(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (IOException e) {
            return "somewhere else";
        }
    }

    /** Why a file name cannot be taken as it is, or null when it can. */
    static String oddName(String name) {
        if (name.length() > MAX_NAME_CHARACTERS) {
            return "its name is longer than " + MAX_NAME_CHARACTERS + " characters: rename it";
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch < 0x20 || ch == 0x7F) {
                return "its name holds a control character: rename it";
            }
            if (ch == '\\') {
                return "its name holds '\\' (a Windows folder separator, as in ..\\..\\file.csv): rename it to a plain name";
            }
        }
        if (!name.equals(name.strip())) {
            return "its name starts or ends with a space: rename it";
        }
        return null;
    }

    // ---------------------------------------------------------------- receiving

    /**
     * Takes a file in: reads it (within {@code max-file-megabytes}), hashes and archives it, and
     * clears whatever an earlier attempt at the same content left. Empty when it must not be
     * taken in this time ({@link #lastSkip()} says why).
     */
    public Optional<Arrival> receive(Path file) throws SQLException {
        return receive(file, read(file));
    }

    /**
     * A file read, hashed and (when it fits the budget) archived: the part of taking a file in that
     * touches only the file system, so it may run ahead on another thread ({@link #read}).
     * {@code bytes} is null when the file is larger than the budget, and {@code refusal} then says so.
     */
    public record FileRead(long size, byte[] bytes, String sha256, Path archived, Rejection refusal) {
    }

    /**
     * Reads, hashes and archives one file. Safe to call from another thread than the one that
     * {@link #receive(Path, FileRead) receives} it: it reads only the file and the settings, and the
     * archive is content-addressed (a file already there is not written again).
     */
    public FileRead read(Path file) {
        return readSized(file, size(file));
    }

    /** As {@link #read(Path)}, or null (nothing read) when the file holds more than {@code cap} bytes. */
    FileRead readIfAtMost(Path file, long cap) {
        long size = size(file);
        return size > cap ? null : readSized(file, size);
    }

    private FileRead readSized(Path file, long size) {
        String name = file.getFileName().toString();
        if (size > settings.maxFileBytes()) {
            return new FileRead(size, null, streamSha256(file), null, Rejection.ofFile(Rule.F007_TOO_LARGE, settings.tooBigDetail(size)));
        }
        byte[] bytes = read(file, settings.maxFileBytes());
        if (bytes == null) { // it grew while we read it
            return new FileRead(size, null, streamSha256(file), null, Rejection.ofFile(Rule.F007_TOO_LARGE, settings.tooBigDetail(size(file))));
        }
        String sha = FileArchive.sha256(bytes);
        return new FileRead(bytes.length, bytes, sha, archive.archive(bytes, sha, name), null);
    }

    /** As {@link #receive(Path)}, for a file already {@link #read}. */
    public Optional<Arrival> receive(Path file, FileRead read) throws SQLException {
        loadHistory();
        String name = file.getFileName().toString();
        long size = read.size();
        byte[] bytes = read.bytes();
        String sha = read.sha256();
        Rejection refusal = read.refusal();
        if (!thisRun.add(sha)) {
            lastSkip = Skip.SAME_CONTENT_EARLIER_IN_THIS_RUN;
            return Optional.empty();
        }
        Prior prior = priors.get(sha);
        if (prior != null) {
            if (prior.outcome().equals("loaded") && !asOfMovedPast(sha)) {
                lastSkip = Skip.ALREADY_LOADED;
                return Optional.empty();
            }
            if (!prior.outcome().equals("loaded") && refusedAttempts.contains(attemptKey(sha, name))) {
                lastSkip = Skip.REFUSED_BEFORE_UNCHANGED;
                return Optional.empty();
            }
            clear(sha);
        }
        Path archived = read.archived() != null ? read.archived() : archive.archiveFile(file, sha, name, inbox);
        LocalDateTime receivedAt = prior != null && prior.receivedAt() != null ? prior.receivedAt() : LocalDateTime.now();
        Long job = prior != null && prior.jobExecutionId() != null ? prior.jobExecutionId() : jobExecutionId;
        return Optional.of(new Arrival(file, name, sha, size, bytes, archived, receivedAt, job, prior, refusal));
    }

    /**
     * A loaded file with rows refused as future-dated is tried again once the run's --as-of has
     * moved past the last attempt's and has reached the earliest refused period or date (when
     * the refusals say which; a capped summary line does not, and then a later --as-of suffices).
     */
    private boolean asOfMovedPast(String sha) {
        AsOfDependence d = asOfDependent.get(sha);
        if (d == null || asOf == null) {
            return false;
        }
        boolean later = d.lastAsOf() == null || asOf.isAfter(d.lastAsOf());
        return later && (d.earliestValid() == null || !asOf.isBefore(d.earliestValid()));
    }

    /** The --as-of of a file's last attempt and the earliest day one of its future-dated rows becomes acceptable. */
    private record AsOfDependence(LocalDate lastAsOf, LocalDate earliestValid) {
    }

    /** When a row refused by R004 or N007 would be accepted: its period's first day or its date; null when unknown. */
    static LocalDate validFrom(String ruleId, String offending) {
        if (offending == null) {
            return null;
        }
        if (ruleId.equals(Rule.R004_FUTURE_PERIOD.id())) {
            return Period.parse(offending).map(Period::start).orElse(null);
        }
        try {
            String v = offending.trim();
            return v.contains("/") ? LocalDate.parse(v, java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"))
                    : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Records the attempt and, when the file was refused whole, quarantines it with its reasons.
     *
     * @param refusedWhole true when nothing of the file was loaded
     */
    public void finish(Arrival a, boolean refusedWhole, List<Rejection> rejections, int received, int accepted, int rejected)
            throws SQLException {
        Rejection first = refusedWhole && !rejections.isEmpty() ? rejections.get(0) : null;
        Attempt attempt = new Attempt(a.sha256(), a.name(), refusedWhole ? "rejected" : "loaded", first == null ? null : first.rule().id(),
                first == null ? null : Rejection.cut(first.message(), 500), received, accepted, rejected, LocalDateTime.now());
        if (deferAttempts) {
            deferred.add(attempt);
        } else {
            insert(attempt);
        }
        if (refusedWhole) {
            archive.quarantine(a.bytes(), a.sha256(), a.name(), rejections, a.archived());
        }
    }

    /**
     * From now on {@link #finish} keeps the attempt records and {@link #writeAttempts} writes them
     * in one go: the returns step takes in thousands of files per transaction, and one JDBC insert
     * per file cost about 8 s of the national backfill's 18,360 files (one Appender: milliseconds).
     */
    public Intake deferringAttempts() {
        this.deferAttempts = true;
        return this;
    }

    /**
     * Writes the attempts kept since the last call, through an Appender. Call it inside the
     * transaction that wrote the files' rows, after a statement began it (an Appender used first
     * auto-commits: stack.md), so the attempts commit or roll back with those rows.
     */
    public void writeAttempts() throws SQLException {
        if (deferred.isEmpty()) {
            return;
        }
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender("raw", "file_attempts")) {
            for (Attempt t : deferred) {
                app.beginRow();
                app.append(t.sha256());
                app.append(t.name());
                app.append(folder);
                app.append(t.outcome());
                RawWriter.text(app, t.ruleId());
                RawWriter.text(app, t.message());
                app.append(t.received());
                app.append(t.accepted());
                app.append(t.rejected());
                if (asOf == null) {
                    app.appendNull();
                } else {
                    app.append(asOf);
                }
                app.append(fingerprint);
                app.append(t.attemptedAt());
                if (jobExecutionId == null) {
                    app.appendNull();
                } else {
                    app.append(jobExecutionId.longValue());
                }
                app.endRow();
            }
        }
        deferred.clear();
    }

    private void insert(Attempt t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into raw.file_attempts values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, t.sha256());
            ps.setString(2, t.name());
            ps.setString(3, folder);
            ps.setString(4, t.outcome());
            ps.setString(5, t.ruleId());
            ps.setString(6, t.message());
            ps.setInt(7, t.received());
            ps.setInt(8, t.accepted());
            ps.setInt(9, t.rejected());
            ps.setDate(10, asOf == null ? null : Date.valueOf(asOf));
            ps.setString(11, fingerprint);
            ps.setTimestamp(12, Timestamp.valueOf(t.attemptedAt()));
            ps.setObject(13, jobExecutionId);
            ps.executeUpdate();
        }
    }

    /** One row of raw.file_attempts, before it is written (the folder, as-of, fingerprint and run are the intake's). */
    private record Attempt(String sha256, String name, String outcome, String ruleId, String message, int received, int accepted,
                           int rejected, LocalDateTime attemptedAt) {
    }

    /** The raw.files row of this attempt (the caller writes it: Appender on the hot path, JDBC elsewhere). */
    public FileRecord fileRecord(Arrival a, String kind, String layout, String encoding, boolean refusedWhole, int received,
                                 int accepted, int rejected) {
        return new FileRecord(a.sha256(), a.name(), kind, a.archived().toString(), a.size(), Containers.extensionOf(a.name()), layout,
                encoding, refusedWhole ? "rejected" : "loaded", received, accepted, rejected, FileRegistry.modifiedAt(a.file()),
                a.receivedAt(), a.jobExecutionId());
    }

    // ---------------------------------------------------------------- history

    private String attemptKey(String sha, String name) {
        return sha + "\n" + name + "\n" + fingerprint;
    }

    private void loadHistory() throws SQLException {
        if (priors != null) {
            return;
        }
        priors = new HashMap<>();
        refusedAttempts = new HashSet<>();
        asOfDependent = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select sha256, outcome, received_at, job_execution_id from raw.files")) {
                while (rs.next()) {
                    Timestamp t = rs.getTimestamp(3);
                    priors.put(rs.getString(1), new Prior(rs.getString(2), t == null ? null : t.toLocalDateTime(),
                            (Long) rs.getObject(4)));
                }
            }
            try (ResultSet rs = s.executeQuery("select sha256, original_name, settings_fingerprint from raw.file_attempts"
                    + " where outcome = 'rejected'")) {
                while (rs.next()) {
                    refusedAttempts.add(rs.getString(1) + "\n" + rs.getString(2) + "\n" + rs.getString(3));
                }
            }
            Map<String, LocalDate> lastAsOf = new HashMap<>();
            try (ResultSet rs = s.executeQuery("select sha256, max(as_of) from raw.file_attempts group by sha256")) {
                while (rs.next()) {
                    Date d = rs.getDate(2);
                    lastAsOf.put(rs.getString(1), d == null ? null : d.toLocalDate());
                }
            }
            Map<String, LocalDate> earliest = new HashMap<>();
            Set<String> unknown = new HashSet<>();
            try (ResultSet rs = s.executeQuery("select file_sha256, rule_id, offending_value from raw.rejections where rule_id in ('"
                    + Rule.R004_FUTURE_PERIOD.id() + "', '" + Rule.N007_FUTURE_DATE.id() + "')")) {
                while (rs.next()) {
                    String sha = rs.getString(1);
                    LocalDate valid = validFrom(rs.getString(2), rs.getString(3));
                    if (valid == null) {
                        unknown.add(sha);
                    } else {
                        earliest.merge(sha, valid, (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
            Set<String> dependent = new HashSet<>(earliest.keySet());
            dependent.addAll(unknown);
            for (String sha : dependent) {
                asOfDependent.put(sha, new AsOfDependence(lastAsOf.get(sha), unknown.contains(sha) ? null : earliest.get(sha)));
            }
        }
    }

    /** Removes what an earlier attempt at this content wrote, so the new attempt is written whole. */
    private void clear(String sha) throws SQLException {
        for (String table : List.of("raw.return_values", "raw.notes", "raw.peer_reviews", "raw.inspections", "raw.rejections")) {
            try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where file_sha256 = ?")) {
                ps.setString(1, sha);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("delete from raw.files where sha256 = ?")) {
            ps.setString(1, sha);
            ps.executeUpdate();
        }
        priors.remove(sha);
    }

    // ---------------------------------------------------------------- file system

    private long size(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, linkOptions()).size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private LinkOption[] linkOptions() {
        return inbox ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
    }

    private Set<OpenOption> openOptions() {
        return inbox ? Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS) : Set.of(StandardOpenOption.READ);
    }

    /** The whole file, or null when it holds more than {@code max} bytes. Never follows a link in an inbox. */
    private byte[] read(Path file, long max) {
        try (SeekableByteChannel ch = Files.newByteChannel(file, openOptions()); InputStream in = Channels.newInputStream(ch)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            return bytes.length > max ? null : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private String streamSha256(Path file) {
        try (SeekableByteChannel ch = Files.newByteChannel(file, openOptions());
             DigestInputStream in = new DigestInputStream(Channels.newInputStream(ch), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
