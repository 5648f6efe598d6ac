package uk.beacon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.outputs.WarehouseSnapshot;
import uk.beacon.sql.NumberText;
import uk.beacon.sql.SqlSession;
import uk.beacon.sql.SqlShell;

/**
 * {@code beacon sql} on the demo warehouse, as a data lead uses it: read-only and without file
 * access, several statements, exports that read back equal, the worked questions, the snapshot
 * answering while a run holds the warehouse, and a reference import that would have replaced
 * the demo's authorities refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SqlOnTheDemoTest {

    @TempDir
    static Path dir;
    static String db;
    static String[] folders;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void demoCycle() {
        db = dir.resolve("w.duckdb").toString();
        folders = new String[] {"--warehouse", db, "--inbox", dir.resolve("inbox").toString(), "--out", dir.resolve("out").toString(),
                "--work", dir.resolve("work").toString()};
        assertThat(Main.execute("demo", "--months", "14", "--inbox", dir.resolve("inbox").toString(), "--truth",
                dir.resolve("truth").toString())).isZero();
        Result run = beacon(MainTest.concat(new String[] {"run", "--period", "2026-10", "--as-of", "2026-11-23"}, folders));
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(run.out()).contains("Snapshot for queries");
    }

    static synchronized Result beacon(String... args) {
        return beaconWithInput(null, args);
    }

    static synchronized Result beaconWithInput(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        if (stdin != null) {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            int code = Main.execute(args);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    static Result sql(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "sql";
        all[1] = "--warehouse";
        all[2] = db;
        System.arraycopy(args, 0, all, 3, args.length);
        return beacon(all);
    }

    @Test
    @Order(1)
    void writesAndFilesOutsideTheWarehouseAreRefusedWithASentence() {
        for (String write : List.of("create table main.x as select 1", "drop table marts.concern_assessment",
                "insert into marts.rejections select * from marts.rejections", "update marts.concern_assessment set score = 0",
                "select 1; delete from raw.return_values")) {
            Result r = sql(write);
            assertThat(r.code()).as(write).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(write).startsWith("beacon: beacon sql is read-only").contains("--output FILE");
        }
        Path outside = dir.resolve("leak.csv");
        for (String files : List.of("select * from read_csv('/etc/passwd')", "copy marts.rejections to '" + outside + "'",
                "attach '" + dir.resolve("other.duckdb") + "' as other", "install httpfs")) {
            Result r = sql(files);
            assertThat(r.code()).as(files).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(files).contains("--allow-files");
        }
        assertThat(sql("set enable_external_access = true").err()).contains("locked");
        assertThat(outside).doesNotExist();
        assertThat(dir.resolve("other.duckdb")).doesNotExist();
        assertThat(sql("select count(*) > 0 as intact from marts.concern_assessment").out()).isEqualTo("intact\ntrue\n");
        // A temporary table is the session's own scratch space, gone when it ends.
        assertThat(sql("create temp table t as select 41 as x; select x + 1 as y from t").out()).isEqualTo("y\n42\n");

        Result allowed = sql("--allow-files", "copy (select 1 as x) to '" + outside + "'");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(outside).exists();
        assertThat(sql("--allow-files", "create table main.x as select 1").err()).contains("read-only");
    }

    @Test
    @Order(2)
    void severalStatementsFromTheLineAFileOrStandardInputEachPrintTheirResult() throws Exception {
        assertThat(sql("select 1 as a; select 'x;y' as b -- a comment; not a statement\n;").out()).isEqualTo("a\n1\n\nb\nx;y\n");
        Files.writeString(dir.resolve("q.sql"), "select 2 as a;\n\nselect 3 as b;\n");
        assertThat(sql("--file", dir.resolve("q.sql").toString()).out()).isEqualTo("a\n2\n\nb\n3\n");
        Result piped = beaconWithInput("select la_code from marts.concern_assessment where la_name = 'Dunecliffe' limit 1;",
                "sql", "--warehouse", db);
        assertThat(piped.out()).isEqualTo("la_code\n975\n");
        assertThat(beaconWithInput("  -- nothing\n", "sql", "--warehouse", db).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @Order(3)
    void aSqlErrorExitsTwoWithDuckDbsMessageOnOneLine() {
        Result r = sql("select la_code from marts.concern_assessment; selec 1");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("beacon: Parser Error: syntax error at or near \"selec\"").hasLineCount(1);
        Result missing = sql("select nope from marts.concern_assessment");
        assertThat(missing.err()).contains("nope").hasLineCount(1);
        assertThat(sql("--format", "yaml", "select 1").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(sql("--format", "parquet", "select 1").err()).contains("--output FILE");
    }

    @Test
    @Order(4)
    void numbersArePrintedAsPeopleReadThem() {
        String q = "select 20.450000000000003::double as x, 0.1::double + 0.2::double as y, 1e20::double as z, 1/3 as third,"
                + " 12 as i, 1.50::decimal(5,2) as d, null::double as n";
        assertThat(sql(q).out()).isEqualTo("x,y,z,third,i,d,n\n20.45,0.3,100000000000000000000,0.333333333333333,12,1.50,\n");
        assertThat(sql("--format", "json", q).out())
                .isEqualTo("[\n{\"x\":20.45,\"y\":0.3,\"z\":100000000000000000000,\"third\":0.333333333333333,\"i\":12,\"d\":1.50,\"n\":null}\n]\n");
        assertThat(sql("--format", "table", "select 20.450000000000003::double as x, 'a' as name").out())
                .isEqualTo(" x     | name\n-------+------\n 20.45 | a\n(1 row)\n");
        assertThat(NumberText.of(-0.0)).isEqualTo("0");
        assertThat(NumberText.of(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    @Order(5)
    void exportsReadBackEqualToTheMart() throws Exception {
        Path parquet = dir.resolve("comparison.parquet");
        Result p = sql("--output", parquet.toString(), "select * from marts.authority_comparison");
        assertThat(p.code()).as(p.err()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("attach '" + db + "' as w (read_only)");
            String back = "read_parquet('" + parquet + "')";
            try (ResultSet rs = s.executeQuery("select (select count(*) from " + back + "), (select count(*) from w.marts.authority_comparison),"
                    + " (select count(*) from (select * from " + back + " except all select * from w.marts.authority_comparison)),"
                    + " (select count(*) from (select * from w.marts.authority_comparison except all select * from " + back + "))")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive().isEqualTo(rs.getLong(2));
                assertThat(rs.getLong(3)).isZero();
                assertThat(rs.getLong(4)).isZero();
            }
            s.execute("detach w");
        }

        String query = "select * from marts.concern_assessment where period >= '2026-07' order by la_code, period";
        Path xlsx = dir.resolve("concern.xlsx");
        assertThat(sql("--output", xlsx.toString(), query).code()).isZero();
        List<CSVRecord> csv = CSVFormat.RFC4180.parse(new StringReader(sql(query).out())).getRecords();
        assertThat(csv).hasSizeGreaterThan(30);
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(csv.size());
            for (int r = 0; r < csv.size(); r++) {
                Row row = sheet.getRow(r);
                for (int col = 0; col < csv.get(r).size(); col++) {
                    Cell cell = row.getCell(col);
                    String text = cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? NumberText.of(cell.getNumericCellValue())
                            : cell.getCellType() == CellType.BOOLEAN ? String.valueOf(cell.getBooleanCellValue()) : cell.getStringCellValue();
                    assertThat(text).as("row %d column %d", r, col).isEqualTo(csv.get(r).get(col));
                }
            }
        }
        Path two = dir.resolve("two.xlsx");
        assertThat(sql("--format", "xlsx", "--output", two.toString(), "select 1 as a; select 2 as b").code()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(two.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
        }
    }

    @Test
    @Order(6)
    void everyWorkedQuestionRuns() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "worked-questions.md"));
        Matcher m = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int questions = 0;
        while (m.find()) {
            String q = m.group(1);
            Result r = sql(q);
            assertThat(r.code()).as(q + "\n" + r.err()).isZero();
            if (!q.contains("may be empty")) {
                assertThat(r.out().lines().count()).as("an answer from the demo to:\n" + q).isGreaterThan(1);
            }
            questions++;
        }
        assertThat(questions).isGreaterThanOrEqualTo(12);
    }

    @Test
    @Order(7)
    void theSnapshotOpensInOlderDuckDbAndItsParquetCarriesTheDescriptions() throws Exception {
        Path snap = WarehouseSnapshot.latestDatabase(Path.of(db));
        assertThat(snap).exists();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("attach '" + snap + "' as snap (read_only)");
            try (ResultSet rs = s.executeQuery("select tags['storage_version'] from duckdb_databases() where database_name = 'snap'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(WarehouseSnapshot.STORAGE_VERSION + "+");
            }
            try (ResultSet rs = s.executeQuery("select comment from duckdb_columns() where database_name = 'snap'"
                    + " and schema_name = 'marts' and table_name = 'rejections' and column_name = 'file_kind'")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("what the file was");
            }
            Path parquet = snap.resolveSibling("marts").resolve("concern_assessment.parquet");
            try (ResultSet rs = s.executeQuery("select decode(value) from parquet_kv_metadata('" + parquet + "')"
                    + " where decode(key) = 'beacon.column.la_name'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("the authority's name");
            }
            try (ResultSet rs = s.executeQuery("select (select count(*) from read_parquet('" + parquet + "')),"
                    + " (select count(*) from snap.marts.concern_assessment)")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive().isEqualTo(rs.getLong(2));
            }
        }
    }

    @Test
    @Order(8)
    void theShellsDotCommandsDescribeTheMarts() throws Exception {
        {
            SqlShell shell = new SqlShell(() -> SqlSession.open(Path.of(db), false, null));
            String tables = uk.beacon.testing.StdOut.capture(() -> shell.dotCommand(".tables"));
            assertThat(tables).contains("marts.concern_assessment", "| authority and month");
            String schema = uk.beacon.testing.StdOut.capture(() -> shell.dotCommand(".schema concern_assessment"));
            assertThat(schema).contains("la_name", "the authority's name");
            shell.dotCommand(".mode csv");
            assertThat(uk.beacon.testing.StdOut.capture(() -> shell.dotCommand(".schema marts.rejections")))
                    .startsWith("table,column,type,meaning\n");
            assertThat(shell.dotCommand(".quit")).isFalse();
        }
    }

    @Test
    @Order(9)
    void theReadmesRealDataBlockRunAfterTheDemoRefusesAndSaysWhereToImport() throws Exception {
        Path dfe = uk.beacon.published.RealDataConformanceTestAccess.sharedData();
        assumeTrue(Files.isRegularFile(dfe.resolve("las.csv")), "Skipped: the DfE published data is not at " + dfe);
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains("W=\"--warehouse var/real/beacon.duckdb", "bin/beacon reference import $W");

        List<String> args = new ArrayList<>(List.of("reference", "import", "--warehouse", db, "--work", dir.resolve("work").toString()));
        for (String f : List.of("las", "regions", "region_la_hierarchy", "sn_model_2025_wide", "ons_mid-year_population_estimates_2012_to_2024")) {
            args.add(dfe.resolve(f + ".csv").toString());
        }
        Result r = beacon(args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("nothing was imported", "30 authorities (the demo's fictional ones)", "--warehouse var/real/beacon.duckdb",
                "--replace-authorities");
        assertThat(r.out()).as("no file is said to be imported").isEmpty();
        assertThat(beacon("explain", "--warehouse", db, "957", "2026-10").code()).isZero();
        assertThat(sql("select count(*) > 1000 as demo_intact from marts.indicator_values").out()).isEqualTo("demo_intact\ntrue\n");
    }

    /** Last: it runs the cycle again, in another process, and queries the snapshot meanwhile. */
    @Test
    @Order(10)
    void aQueryWhileACycleRunsIsAnsweredFromTheSnapshot() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--period", "2026-10", "--as-of", "2026-11-23"));
        cmd.addAll(List.of(folders));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("BEACON_LOG_LEVEL", "INFO");
        Process run = pb.start();
        AtomicBoolean holding = new AtomicBoolean();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader br = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = br.readLine()) != null; ) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (line.contains("Ingest done")) {
                        holding.set(true); // the run has the warehouse open from here to its end
                    }
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!holding.get() && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Result during = null;
        if (run.isAlive()) {
            during = sql("select count(*) as assessed from marts.concern_assessment where period = '2026-10'");
        }
        int code = run.waitFor(240, TimeUnit.SECONDS) ? run.exitValue() : -1;
        reader.join(5000);
        assertThat(code).as(log.toString()).isIn(ExitCodes.OK, ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(during).as("the run ended before a query could be tried").isNotNull();
        assertThat(during.code()).as(during.err()).isZero();
        assertThat(during.err()).contains("a run holds the warehouse; answering from the latest snapshot");
        assertThat(during.out()).isEqualTo("assessed\n30\n");
        assertThat(sql("select count(*) as assessed from marts.concern_assessment where period = '2026-10'").err())
                .as("after the run, the warehouse itself answers").isEmpty();
    }
}
