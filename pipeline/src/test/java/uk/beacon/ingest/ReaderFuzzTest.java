package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.demo.DemoGenerator;
import uk.beacon.demo.DemoSettings;
import uk.beacon.intelligence.IntelligenceValidator;

/**
 * A fuzz target over every reader (CSV, XLSX, Parquet, Arrow IPC) and both validators (returns,
 * notes), with a seeded generator of its own: jqwik is built on JUnit Platform 1.x and does not
 * run on the JUnit 6 platform the Boot BOM brings. Inputs are valid seeds mutated at the byte
 * level (flips, insertions, deletions, repeats, truncation, splices of hostile text) and CSVs
 * generated from a grammar of good and bad tokens.
 *
 * <p>Property: every input either loads or is refused with a rule and a message, never an
 * unexpected exception, an OutOfMemoryError or a hang; a file not refused whole accounts for
 * every row (accepted + rejected = received, and a generated CSV loses no row).
 *
 * <p>Bounded in the normal test run ({@code beacon.fuzz.tries}, default 300, and
 * {@code beacon.fuzz.seconds}, default 8); {@code make fuzz} runs it longer and prints the
 * executions, crashes and peak heap. The seed is {@code beacon.fuzz.seed} (default: fixed, so a
 * failure is reproducible; the failing seed and input number are in the message).
 */
class ReaderFuzzTest {

    static final int TRIES = Integer.getInteger("beacon.fuzz.tries", 300);
    static final int SECONDS = Integer.getInteger("beacon.fuzz.seconds", 8);
    static final long SEED = Long.getLong("beacon.fuzz.seed", 20261129L);
    /** Small limits so that a mutation hitting one is cheap (the limits are part of what is fuzzed). */
    static final ReadLimits LIMITS = new ReadLimits(20_000, 200, 2_000, 0.01, 64L << 20, 10_485_760L, 64L << 20, 128L << 20);
    static final ReturnFileValidator VALIDATOR = new ReturnFileValidator(
            new FigureValidator(ReturnFileValidatorTest.AUTHORITIES, IndicatorCatalogue.builtIn(), LocalDate.of(2026, 11, 23)),
            new ReturnFileValidator.Options(false, las -> false, LIMITS, 100, 200));
    static final String[] HOSTILE = {",", "\"", "\"\"", "\n", "\r\n", "\u0000", "\uFEFF", "=HYPERLINK(\"x\")", "1e309", "-0", "NaN",
            "99999999999999999999", "%", "1,234", "2026-13", "2026-Q5", "9999-99", "\uD83D\uDE00", "\\..\\", "<x>", "&amp;", "'",
            "la_code", "period", "indicator", "value", "c", "x", ".."};
    static final String[] TOKENS = {"805", "806", "E06000001", "999", "", " ", "2026-10", "2026-09", "2026-Q3", "2026", "2030-01",
            "REREFERRAL_PCT", "NFA_PCT", "SW_CASELOAD_AVG", "REFERRALS_RATE", "UNKNOWN", "45", "200", "22.5", "-3", "101", "abc",
            "3.33333", "1,234", "12%", "c", "x", "z", "low", "bogus", "\"quoted, comma\"", "\"multi\nline\""};

    @TempDir
    Path dir;

    private int executions;
    private int refused;
    private final List<String> crashes = new ArrayList<>();

    record Seed(String name, byte[] bytes, boolean notes) {
    }

    @Test
    void everyInputLoadsOrIsRefusedWithARuleNeverACrash() throws Exception {
        List<Seed> seeds = seeds();
        Random random = new Random(SEED);
        resetPeaks();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        try {
            for (int i = 0; i < TRIES && System.nanoTime() < deadline; i++) {
                if (i % 4 == 0) {
                    generatedCsv(random, i, worker);
                } else {
                    Seed seed = seeds.get(random.nextInt(seeds.size()));
                    byte[] input = mutate(seed.bytes(), random);
                    check(seed.name(), input, seed.notes(), -1, i, worker);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz: %,d executions in %.1f s (%,d refused whole), %d crash(es), peak heap %,d MB, seed %d%n",
                executions, seconds, refused, crashes.size(), peakHeapMb(), SEED);
        assertThat(crashes).as("inputs that crashed a reader (seed " + SEED + ")").isEmpty();
        assertThat(executions).isGreaterThan(Math.min(TRIES, 20) - 1);
    }

    /**
     * A 50 MB CSV of 780,000 bad rows, read and validated under the shipped settings: the
     * rejections are capped, so the heap stays far below the 3.6 GB such a file once took. Runs
     * with {@code make fuzz} ({@code beacon.fuzz.large=true}, in a 512 MB heap); the normal run
     * uses a 5 MB one.
     */
    @Test
    void aLargeCsvOfBadRowsStaysWithinItsMemoryBudget() throws Exception {
        boolean large = Boolean.getBoolean("beacon.fuzz.large");
        long target = large ? 50_000_000L : 5_000_000L;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) target + 100);
        out.write(ReturnFileValidatorTest.HEADER.getBytes(StandardCharsets.UTF_8));
        byte[] row = "805,2026-10,NFA_PCT,,,not-a-number,,a comment of some length\n".getBytes(StandardCharsets.UTF_8);
        int rows = 0;
        while (out.size() < target) {
            out.write(row);
            rows++;
        }
        byte[] bytes = out.toByteArray();
        out = null;
        IngestSettings shipped = IngestSettings.load();
        ReturnFileValidator validator = new ReturnFileValidator(
                new FigureValidator(ReturnFileValidatorTest.AUTHORITIES, IndicatorCatalogue.builtIn(), LocalDate.of(2026, 11, 23)),
                new ReturnFileValidator.Options(false, las -> false, shipped.limits(), shipped.maxRejectionsPerRule(),
                        shipped.maxValueCharacters()));
        resetPeaks();
        long started = System.nanoTime();
        ReturnFileResult r = validator.validate(bytes, "bad.csv", new CsvTableReader());
        long peak = peakHeapMb();
        System.out.printf("large bad CSV: %,d bytes, %,d rows, %,d rejection rows kept, %.1f s, peak heap %,d MB%n", bytes.length, rows,
                r.rejections().size(), (System.nanoTime() - started) / 1e9, peak);
        assertThat(r.fileRefused()).isFalse();
        assertThat(r.received()).isEqualTo(rows);
        assertThat(r.rejectedFigures()).isEqualTo(rows);
        assertThat(r.rejections()).hasSize(shipped.maxRejectionsPerRule() + 1);
        assertThat(peak).as("peak heap, MB").isLessThan(large ? 1_500 : 600);
    }

    /** A CSV from the token grammar; the number of data rows is known, so no row may go missing. */
    private void generatedCsv(Random random, int i, ExecutorService worker) throws Exception {
        List<String> header = new ArrayList<>(List.of("la_code", "period", "indicator", "numerator", "denominator", "value", "status", "comment"));
        if (random.nextInt(5) == 0) {
            header.remove(random.nextInt(header.size()));
        }
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        int rows = 1 + random.nextInt(40);
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                String t = TOKENS[random.nextInt(TOKENS.length)];
                cells.add(t.isBlank() && c < 3 ? "805" : t); // keep rows non-blank so the count is exact
            }
            b.append(String.join(",", cells)).append('\n');
        }
        check("generated.csv", b.toString().getBytes(StandardCharsets.UTF_8), false, rows, i, worker);
    }

    private void check(String name, byte[] input, boolean notes, int expectedRows, int i, ExecutorService worker) throws Exception {
        executions++;
        Future<String> f = worker.submit(() -> {
            try {
                return notes ? checkNotes(name, input) : checkReturns(name, input, expectedRows);
            } catch (OutOfMemoryError e) {
                return "OutOfMemoryError" + where(e);
            } catch (Throwable t) {
                return t.getClass().getSimpleName() + ": " + t.getMessage() + where(t);
            }
        });
        String problem;
        try {
            problem = f.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            problem = "no answer within 30 s (hang)";
        }
        if (problem != null) {
            Path kept = dir.resolve("crash-" + i + "-" + name);
            Files.write(kept, input);
            crashes.add("input " + i + " (" + name + ", " + input.length + " bytes): " + problem);
        }
    }

    private static String where(Throwable t) {
        StringBuilder b = new StringBuilder();
        StackTraceElement[] st = t.getStackTrace();
        for (int k = 0; k < Math.min(8, st.length); k++) {
            b.append("\n      at ").append(st[k]);
        }
        return b.toString();
    }

    private String checkReturns(String name, byte[] input, int expectedRows) {
        ReturnFileResult r = VALIDATOR.validate(input, name, Containers.forFileName(name).orElseThrow());
        String common = rulesAndMessages(r.rejections());
        if (common != null) {
            return common;
        }
        if (r.fileRefused()) {
            refused++;
            return r.rejections().isEmpty() || r.rejections().get(0).rule().scope() != Rule.Scope.FILE
                    ? "refused without a file rule" : null;
        }
        if (r.accepted().size() > r.received()) {
            return "more accepted than received";
        }
        if (r.accepted().size() < r.received() && r.rejections().isEmpty()) {
            return (r.received() - r.accepted().size()) + " figure(s) neither accepted nor rejected";
        }
        if (expectedRows >= 0 && ReturnsTableParser.LONG.equals(r.layout()) && r.received() != expectedRows) {
            return "rows lost: " + expectedRows + " rows sent, " + r.received() + " received";
        }
        return null;
    }

    private String checkNotes(String name, byte[] input) throws Exception {
        Table table;
        try {
            table = Containers.forFileName(name).orElseThrow().read(input, name, LIMITS);
        } catch (TableReader.UnreadableFileException e) {
            refused++;
            return e.getMessage() == null || e.getMessage().isBlank() ? "refused without a message" : null;
        }
        IntelligenceValidator.Result r = new IntelligenceValidator(ReturnFileValidatorTest.AUTHORITIES, LocalDate.of(2026, 11, 23))
                .validate(table);
        String common = rulesAndMessages(r.rejections());
        if (common != null) {
            return common;
        }
        if (r.fileRefused()) {
            refused++;
            return null;
        }
        Set<Integer> rejectedRows = new HashSet<>();
        r.rejections().stream().map(Rejection::rowNumber).filter(Objects::nonNull).forEach(rejectedRows::add);
        return r.accepted() + rejectedRows.size() == r.received() ? null
                : "accepted " + r.accepted() + " + rejected " + rejectedRows.size() + " != received " + r.received();
    }

    private static String rulesAndMessages(List<Rejection> rejections) {
        for (Rejection j : rejections) {
            if (j.rule() == null || j.message() == null || j.message().isBlank()) {
                return "a rejection without a rule or message";
            }
        }
        return null;
    }

    static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int steps = 1 + random.nextInt(4);
        for (int s = 0; s < steps; s++) {
            int at = b.length == 0 ? 0 : random.nextInt(b.length);
            switch (random.nextInt(7)) {
                case 0 -> { // flip bits
                    if (b.length > 0) {
                        b[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> b = splice(b, at, at, randomBytes(random, 1 + random.nextInt(16)));
                case 2 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), new byte[0]);
                case 3 -> { // repeat a stretch (long rows, many rows)
                    int end = Math.min(b.length, at + 1 + random.nextInt(200));
                    byte[] part = java.util.Arrays.copyOfRange(b, at, end);
                    byte[] rep = new byte[part.length * (1 + random.nextInt(50))];
                    for (int k = 0; k < rep.length; k += Math.max(1, part.length)) {
                        System.arraycopy(part, 0, rep, k, Math.min(part.length, rep.length - k));
                    }
                    b = splice(b, end, end, rep);
                }
                case 4 -> b = java.util.Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length)); // truncate
                case 5 -> b = splice(b, at, at, HOSTILE[random.nextInt(HOSTILE.length)].getBytes(StandardCharsets.UTF_8));
                default -> { // overwrite a 4-byte field with an extreme integer (lengths, offsets)
                    if (b.length >= at + 4) {
                        int v = new int[] {-1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 1 << 30}[random.nextInt(5)];
                        b[at] = (byte) v;
                        b[at + 1] = (byte) (v >> 8);
                        b[at + 2] = (byte) (v >> 16);
                        b[at + 3] = (byte) (v >> 24);
                    }
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private List<Seed> seeds() throws Exception {
        List<Seed> seeds = new ArrayList<>();
        String csv = ReturnFileValidatorTest.HEADER + "805,2026-10,REREFERRAL_PCT,45,200,22.5,,\n806,2026-09,NFA_PCT,,,3.3,,note\n"
                + "E06000001,2026-Q3,SW_CASELOAD_AVG,,,17.25,,\n805,2026-10,CPP_2YRS_PCT,,,,c,\n";
        seeds.add(new Seed("long.csv", csv.getBytes(StandardCharsets.UTF_8), false));
        seeds.add(new Seed("wide.csv", "la_code,period,NFA_PCT,SW_CASELOAD_AVG\n805,2026-09,3.3,17\n805,2026-10,c,18.5\n"
                .getBytes(StandardCharsets.UTF_8), false));
        seeds.add(new Seed("return.xlsx", xlsx(), false));
        seeds.add(new Seed("return.parquet", ParquetTableReaderTest.parquet(dir, "select * from (values "
                + "('805', '2026-10', 'NFA_PCT', null::bigint, null::bigint, 6.5, null::varchar),"
                + "('806', '2026-09', 'REFERRALS_RATE', 1234::bigint, 250000::bigint, null, null)) "
                + "t(la_code, period, indicator, numerator, denominator, value, status)"), false));
        ArrowTableReaderTest arrow = new ArrowTableReaderTest();
        arrow.dir = dir;
        seeds.add(new Seed("return.arrow", arrow.write(ArrowTableReaderTest.Format.FILE), false));
        seeds.add(new Seed("return.arrows", arrow.write(ArrowTableReaderTest.Format.STREAM), false));
        Path demo = dir.resolve("demo");
        new DemoGenerator(new DemoSettings(3, YearMonth.of(2026, 10), 1)).write(demo, dir.resolve("truth"));
        try (Stream<Path> notes = Files.walk(demo.resolve("notes"))) {
            for (Path p : notes.filter(Files::isRegularFile).toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".csv") || n.endsWith(".xlsx")) {
                    seeds.add(new Seed(n, Files.readAllBytes(p), true));
                }
            }
        }
        return seeds;
    }

    private static byte[] xlsx() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("return");
            Object[][] rows = {{"la_code", "period", "indicator", "value"}, {"805", "2026-10", "NFA_PCT", 6.5},
                    {"806", "2026-09", "SW_CASELOAD_AVG", 17.0}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
