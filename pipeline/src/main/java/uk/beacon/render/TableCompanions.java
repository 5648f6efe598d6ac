package uk.beacon.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.beacon.ingest.RejectionCsv;

/**
 * The numbers behind a report, for people who want them: CSV and XLSX companions of its
 * tables. Numbers go into XLSX as numbers (so they sum and sort), everything else as text.
 */
final class TableCompanions {

    private TableCompanions() {
    }

    static void csv(Path file, String[] header, List<String[]> rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header));
            w.write('\n');
            for (String[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    w.write((i > 0 ? "," : "") + RejectionCsv.quote(r[i]));
                }
                w.write('\n');
            }
        }
    }

    static void xlsx(Path file, String sheetName, String marking, String[] header, List<String[]> rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            // TLP 2.0: the marking goes at the top of the document.
            Row top = sheet.createRow(0);
            top.createCell(0).setCellValue(marking);
            top.getCell(0).setCellStyle(bold);
            Row h = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                h.getCell(i).setCellStyle(bold);
            }
            int n = 2;
            for (String[] r : rows) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < r.length; i++) {
                    Double number = number(r[i]);
                    if (number != null) {
                        row.createCell(i).setCellValue(number);
                    } else {
                        row.createCell(i).setCellValue(r[i] == null ? "" : r[i]);
                    }
                }
            }
            sheet.createFreezePane(0, 2);
            for (int i = 0; i < header.length; i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, header[i].length() + 4)) * 256);
            }
            wb.write(out);
        }
    }

    private static Double number(String s) {
        if (s == null || s.isBlank() || !s.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return Double.parseDouble(s);
    }
}
