package uk.beacon.fault;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import uk.beacon.render.Manifest;
import uk.beacon.render.ManifestEntry;

/**
 * What "the same results" means for the fault suite and the determinism test: every data
 * table's content hash (an ordered scan, without the columns that record when or by which
 * execution something was received: those legitimately differ) and every output's text.
 */
public final class Fingerprints {

    /** Columns that say when, where or by which execution a file arrived, not what it holds. */
    private static final List<String> RECEIPT_COLUMNS = List.of("received_at", "job_execution_id", "archived_path", "run_id");

    private Fingerprints() {
    }

    /** Table name → md5 of its rows (sorted), for every table in the data schemas. */
    public static Map<String, String> warehouse(Connection c) throws Exception {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select schema_name || '.' || table_name, column_name, data_type from duckdb_columns()
                where schema_name in ('raw','ref','staging','core','signals','marts')
                order by schema_name, table_name, column_index""")) {
            while (rs.next()) {
                List<String> cols = columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                String name = rs.getString(2);
                if (!RECEIPT_COLUMNS.contains(name) && !rs.getString(3).startsWith("TIMESTAMP")) {
                    cols.add('"' + name + '"');
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, List<String>> t : columns.entrySet()) {
            String select = t.getValue().isEmpty() ? "1" : String.join(", ", t.getValue());
            String sql = "select count(*) || ':' || coalesce(md5(string_agg(cast(r as varchar), chr(10) order by cast(r as varchar))), '') "
                    + "from (select " + select + " from " + t.getKey() + ") r";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                out.put(t.getKey(), rs.getString(1));
            }
        }
        return out;
    }

    /** Output path (inside the published folder) → its text: PDF text, XLSX cells, CSV and text as they are. */
    public static Map<String, String> outputs(Path published, char[] password) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (ManifestEntry e : Manifest.read(published.resolve(Manifest.FILE_NAME))) {
            out.put(e.path(), maskReceipt(text(published.resolve(e.path()), password)));
        }
        return out;
    }

    public static String text(Path file, char[] password) throws Exception {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument d = password == null ? Loader.loadPDF(file.toFile()) : Loader.loadPDF(file.toFile(), new String(password))) {
                return new PDFTextStripper().getText(d);
            }
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder b = new StringBuilder();
            try (InputStream in = Files.newInputStream(file);
                 Workbook wb = password == null ? WorkbookFactory.create(in) : WorkbookFactory.create(in, new String(password))) {
                for (Sheet sheet : wb) {
                    b.append("## ").append(sheet.getSheetName()).append('\n');
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            b.append(cell.getAddress()).append('=').append(cell.getCellType()).append(':').append(cell).append('\t');
                        }
                        b.append('\n');
                    }
                }
            }
            return b.toString();
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The time a file was received (ISO in CSVs, "received 3 Nov 2026 10:25" in summaries): the clock, not the data. */
    static String maskReceipt(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?", "<received>")
                .replaceAll("received \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}", "received <time>");
    }
}
