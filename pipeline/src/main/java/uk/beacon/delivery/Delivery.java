package uk.beacon.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uk.beacon.audience.Audience;
import uk.beacon.audience.Tlp;
import uk.beacon.cycle.NamedRecipients;
import uk.beacon.ingest.FileArchive;
import uk.beacon.render.Manifest;
import uk.beacon.render.ManifestEntry;
import uk.beacon.warehouse.Warehouse;

/**
 * Delivers a period's outputs ({@code out/<period>/manifest.json}) to the recipients of each audience
 * and scope: one e-mail (or one copy into a drop folder) per recipient, with a short summary of the
 * month, and every attempt recorded in raw.delivery_attempts (read it as marts.deliveries).
 *
 * <p>Rules, checked for every file before anything is sent: the file belongs to the recipient's
 * audience and scope (manifest audience, region, authority) and lies in that audience's folder; its
 * TLP is within the audience's level; TLP:AMBER+STRICT and TLP:RED files go only encrypted; the file
 * on disk has the manifest's SHA-256. A file that breaks a rule is refused, recorded and counted as a
 * failure. A file already delivered to the recipient with the same SHA-256, or saying the same (the manifest's
 * contentSha256: a re-run of the cycle re-encrypts and re-dates files without changing them), is not sent again.
 * Delivery never sees the PDF password: it cannot travel with the files.
 */
public final class Delivery {

    /** Exit codes (the same as the CLI's). */
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int DELIVERED_IN_PART = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /**
     * @param dropFolder when set, every e-mail recipient is delivered into {@code dropFolder/<address>/} instead (rehearsal, demo)
     * @param env        where the SMTP settings come from (System.getenv() in the CLI)
     */
    /**
     * @param period     the month assessed: the month itself, or the month a quarter or reporting year ends in
     *                   (the message's summary of returns, concerns and triggers is that month's)
     * @param periodName the period as run and published: 2026-10, 2026-Q2 or 2025 (the folder OUT/periodName,
     *                   the manifest's period, the delivery record's period)
     */
    public record Options(YearMonth period, String periodName, Path out, Path recipients, Path dropFolder, boolean dryRun,
                          Map<String, String> env, PrintStream stdout, PrintStream stderr, Clock clock) {

        /** A monthly run's. */
        public Options(YearMonth period, Path out, Path recipients, Path dropFolder, boolean dryRun, Map<String, String> env,
                       PrintStream stdout, PrintStream stderr, Clock clock) {
            this(period, period.toString(), out, recipients, dropFolder, dryRun, env, stdout, stderr, clock);
        }
    }

    /** What one run did, for tests and the exit code. */
    public record Outcome(int delivered, int failed, int refused, int upToDate, int exitCode) {
    }

    /** One recipient's share of the manifest. */
    record Plan(Recipient recipient, List<ManifestEntry> send, Map<ManifestEntry, String> refuse, List<ManifestEntry> upToDate,
                Set<String> replacing) {
    }

    private final Options o;
    private final Mailer mailer;

    public Delivery(Options options) {
        this(options, new Mailer());
    }

    Delivery(Options options, Mailer mailer) {
        this.o = options;
        this.mailer = mailer;
    }

    public Outcome run(Warehouse warehouse) throws IOException, SQLException {
        Path runFolder = o.out().resolve(o.periodName());
        Path manifestFile = runFolder.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            o.stderr().println("beacon: no outputs for " + o.periodName() + " (" + manifestFile + " is missing): run 'beacon run --period "
                    + o.periodName() + "' first.");
            return new Outcome(0, 0, 0, 0, FAILURE);
        }
        if (!Files.isReadable(o.recipients()) || Files.isDirectory(o.recipients())) {
            o.stderr().println("beacon: no recipients file at " + o.recipients() + ": give --recipients FILE (see docs/delivery.md and "
                    + "config/recipients.csv).");
            return new Outcome(0, 0, 0, 0, FAILURE);
        }
        Map<?, ?> doc = JSON.readValue(manifestFile.toFile(), Map.class);
        if (!o.periodName().equals(String.valueOf(doc.get("period")))) {
            o.stderr().println("beacon: nothing delivered: " + manifestFile + " is for period " + doc.get("period") + ", not " + o.periodName()
                    + ": re-run 'beacon run --period " + o.periodName() + "'.");
            return new Outcome(0, 0, 0, 0, FAILURE);
        }
        List<ManifestEntry> entries = Manifest.read(manifestFile);
        String asOf = String.valueOf(doc.get("dataAsOf"));
        boolean synthetic = Boolean.TRUE.equals(doc.get("syntheticData"));
        Map<String, Audience> audiences = Audience.builtIn();

        try (Connection c = warehouse.connect()) {
            Map<String, String> regions = new HashMap<>();
            Map<String, String> regionOfLa = new HashMap<>();
            readAuthorities(c, regions, regionOfLa);
            RecipientsFile.Result read = RecipientsFile.read(o.recipients(), audiences, regions, regionOfLa.keySet());
            if (!read.problems().isEmpty()) {
                o.stderr().println("beacon: nothing delivered: the recipients file " + o.recipients() + " has "
                        + read.problems().size() + " problem(s):");
                read.problems().forEach(p -> o.stderr().println("  " + p));
                return new Outcome(0, 0, 0, 0, FAILURE);
            }
            warnAboutUnknownKinds(read.recipients(), entries);
            List<Recipient> recipients = read.recipients().stream()
                    .map(r -> o.dropFolder() != null ? r.intoFolder(o.dropFolder()) : r).toList();
            DeliveryRecord record = new DeliveryRecord(c);
            Map<String, Set<String>> namedFor = namedFor(c, doc.get("jobExecutionId"));
            List<Plan> plans = new ArrayList<>();
            Set<String> covered = new HashSet<>();
            for (Recipient r : recipients) {
                Plan p = plan(r, entries, audiences.get(r.audience()), regionOfLa, runFolder, record.delivered(o.periodName(), r),
                        namedFor);
                plans.add(p);
                p.send().forEach(e -> covered.add(e.path()));
                p.upToDate().forEach(e -> covered.add(e.path()));
                p.refuse().keySet().forEach(e -> covered.add(e.path()));
            }
            List<String> nobody = entries.stream().map(ManifestEntry::path).filter(p -> !covered.contains(p)).sorted().toList();
            return o.dryRun() ? dryRun(plans, nobody) : deliver(c, record, plans, nobody, runFolder, asOf, synthetic, audiences);
        }
    }

    /**
     * For each copy for named recipients the run wrote (by path): the fingerprints of the names it is
     * for (raw.named_copies, written by that run). Empty for a run that wrote none.
     */
    private static Map<String, Set<String>> namedFor(Connection c, Object jobExecutionId) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        if (!(jobExecutionId instanceof Number job)) {
            return out;
        }
        try (java.sql.PreparedStatement ps = c.prepareStatement("select path, name_sha256 from raw.named_copies where job_execution_id = ?")) {
            ps.setLong(1, job.longValue());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    Plan plan(Recipient r, List<ManifestEntry> entries, Audience audience, Map<String, String> regionOfLa, Path runFolder,
              Map<String, DeliveryRecord.Sent> delivered, Map<String, Set<String>> namedFor) {
        List<ManifestEntry> send = new ArrayList<>();
        Map<ManifestEntry, String> refuse = new LinkedHashMap<>();
        List<ManifestEntry> upToDate = new ArrayList<>();
        Set<String> replacing = new TreeSet<>();
        for (ManifestEntry e : entries) {
            if (!forRecipient(e, r, audience, regionOfLa)) {
                continue;
            }
            if (DeliveryRecord.alreadyDelivered(delivered, e)) {
                upToDate.add(e);
                continue;
            }
            String why = refusal(e, audience, runFolder);
            if (why == null && "named".equals(e.audience())) {
                why = notNamed(e, r, namedFor.get(e.path()));
            }
            if (why != null) {
                refuse.put(e, why);
                continue;
            }
            if (delivered.containsKey(e.path())) {
                replacing.add(e.path());
            }
            send.add(e);
        }
        return new Plan(r, send, refuse, upToDate, replacing);
    }

    /** Whether an output is the recipient's: same audience, within its scope, of a kind they take. */
    static boolean forRecipient(ManifestEntry e, Recipient r, Audience audience, Map<String, String> regionOfLa) {
        if (!r.audience().equals(e.audience())) {
            return false;
        }
        if (!r.kinds().isEmpty() && !r.kinds().contains(e.kind())) {
            return false;
        }
        return switch (audience.scope()) {
            case ALL -> true;
            case REGION -> e.region() != null ? r.scope().equals(e.region())
                    : e.laCode() != null && r.scope().equals(regionOfLa.get(e.laCode()));
            case AUTHORITY -> r.scope().equals(e.laCode());
        };
    }

    /**
     * Why the copy for named recipients must not go to {@code r}, or null: it goes only to people
     * the run named (beacon run --named), whatever the recipients file says.
     */
    static String notNamed(ManifestEntry e, Recipient r, Set<String> names) {
        if (names == null || names.isEmpty()) {
            return e.path() + " is TLP:RED and the warehouse does not say whom this run named in it (a run from before Beacon kept "
                    + "that): refused. Run the period again with --named";
        }
        if (!names.contains(NamedRecipients.fingerprint(r.name()))) {
            return e.path() + " is for the people named in this run (beacon run --named) and " + r.name()
                    + " is not one of them: refused. Name them with --named and run the period again, or correct the recipients file";
        }
        return null;
    }

    /** Why a file of the recipient's audience must not be sent, or null. */
    static String refusal(ManifestEntry e, Audience audience, Path runFolder) {
        if (!e.path().startsWith(audience.id() + "/")) {
            return e.path() + " is not in the " + audience.id() + "/ folder its manifest audience says: refused (re-run 'beacon run')";
        }
        Tlp tlp;
        try {
            tlp = Tlp.parse(e.tlp());
        } catch (IllegalArgumentException ex) {
            return e.path() + " has no valid TLP marking in the manifest ('" + e.tlp() + "'): refused";
        }
        if (tlp.compareTo(audience.maxTlp()) > 0) {
            return e.path() + " is " + tlp.marking() + ", above what the " + audience.id() + " audience may receive ("
                    + audience.maxTlp().marking() + "): refused";
        }
        if (tlp.compareTo(Tlp.AMBER_STRICT) >= 0 && !e.encrypted()) {
            return e.path() + " is " + tlp.marking() + " and not encrypted: restricted outputs go only encrypted. For a PDF, run "
                    + "'beacon run' with --pdf-password-env; a CSV or XLSX cannot be encrypted: leave its kind (" + e.kind()
                    + ") out of the recipient's outputs column";
        }
        Path file = runFolder.resolve(e.path()).normalize();
        if (!file.startsWith(runFolder.normalize())) {
            return e.path() + " points outside the period's folder: refused";
        }
        try {
            String sha = FileArchive.sha256(Files.readAllBytes(file));
            if (!sha.equals(e.sha256())) {
                return e.path() + " has changed since the run (its SHA-256 is not the manifest's): refused; re-run 'beacon run --period "
                        + runFolder.getFileName() + "'";
            }
        } catch (NoSuchFileException ex) {
            return e.path() + " is listed in the manifest but missing from " + runFolder + ": refused";
        } catch (IOException ex) {
            return e.path() + " cannot be read (" + ex.getMessage() + "): refused";
        }
        return null;
    }

    private Outcome dryRun(List<Plan> plans, List<String> nobody) {
        PrintStream out = o.stdout();
        out.println("Dry run for " + o.periodName() + ": nothing is sent or recorded.");
        int send = 0;
        int refused = 0;
        int upToDate = 0;
        for (Plan p : plans) {
            Recipient r = p.recipient();
            out.println(r.channel().id() + "  " + r.label() + "  [" + r.audience() + " " + r.scope() + "]");
            if (p.send().isEmpty() && p.refuse().isEmpty()) {
                out.println("    nothing to send" + (p.upToDate().isEmpty() ? " (no outputs for this audience and scope)" : " (all "
                        + p.upToDate().size() + " already delivered)"));
            }
            for (ManifestEntry e : p.send()) {
                out.println("    would send   " + e.path() + "  " + e.tlp() + (e.encrypted() ? " encrypted" : "")
                        + (p.replacing().contains(e.path()) ? "  (changed since delivered)" : ""));
            }
            for (Map.Entry<ManifestEntry, String> e : p.refuse().entrySet()) {
                out.println("    would refuse " + e.getValue());
            }
            if (!p.upToDate().isEmpty() && (!p.send().isEmpty() || !p.refuse().isEmpty())) {
                out.println("    already delivered: " + p.upToDate().size() + " file(s)");
            }
            send += p.send().size();
            refused += p.refuse().size();
            upToDate += p.upToDate().size();
        }
        printNobody(nobody);
        out.println("Would send " + send + " file(s), refuse " + refused + "; " + upToDate + " already delivered.");
        return new Outcome(0, 0, refused, upToDate, OK);
    }

    private Outcome deliver(Connection c, DeliveryRecord record, List<Plan> plans, List<String> nobody, Path runFolder, String asOf,
                            boolean synthetic, Map<String, Audience> audiences) throws SQLException {
        PrintStream out = o.stdout();
        SmtpSettings smtp = null;
        String smtpProblem = null;
        if (plans.stream().anyMatch(p -> p.recipient().channel() == Recipient.Channel.EMAIL && !p.send().isEmpty())) {
            try {
                smtp = SmtpSettings.fromEnvironment(o.env());
            } catch (SmtpSettings.NotConfigured e) {
                smtpProblem = e.getMessage();
            }
        }
        int delivered = 0;
        int failed = 0;
        int refused = 0;
        int upToDate = 0;
        int messages = 0;
        String period = o.periodName();
        for (Plan p : plans) {
            Recipient r = p.recipient();
            upToDate += p.upToDate().size();
            for (Map.Entry<ManifestEntry, String> e : p.refuse().entrySet()) {
                record.record(UUID.randomUUID().toString(), period, r, List.of(e.getKey()), "refused", e.getValue(), now());
                o.stderr().println("beacon: " + r.label() + ": " + e.getValue());
                refused++;
            }
            if (p.send().isEmpty()) {
                if (p.upToDate().isEmpty() && p.refuse().isEmpty()) {
                    out.println("nothing    " + r.label() + ": no " + r.audience() + " outputs for " + r.scope() + " this period"
                            + (r.audience().equals("named") ? " (the named copy is made only by 'beacon run --named')" : ""));
                }
                continue;
            }
            String attemptId = UUID.randomUUID().toString();
            String text = MessageText.body(c, o.period(), o.periodName(), asOf, synthetic, r, audiences.get(r.audience()), p, attemptId);
            String error = null;
            try {
                if (r.channel() == Recipient.Channel.EMAIL) {
                    if (smtp == null) {
                        throw new IOException(smtpProblem);
                    }
                    mailer.send(smtp, r, MessageText.subject(c, o.periodName(), r, audiences.get(r.audience())), text, p.send(), runFolder);
                } else {
                    copyIntoFolder(r, text, p.send(), runFolder);
                }
            } catch (Exception e) {
                error = Mailer.oneLine(e);
            }
            record.record(attemptId, period, r, p.send(), error == null ? "delivered" : "failed", error, now());
            if (error == null) {
                delivered += p.send().size();
                messages++;
                out.println("delivered  " + r.label() + ": " + p.send().size() + " file(s)"
                        + (p.replacing().isEmpty() ? "" : ", " + p.replacing().size() + " of them changed since last sent"));
            } else {
                failed += p.send().size();
                o.stderr().println("beacon: failed to deliver to " + r.label() + ": " + error);
            }
        }
        printNobody(nobody);
        out.println(o.periodName() + ": " + messages + " deliver" + (messages == 1 ? "y" : "ies") + " made (" + delivered + " file(s)), "
                + failed + " file(s) failed, " + refused + " refused, " + upToDate + " already delivered. Record: marts.deliveries");
        int exit;
        if (failed + refused == 0) {
            exit = OK;
        } else {
            exit = delivered > 0 ? DELIVERED_IN_PART : FAILURE;
            out.println("Run the same command again to retry: only what failed or changed is sent.");
        }
        return new Outcome(delivered, failed, refused, upToDate, exit);
    }

    /** A kind in a recipient's outputs column that this period's manifest does not have for the audience: likely a typo. */
    private void warnAboutUnknownKinds(List<Recipient> recipients, List<ManifestEntry> entries) {
        for (Recipient r : recipients) {
            Set<String> known = new TreeSet<>();
            entries.stream().filter(e -> e.audience().equals(r.audience())).forEach(e -> known.add(e.kind()));
            for (String kind : new TreeSet<>(r.kinds())) {
                if (!known.contains(kind)) {
                    o.stderr().println("beacon: warning: " + o.recipients().getFileName() + " line " + r.line() + ": no " + r.audience()
                            + " output of kind '" + kind + "' this period" + (known.isEmpty() ? "" : " (kinds: " + String.join(", ", known) + ")"));
                }
            }
        }
    }

    private void printNobody(List<String> nobody) {
        if (!nobody.isEmpty()) {
            o.stdout().println("No recipient is configured for " + nobody.size() + " output(s), e.g. " + nobody.get(0)
                    + " (not a failure: add lines to " + o.recipients() + " to deliver them).");
        }
    }

    /** Copies the files and the message text into {@code <folder>/<period>/}, each file written whole then renamed into place. */
    private void copyIntoFolder(Recipient r, String text, List<ManifestEntry> files, Path runFolder) throws IOException {
        Path target = Path.of(r.address()).resolve(o.periodName());
        Files.createDirectories(target);
        Set<String> names = new HashSet<>();
        for (ManifestEntry e : files) {
            String name = Path.of(e.path()).getFileName().toString();
            if (!names.add(name)) {
                name = e.path().replace('/', '_');
            }
            Path tmp = Files.createTempFile(target, ".beacon-", ".part");
            Files.write(tmp, verifiedBytes(runFolder, e));
            Files.move(tmp, target.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Path summary = target.resolve("beacon-delivery-" + STAMP.format(now()) + ".txt");
        Path tmp = Files.createTempFile(target, ".beacon-", ".part");
        Files.writeString(tmp, text);
        Files.move(tmp, summary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The file's bytes, read once and checked against the manifest's SHA-256 (what is checked is what is sent). */
    static byte[] verifiedBytes(Path runFolder, ManifestEntry e) throws IOException {
        byte[] bytes = Files.readAllBytes(runFolder.resolve(e.path()));
        if (!FileArchive.sha256(bytes).equals(e.sha256())) {
            throw new IOException(e.path() + " changed while being delivered (its SHA-256 is no longer the manifest's)");
        }
        return bytes;
    }

    private Instant now() {
        return o.clock().instant();
    }

    private static void readAuthorities(Connection c, Map<String, String> regions, Map<String, String> regionOfLa) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select la_code, region_name, region_code from core.authorities")) {
            while (rs.next()) {
                regionOfLa.put(rs.getString(1), rs.getString(2));
                if (rs.getString(2) != null) {
                    regions.put(rs.getString(2).toUpperCase(Locale.ROOT), rs.getString(2));
                    if (rs.getString(3) != null) {
                        regions.put(rs.getString(3).toUpperCase(Locale.ROOT), rs.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            // No models built yet: every region or authority line will be reported as unknown, with the fix.
        }
    }
}
