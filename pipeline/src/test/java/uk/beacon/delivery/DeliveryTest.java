package uk.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.ingest.FileArchive;
import uk.beacon.job.BeaconContext;
import uk.beacon.cycle.CycleParameters;
import uk.beacon.job.MonthlyCycleRunner;
import uk.beacon.render.Manifest;
import uk.beacon.render.ManifestEntry;
import uk.beacon.cycle.NamedRecipients;
import uk.beacon.cycle.PdfPassword;
import uk.beacon.warehouse.Warehouse;

/**
 * Delivery of a real demo cycle (encrypted restricted PDFs, a named copy) to a real SMTP server
 * (GreenMail, embedded): audience rules, refusals, the record, retry after failure, no duplicates.
 */
class DeliveryTest {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    static final String PDF_PASSWORD = "Kestrel-Quartz-7781";
    static final String SMTP_PASSWORD = "smtp-Secret-4421";

    @TempDir
    static Path cycle;
    static Path warehouseFile;
    static Path publishedRun;

    @TempDir
    Path dir;
    Path out;
    Path runFolder;
    GreenMail mail;
    int port;
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeAll
    static void runDemoCycle() throws Exception {
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, PERIOD, 14)).write(cycle.resolve("inbox"), cycle.resolve("truth"));
        warehouseFile = cycle.resolve("w.duckdb");
        try (BeaconContext ctx = BeaconContext.open(warehouseFile, IndicatorCatalogue.builtIn(), PdfPassword.of(PDF_PASSWORD.toCharArray()),
                NamedRecipients.of(List.of("Jo Bloggs")))) {
            new MonthlyCycleRunner(ctx).run(new CycleParameters(PERIOD, cycle.resolve("inbox"), cycle.resolve("out"), cycle.resolve("work"),
                    LocalDate.of(2026, 11, 23)));
        }
        publishedRun = cycle.resolve("out").resolve(PERIOD.toString()).toRealPath();
    }

    @BeforeEach
    void freshOutputsServerAndRecord() throws Exception {
        out = dir.resolve("out");
        runFolder = out.resolve(PERIOD.toString());
        try (Stream<Path> files = Files.walk(publishedRun)) {
            for (Path p : files.toList()) {
                Path target = runFolder.resolve(publishedRun.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        mail = startMail(ServerSetup.PROTOCOL_SMTP);
        try (Warehouse w = Warehouse.open(warehouseFile); Connection c = w.connect(); Statement s = c.createStatement()) {
            s.execute("delete from raw.delivery_attempts");
        }
    }

    @AfterEach
    void stopMail() {
        if (mail != null) {
            mail.stop();
        }
    }

    GreenMail startMail(String protocol) {
        GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", protocol));
        g.setUser("beacon@example.org", "beacon", SMTP_PASSWORD);
        g.start();
        return g;
    }

    static final String RECIPIENTS = """
            audience,scope,name,channel,address,outputs
            region,North Fells,North Fells ADCS group,email,north-fells@example.org,
            region,E12900002,Midland Vales ADCS group,email,midland-vales@example.org,
            region,South Coast,South Coast ADCS group,email,south-coast@example.org,
            authority,951,Ashby Moor leadership team,email,ashby-moor@example.org,
            sector-body,,Sector-led improvement leads,email,improvement@example.org,peer-review-triage;rejection-report;rejection-summary
            named,,Jo Bloggs,email,jo.bloggs@example.org,
            """;

    Map<String, String> smtpEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("BEACON_SMTP_HOST", "127.0.0.1");
        env.put("BEACON_SMTP_PORT", String.valueOf(port));
        env.put("BEACON_SMTP_FROM", "beacon@example.org");
        env.put("BEACON_SMTP_USER", "beacon");
        env.put("BEACON_SMTP_PASSWORD", SMTP_PASSWORD);
        env.put("BEACON_SMTP_SECURITY", "none");
        return env;
    }

    Delivery.Outcome deliver(String recipients, Map<String, String> env, boolean dryRun, Path dropFolder) throws Exception {
        Path file = dir.resolve("recipients.csv");
        Files.writeString(file, recipients);
        stdout.reset();
        stderr.reset();
        Delivery.Options o = new Delivery.Options(PERIOD, out, file, dropFolder, dryRun, env, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), Clock.systemUTC());
        try (Warehouse w = Warehouse.open(warehouseFile)) {
            return new Delivery(o).run(w);
        }
    }

    Delivery.Outcome deliver() throws Exception {
        return deliver(RECIPIENTS, smtpEnv(), false, null);
    }

    /** Who received which attachments: address to file names. */
    Map<String, List<String>> received() throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            String to = ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
            List<String> names = out.computeIfAbsent(to, k -> new ArrayList<>());
            Multipart mp = (Multipart) m.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart part = mp.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    names.add(part.getFileName());
                }
            }
        }
        return out;
    }

    static String text(MimeMessage m) throws Exception {
        return (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
    }

    List<ManifestEntry> manifest() throws Exception {
        return Manifest.read(runFolder.resolve(Manifest.FILE_NAME));
    }

    /** The file names under one folder of the outputs, from the manifest: what a recipient of that folder should get. */
    List<String> namesUnder(String prefix) throws Exception {
        return manifest().stream().map(ManifestEntry::path).filter(p -> p.startsWith(prefix))
                .map(p -> Path.of(p).getFileName().toString()).sorted().toList();
    }

    List<List<String>> record(String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Warehouse w = Warehouse.open(warehouseFile); Connection c = w.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void eachListReceivesExactlyItsAudienceAndScopeAndNothingElse() throws Exception {
        Delivery.Outcome outcome = deliver();

        assertThat(outcome.exitCode()).as(stderr.toString()).isEqualTo(Delivery.OK);
        assertThat(mail.getReceivedMessages()).hasSize(6);
        Map<String, List<String>> got = received();
        assertThat(got.get("north-fells@example.org")).containsExactlyInAnyOrderElementsOf(namesUnder("region/north-fells/"));
        assertThat(got.get("midland-vales@example.org")).containsExactlyInAnyOrderElementsOf(namesUnder("region/midland-vales/"));
        assertThat(got.get("south-coast@example.org")).containsExactlyInAnyOrderElementsOf(namesUnder("region/south-coast/"));
        assertThat(got.get("ashby-moor@example.org")).containsExactlyInAnyOrderElementsOf(namesUnder("authority/951-"));
        assertThat(got.get("improvement@example.org")).contains("peer-review-triage-2026-10.pdf")
                .doesNotContain("peer-review-triage-2026-10.csv", "peer-review-triage-2026-10.xlsx", "peer-review-triage-2026-10-named.pdf");
        assertThat(got.get("jo.bloggs@example.org")).containsExactly("peer-review-triage-2026-10-named.pdf");
        // A region's list never gets another region's pack, a dashboard of another region's authority, or the triage.
        for (String region : List.of("north-fells", "midland-vales", "south-coast")) {
            List<String> others = manifest().stream().map(ManifestEntry::path).filter(p -> !p.startsWith("region/" + region + "/"))
                    .map(p -> Path.of(p).getFileName().toString()).toList();
            assertThat(got.get(region + "@example.org")).doesNotContainAnyElementsOf(others)
                    .noneMatch(n -> n.contains("triage"));
        }
        // Every message says what the month was, for its scope.
        for (MimeMessage m : mail.getReceivedMessages()) {
            assertThat(text(m)).contains("Returns:").contains("SYNTHETIC DEMONSTRATION DATA").contains("SHA-256 checksums:");
        }
        MimeMessage nf = Stream.of(mail.getReceivedMessages()).filter(m -> GreenMailUtil.getWholeMessage(m).contains("north-fells@example.org"))
                .findFirst().orElseThrow();
        assertThat(nf.getSubject()).isEqualTo("Beacon: Regional ADCS group, North Fells - outputs for October 2026");
        assertThat(text(nf)).contains("The month in North Fells (10 authorities):", "Concern levels:", "Triggers:");
        MimeMessage la = Stream.of(mail.getReceivedMessages()).filter(m -> GreenMailUtil.getWholeMessage(m).contains("ashby-moor@example.org"))
                .findFirst().orElseThrow();
        assertThat(text(la)).contains("The month in your authority:", "your October 2026 return: received")
                .doesNotContain("Concern levels:", "Triggers:");
    }

    @Test
    void passwordsNeverTravelWithTheFilesAndRestrictedFilesGoEncrypted() throws Exception {
        assertThat(deliver().exitCode()).isEqualTo(Delivery.OK);
        for (MimeMessage m : mail.getReceivedMessages()) {
            String whole = GreenMailUtil.getWholeMessage(m);
            assertThat(whole).doesNotContain(PDF_PASSWORD).doesNotContain(SMTP_PASSWORD);
            Multipart mp = (Multipart) m.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                byte[] bytes = mp.getBodyPart(i).getInputStream().readAllBytes();
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(PDF_PASSWORD).doesNotContain(SMTP_PASSWORD);
            }
        }
        // Every restricted file that was sent is marked encrypted in the manifest and is an encrypted PDF.
        Map<String, ManifestEntry> byName = new HashMap<>();
        manifest().forEach(e -> byName.put(Path.of(e.path()).getFileName().toString(), e));
        int restricted = 0;
        for (List<String> names : received().values()) {
            for (String n : names) {
                ManifestEntry e = byName.get(n);
                if (e.tlp().equals("TLP:AMBER+STRICT") || e.tlp().equals("TLP:RED")) {
                    restricted++;
                    assertThat(e.encrypted()).as(n).isTrue();
                    assertThat(Files.readString(runFolder.resolve(e.path()), StandardCharsets.ISO_8859_1)).contains("/Encrypt");
                }
            }
        }
        assertThat(restricted).isEqualTo(2);
        assertThat(text(Stream.of(mail.getReceivedMessages()).filter(m -> GreenMailUtil.getWholeMessage(m).contains("jo.bloggs@example.org"))
                .findFirst().orElseThrow())).contains("password you were given separately");
    }

    @Test
    void anUnencryptedRestrictedFileIsRefusedCountedAndNeverSent() throws Exception {
        // With a password the run encrypts the triage's XLSX and writes no CSV of that marking (docs/audiences.md).
        // An unencrypted restricted file, as a run without a password leaves the XLSX, is made by marking it so.
        Path manifest = runFolder.resolve("manifest.json");
        byte[] original = Files.readAllBytes(manifest);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(original);
        for (com.fasterxml.jackson.databind.JsonNode o : root.get("outputs")) {
            if (o.get("path").asText().equals("sector-body/peer-review-triage-2026-10.xlsx")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) o).put("encrypted", false);
            }
        }
        Files.write(manifest, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        try {
            String all = RECIPIENTS.replace("peer-review-triage;rejection-report;rejection-summary", "");
            Delivery.Outcome outcome = deliver(all, smtpEnv(), false, null);

            assertThat(outcome.exitCode()).isEqualTo(Delivery.DELIVERED_IN_PART);
            assertThat(outcome.refused()).isEqualTo(1);
            assertThat(stderr.toString()).contains("sector-body/peer-review-triage-2026-10.xlsx is TLP:AMBER+STRICT and not encrypted: "
                    + "restricted outputs go only encrypted");
            assertThat(received().get("improvement@example.org")).contains("peer-review-triage-2026-10.pdf")
                    .doesNotContain("peer-review-triage-2026-10.csv", "peer-review-triage-2026-10.xlsx");
            assertThat(record("select d.status, a.path from marts.deliveries d join raw.delivery_attempts a using (attempt_id) "
                    + "where d.status = 'refused' order by a.path"))
                    .containsExactly(List.of("refused", "sector-body/peer-review-triage-2026-10.xlsx"));
        } finally {
            Files.write(manifest, original);
        }
    }

    @Test
    void aFileThatDoesNotMatchItsManifestChecksumIsRefused() throws Exception {
        Path pack = runFolder.resolve("region/north-fells/north-fells-pack-2026-10.pdf");
        Files.write(pack, "tampered".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);

        Delivery.Outcome outcome = deliver();

        assertThat(outcome.exitCode()).isEqualTo(Delivery.DELIVERED_IN_PART);
        assertThat(stderr.toString()).contains("region/north-fells/north-fells-pack-2026-10.pdf has changed since the run (its SHA-256 is not the manifest's)");
        assertThat(received().get("north-fells@example.org")).doesNotContain("north-fells-pack-2026-10.pdf").isNotEmpty();
    }

    @Test
    void aReRunSendsNothingTwice() throws Exception {
        assertThat(deliver().exitCode()).isEqualTo(Delivery.OK);
        int first = mail.getReceivedMessages().length;

        Delivery.Outcome again = deliver();

        assertThat(again.exitCode()).isEqualTo(Delivery.OK);
        assertThat(again.delivered()).isZero();
        assertThat(again.upToDate()).isPositive();
        assertThat(mail.getReceivedMessages()).hasSize(first);
        assertThat(record("select count(*), count(distinct recipient) from marts.deliveries where status = 'delivered'"))
                .containsExactly(List.of("6", "6"));
    }

    @Test
    void theCopyForNamedRecipientsGoesOnlyToPeopleTheRunNamed() throws Exception {
        // The run named Jo Bloggs only; the recipients file also lists Sam Smith for the named copy.
        String recipients = RECIPIENTS.replace("named,,Jo Bloggs,email,jo.bloggs@example.org,\n",
                "named,,jo  BLOGGS,email,jo.bloggs@example.org,\nnamed,,Sam Smith,email,sam.smith@example.org,\n");

        Delivery.Outcome outcome = deliver(recipients, smtpEnv(), false, null);

        assertThat(received()).containsKey("jo.bloggs@example.org").doesNotContainKey("sam.smith@example.org");
        assertThat(received().get("jo.bloggs@example.org")).containsExactly("peer-review-triage-2026-10-named.pdf");
        assertThat(outcome.refused()).isEqualTo(1);
        assertThat(outcome.exitCode()).isEqualTo(Delivery.DELIVERED_IN_PART);
        assertThat(stderr.toString()).contains("Sam Smith is not one of them: refused");
        assertThat(record("select status from marts.deliveries where recipient = 'Sam Smith'")).containsExactly(List.of("refused"));
        // Names are kept only as fingerprints: the name's, and no column holding the name itself.
        assertThat(record("select count(*) from raw.named_copies where name_sha256 = '"
                + uk.beacon.cycle.NamedRecipients.fingerprint("Jo Bloggs") + "'").get(0).get(0)).isNotEqualTo("0");
        assertThat(record("select count(*) from raw.named_copies where lower(concat_ws('|', columns(*))) like '%bloggs%'"))
                .containsExactly(List.of("0"));
    }

    @Test
    void aSecondRunOfTheCycleOnTheSameFiguresSendsNothingAgain() throws Exception {
        assertThat(deliver().exitCode()).isEqualTo(Delivery.OK);
        int first = mail.getReceivedMessages().length;
        // The same period run again on the same warehouse (as after a fix elsewhere): every encrypted
        // PDF and XLSX has new bytes (new salt and key), every plain PDF and XLSX a new creation time.
        Path again = dir.resolve("second-run");
        try (BeaconContext ctx = BeaconContext.open(warehouseFile, IndicatorCatalogue.builtIn(),
                PdfPassword.of(PDF_PASSWORD.toCharArray()), NamedRecipients.of(List.of("Jo Bloggs")))) {
            new MonthlyCycleRunner(ctx).run(new CycleParameters(PERIOD, cycle.resolve("inbox"), again.resolve("out"), cycle.resolve("work"),
                    LocalDate.of(2026, 11, 23)));
        }
        Path secondRun = again.resolve("out").resolve(PERIOD.toString()).toRealPath();
        List<ManifestEntry> before = Manifest.read(runFolder.resolve(Manifest.FILE_NAME));
        List<ManifestEntry> after = Manifest.read(secondRun.resolve(Manifest.FILE_NAME));
        assertThat(after).extracting(ManifestEntry::path).containsExactlyElementsOf(before.stream().map(ManifestEntry::path).toList());
        assertThat(after).filteredOn(ManifestEntry::encrypted).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sha256()).isNotEqualTo(shaOf(before, e.path())));
        assertThat(after).allSatisfy(e -> assertThat(e.contentSha256()).as(e.path()).isEqualTo(contentOf(before, e.path())));
        org.springframework.util.FileSystemUtils.deleteRecursively(runFolder);
        org.springframework.util.FileSystemUtils.copyRecursively(secondRun, runFolder);

        Delivery.Outcome outcome = deliver();

        assertThat(outcome.exitCode()).isEqualTo(Delivery.OK);
        assertThat(outcome.delivered()).isZero();
        assertThat(outcome.upToDate()).isPositive();
        assertThat(mail.getReceivedMessages()).hasSize(first);
    }

    private static String shaOf(List<ManifestEntry> entries, String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow().sha256();
    }

    private static String contentOf(List<ManifestEntry> entries, String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow().contentSha256();
    }

    @Test
    void aChangedOutputIsSentAgainAloneToItsRecipients() throws Exception {
        assertThat(deliver().exitCode()).isEqualTo(Delivery.OK);
        mail.purgeEmailFromAllMailboxes();
        // A new run of the period remade one file: new content, new SHA-256 in the manifest.
        Path pack = runFolder.resolve("region/north-fells/north-fells-pack-2026-10.pdf");
        Files.write(pack, "%PDF-1.7 remade".getBytes(StandardCharsets.UTF_8));
        rewriteManifestSha("region/north-fells/north-fells-pack-2026-10.pdf", FileArchive.sha256(Files.readAllBytes(pack)));
        rewriteManifestEntry("region/north-fells/north-fells-pack-2026-10.pdf", "contentSha256", "remade content");

        Delivery.Outcome outcome = deliver();

        assertThat(outcome.exitCode()).isEqualTo(Delivery.OK);
        assertThat(received()).containsOnlyKeys("north-fells@example.org");
        assertThat(received().get("north-fells@example.org")).containsExactly("north-fells-pack-2026-10.pdf");
        assertThat(text(mail.getReceivedMessages()[0])).contains("Updated: 1 of these file(s) replace a copy sent earlier");
    }

    @Test
    void afterTheServerWasDownOnlyTheFailedDeliveriesAreSentAndTheRecordShowsBoth() throws Exception {
        mail.stop();
        String withShare = RECIPIENTS + "region,North Fells,North Fells secure share,folder," + dir.resolve("share") + ",regional-pack\n";

        Delivery.Outcome down = deliver(withShare, smtpEnv(), false, null);
        assertThat(record("select count(distinct recipient) from marts.delivery_status where last_status = 'failed' and delivered_at is null"))
                .containsExactly(List.of("6"));

        assertThat(down.exitCode()).as("the share was delivered, the e-mails were not").isEqualTo(Delivery.DELIVERED_IN_PART);
        assertThat(stderr.toString().lines().filter(l -> l.startsWith("beacon: failed to deliver to "))).hasSize(6)
                .allMatch(l -> l.contains("127.0.0.1") && !l.contains("\tat "));
        assertThat(Files.list(dir.resolve("share").resolve("2026-10")).map(p -> p.getFileName().toString()))
                .contains("north-fells-pack-2026-10.pdf").anyMatch(n -> n.startsWith("beacon-delivery-"));

        mail = startMail(ServerSetup.PROTOCOL_SMTP);
        Delivery.Outcome up = deliver(withShare, smtpEnv(), false, null);

        assertThat(up.exitCode()).as(stderr.toString()).isEqualTo(Delivery.OK);
        assertThat(mail.getReceivedMessages()).hasSize(6);
        assertThat(received().keySet()).hasSize(6);
        assertThat(stdout.toString()).doesNotContain("secure share");
        // The record: each mailing list failed once (with the reason), then was delivered; the share once.
        List<List<String>> rows = record("select recipient, status, error is not null from marts.deliveries "
                + "where recipient like 'North Fells%' order by attempted_at, recipient");
        assertThat(rows).containsExactly(
                List.of("North Fells ADCS group", "failed", "true"),
                List.of("North Fells secure share", "delivered", "false"),
                List.of("North Fells ADCS group", "delivered", "false"));
        assertThat(record("select count(*) from marts.deliveries where status = 'failed'")).containsExactly(List.of("6"));
        // Where each output stands: everything delivered now, the lists' files after one failed attempt.
        assertThat(record("select distinct last_status from marts.delivery_status")).containsExactly(List.of("delivered"));
        assertThat(record("select count(*) from marts.delivery_status where delivered_at is null")).containsExactly(List.of("0"));
    }

    @Test
    void theDryRunListsWhoWouldGetWhatAndChangesNothing() throws Exception {
        Delivery.Outcome outcome = deliver(RECIPIENTS, Map.of(), true, null);

        assertThat(outcome.exitCode()).isEqualTo(Delivery.OK);
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(record("select count(*) from raw.delivery_attempts")).containsExactly(List.of("0"));
        String listed = stdout.toString();
        assertThat(listed).contains("Dry run for 2026-10: nothing is sent or recorded.")
                .contains("email  North Fells ADCS group <north-fells@example.org>  [region North Fells]")
                .contains("    would send   region/north-fells/north-fells-pack-2026-10.pdf  TLP:GREEN")
                .contains("    would send   named/peer-review-triage-2026-10-named.pdf  TLP:RED encrypted")
                .contains("Would send ");
        // After a real delivery, the dry run says nothing is due.
        deliver();
        deliver(RECIPIENTS, Map.of(), true, null);
        assertThat(stdout.toString()).contains("Would send 0 file(s), refuse 0;");
    }

    @Test
    void starttlsIsRequiredByDefaultSoNothingGoesInClear() throws Exception {
        Map<String, String> env = smtpEnv();
        env.remove("BEACON_SMTP_SECURITY");   // default: STARTTLS required; GreenMail does not offer it

        Delivery.Outcome outcome = deliver(RECIPIENTS, env, false, null);

        assertThat(outcome.exitCode()).isEqualTo(Delivery.FAILURE);
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(stderr.toString()).contains("STARTTLS");
    }

    @Test
    void theDefaultStarttlsDeliversOverTlsToAServerThatOffersIt() throws Exception {
        try (StartTlsSmtpServer server = new StartTlsSmtpServer()) {
            Map<String, String> env = smtpEnv();
            env.remove("BEACON_SMTP_SECURITY");                 // the default: starttls, required
            env.remove("BEACON_SMTP_USER");
            env.remove("BEACON_SMTP_PASSWORD");
            env.put("BEACON_SMTP_PORT", String.valueOf(server.port()));
            env.put("BEACON_SMTP_SSL_TRUST", "127.0.0.1");    // the test certificate is self-signed

            Delivery.Outcome outcome = deliver(RECIPIENTS, env, false, null);

            assertThat(outcome.exitCode()).as(stderr.toString()).isEqualTo(Delivery.OK);
            assertThat(server.received).hasSize(6).allMatch(StartTlsSmtpServer.Received::overTls);
            assertThat(server.received.get(0).protocol()).startsWith("TLSv1.");
            assertThat(server.refusedBeforeTls).isEmpty();
            assertThat(server.received).anyMatch(r -> r.data().contains("To: North Fells ADCS group <north-fells@example.org>"));
        }
    }

    @Test
    void implicitTlsDeliversOverAnEncryptedConnection() throws Exception {
        mail.stop();
        mail = startMail(ServerSetup.PROTOCOL_SMTPS);
        Map<String, String> env = smtpEnv();
        env.put("BEACON_SMTP_SECURITY", "tls");
        env.put("BEACON_SMTP_SSL_TRUST", "127.0.0.1");   // GreenMail's own self-signed certificate

        Delivery.Outcome outcome = deliver(RECIPIENTS, env, false, null);

        assertThat(outcome.exitCode()).as(stderr.toString()).isEqualTo(Delivery.OK);
        assertThat(mail.getReceivedMessages()).hasSize(6);
    }

    @Test
    void aBadRecipientsFileStopsEverythingAndSaysWhere() throws Exception {
        String bad = RECIPIENTS + "region,Atlantis,Nobody,email,nobody@example.org,\nauthority,951,Two people,email,a@example.org; b@example.org,\n";

        Delivery.Outcome outcome = deliver(bad, smtpEnv(), false, null);

        assertThat(outcome.exitCode()).isEqualTo(Delivery.FAILURE);
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(stderr.toString()).contains("recipients.csv line 8: unknown region 'Atlantis'")
                .contains("recipients.csv line 9: 'a@example.org; b@example.org' is not one e-mail address");
        assertThat(record("select count(*) from raw.delivery_attempts")).containsExactly(List.of("0"));
    }

    @Test
    void theDropFolderRehearsalWritesTheFilesAndTheMessageText() throws Exception {
        Path drop = dir.resolve("deliveries");

        Delivery.Outcome outcome = deliver(RECIPIENTS, Map.of(), false, drop);

        assertThat(outcome.exitCode()).as(stderr.toString()).isEqualTo(Delivery.OK);
        assertThat(mail.getReceivedMessages()).isEmpty();
        Path nf = drop.resolve("north-fells@example.org").resolve("2026-10");
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(nf)) {
            files.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertThat(names).containsAll(namesUnder("region/north-fells/"));
        Path summary = Files.list(nf).filter(p -> p.getFileName().toString().startsWith("beacon-delivery-")).findFirst().orElseThrow();
        assertThat(Files.readString(summary)).startsWith("To North Fells ADCS group,").contains("Returns:").doesNotContain(PDF_PASSWORD);
        assertThat(record("select distinct channel from marts.deliveries")).containsExactly(List.of("folder"));
    }

    @Test
    void theCommandLineDeliversAndExitsNonZeroOnFailure() throws Exception {
        Path file = dir.resolve("recipients.csv");
        Files.writeString(file, RECIPIENTS);
        String[] common = {"--warehouse", warehouseFile.toString(), "--out", out.toString(), "--recipients", file.toString(),
                "--period", "2026-10"};
        String dry = uk.beacon.testing.StdOut.capture(() -> assertThat(uk.beacon.cli.Main.execute(concat("deliver", common, "--dry-run"))).isZero());
        assertThat(dry).contains("Dry run for 2026-10").contains("would send");

        String real = uk.beacon.testing.StdOut.capture(() -> assertThat(uk.beacon.cli.Main.execute(
                concat("deliver", common, "--drop-folder", dir.resolve("drop").toString()))).isZero());
        assertThat(real).contains("6 deliveries made");
        assertThat(dir.resolve("drop/jo.bloggs@example.org/2026-10/peer-review-triage-2026-10-named.pdf")).exists();

        // The rehearsal did not mail anyone: by e-mail everything is still due. With no mail server configured
        // each recipient fails in one line, nothing is sent, exit 1.
        assertThat(uk.beacon.cli.Main.execute(concat("deliver", common))).isEqualTo(uk.beacon.cli.ExitCodes.FAILURE);
        assertThat(record("select distinct channel, error from marts.deliveries where status = 'failed'")).singleElement()
                .satisfies(row -> assertThat(row.get(1)).startsWith("no mail server: set BEACON_SMTP_HOST"));
        assertThat(record("select count(*) from marts.deliveries where status = 'failed'")).containsExactly(List.of("6"));
    }

    static String[] concat(String first, String[] middle, String... last) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(middle));
        all.addAll(List.of(last));
        return all.toArray(String[]::new);
    }

    void rewriteManifestEntry(String path, String key, Object value) throws Exception {
        Path file = runFolder.resolve(Manifest.FILE_NAME);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = json.readValue(file.toFile(), Map.class);
        for (Object o : (List<?>) doc.get("outputs")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) o;
            if (path.equals(e.get("path"))) {
                e.put(key, value);
            }
        }
        json.writeValue(file.toFile(), doc);
    }

    void rewriteManifestSha(String path, String sha) throws Exception {
        rewriteManifestEntry(path, "sha256", sha);
        rewriteManifestEntry(path, "bytes", Files.size(runFolder.resolve(path)));
    }
}
