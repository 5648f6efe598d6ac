package uk.beacon.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.ss.usermodel.Workbook;
import uk.beacon.ingest.RejectionCsv;
import uk.beacon.cells.CellText;

/**
 * The numbers behind a report, for people who want them: CSV and XLSX companions of its
 * tables. Numbers go into XLSX as numbers (so they sum and sort), everything else as text,
 * formula-neutralised and cut to fit a cell ({@link CellText}).
 */
final class TableCompanions {

    private TableCompanions() {
    }

    static void csv(Path file, String[] header, List<String[]> rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < header.length; i++) {
                w.write((i > 0 ? "," : "") + RejectionCsv.quote(header[i]));
            }
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
        xlsx(file, sheetName, marking, header, rows, null);
    }

    /**
     * As above; text longer than a cell holds is cut with a marker naming {@code whereWhole}
     * (where the whole text can be read), and every text cell is formula-neutralised ({@link CellText}).
     */
    static void xlsx(Path file, String sheetName, String marking, String[] header, List<String[]> rows, String whereWhole)
            throws IOException {
        xlsx(file, sheetName, marking, header, rows, whereWhole, null);
    }

    /**
     * As above, encrypted with {@code password} when it is not null: ECMA-376 agile encryption,
     * AES-256 with SHA-512 (Excel 2010 and later, LibreOffice open it with the password). The
     * workbook is encrypted in memory; the unencrypted XLSX never touches disk.
     *
     * <p>Rows are streamed (SXSSF: the DOM-based XSSF workbook cost about 1.5 s of the national
     * pack for ten small tables), and the streamed rows' temporary files are themselves
     * encrypted with a throw-away key ({@link SXSSFWorkbookWithCustomZipEntrySource}), so no
     * table, restricted or not, is ever written to disk in plain text on its way.
     */
    static void xlsx(Path file, String sheetName, String marking, String[] header, List<String[]> rows, String whereWhole,
                     char[] password) throws IOException {
        Files.createDirectories(file.getParent());
        SXSSFWorkbookWithCustomZipEntrySource wb = new SXSSFWorkbookWithCustomZipEntrySource();
        try {
            fill(wb, sheetName, marking, header, rows, whereWhole);
            if (password == null) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
                return;
            }
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512, -1, -1, null);
                Encryptor encryptor = info.getEncryptor();
                encryptor.confirmPassword(new String(password));
                try (OutputStream data = encryptor.getDataStream(fs)) {
                    wb.write(data);
                } catch (java.security.GeneralSecurityException e) {
                    throw new IOException("could not encrypt " + file.getFileName() + ": " + e.getMessage(), e);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    fs.writeFilesystem(out);
                }
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        } finally {
            wb.dispose(); // removes the streamed rows' temporary files
            wb.close();
        }
    }

    private static void fill(Workbook wb, String sheetName, String marking, String[] header, List<String[]> rows, String whereWhole) {
        Sheet sheet = wb.createSheet(sheetName);
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        // TLP 2.0: the marking goes at the top of the document.
        Row top = sheet.createRow(0);
        top.createCell(0).setCellValue(CellText.xlsx(marking, null));
        top.getCell(0).setCellStyle(bold);
        Row h = sheet.createRow(1);
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(CellText.xlsx(header[i], null));
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
                    row.createCell(i).setCellValue(r[i] == null ? "" : CellText.xlsx(r[i], whereWhole));
                }
            }
        }
        sheet.createFreezePane(0, 2);
        for (int i = 0; i < header.length; i++) {
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, header[i].length() + 4)) * 256);
        }
    }

    private static Double number(String s) {
        if (!CellText.isNumber(s)) {
            return null;
        }
        return Double.parseDouble(s);
    }
}
