package uk.beacon.sql;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import uk.beacon.cells.CellText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Results as an XLSX workbook: one sheet per result, a bold header row, numbers as numbers (see {@link NumberText}). */
public final class XlsxExport implements AutoCloseable {

    /** Excel's own limit on rows in a sheet. */
    private static final int MAX_ROWS = 1_048_576;

    private final SXSSFWorkbook book = new SXSSFWorkbook(500);
    private final CellStyle bold;

    public XlsxExport() {
        Font f = book.createFont();
        f.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(f);
    }

    /** Adds the result as a sheet; returns its row count. */
    public long add(ResultSet rs, String sheetName) throws SQLException {
        Sheet sheet = book.createSheet(sheetName);
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        Row head = sheet.createRow(0);
        for (int i = 0; i < n; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(CellText.xlsx(md.getColumnLabel(i + 1), "the query")); // neutralised like every XLSX Beacon writes
            c.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        while (rs.next()) {
            if (r >= MAX_ROWS) {
                throw new SQLException("The result has more rows than an XLSX sheet holds (" + (MAX_ROWS - 1)
                        + "): write it as Parquet or CSV instead.");
            }
            Row row = sheet.createRow(r++);
            for (int i = 0; i < n; i++) {
                Object v = rs.getObject(i + 1);
                if (v == null) {
                    continue;
                }
                BigDecimal d = NumberText.decimal(v);
                Cell c = row.createCell(i);
                if (d != null) {
                    c.setCellValue(d.doubleValue());
                } else if (v instanceof Boolean b) {
                    c.setCellValue(b);
                } else {
                    c.setCellValue(CellText.xlsx(v.toString(), "the query run again with --format csv"));
                }
            }
        }
        return r - 1L;
    }

    public void write(Path file) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            book.write(o);
        }
    }

    @Override
    public void close() throws IOException {
        book.close();
    }
}
