package uk.beacon.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An XLSX workbook. {@link #readSheets} reads every sheet (returns loads them all, each sheet's
 * layout detected on its own); {@link #read} the sheet named {@code return} (any case), else the
 * first sheet. A sheet is streamed through POI's SAX event API: its XML is never built into a DOM (which takes many
 * times the file's size), only the cells' text is kept. Unzipping is bounded by POI's zip-bomb
 * limits, left at their defaults. Cells read as Excel shows them; blank rows are skipped and a
 * row's line is its spreadsheet row number.
 */
final class XlsxTableReader implements TableReader {

    private static final String PREFERRED_SHEET = "return";

    @Override
    public Table read(byte[] bytes, String fileName) throws UnreadableFileException {
        try (OPCPackage pkg = open(bytes)) {
            XSSFReader workbook = new XSSFReader(pkg);
            List<String> names = sheetNames(workbook);
            int chosen = chooseSheet(names);
            return readSheet(workbook, new ReadOnlySharedStringsTable(pkg, false), names.get(chosen), chosen);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UnreadableFileException("not a readable XLSX workbook (" + firstLine(e) + ")", e);
        }
    }

    /**
     * Every sheet of the workbook, in workbook order. A sheet whose XML cannot be parsed is
     * returned as unreadable with the reason, so the others can still be loaded; a workbook that
     * cannot be opened at all, or has no sheets, is unreadable as a whole.
     */
    @Override
    public List<SheetRead> readSheets(byte[] bytes, String fileName) throws UnreadableFileException {
        try (OPCPackage pkg = open(bytes)) {
            XSSFReader workbook = new XSSFReader(pkg);
            List<String> names = sheetNames(workbook);
            chooseSheet(names); // refuses a workbook without sheets
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            List<SheetRead> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                try {
                    out.add(SheetRead.of(readSheet(workbook, strings, names.get(i), i)));
                } catch (IOException | SAXException | RuntimeException e) {
                    out.add(SheetRead.unreadable(names.get(i), "its content cannot be read (" + firstLine(e) + ")"));
                }
            }
            return out;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UnreadableFileException("not a readable XLSX workbook (" + firstLine(e) + ")", e);
        }
    }

    private static OPCPackage open(byte[] bytes) throws UnreadableFileException, IOException, OpenXML4JException {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw new UnreadableFileException(describeOle2(bytes), null);
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableFileException("not an XLSX workbook (the file is not a zip archive; it may be another"
                    + " type of file renamed .xlsx): open it in Excel and save it as Excel Workbook (.xlsx)", null);
        }
        return OPCPackage.open(new ByteArrayInputStream(bytes));
    }

    private static Table readSheet(XSSFReader workbook, ReadOnlySharedStringsTable strings, String name, int index)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        SheetRows rows = new SheetRows();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(workbook.getStylesTable(), null,
                strings, rows, new ExcelFormatter(), false));
        try (InputStream data = sheetData(workbook, index)) {
            parser.parse(new InputSource(data));
        }
        return new Table(name, null, rows.header == null ? List.of() : rows.header, rows.rows);
    }

    /** An encrypted workbook is an OLE2 container, not a zip; so is an old .xls renamed .xlsx. */
    private static String describeOle2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return "the workbook is password-protected: save an unprotected copy and send that";
            }
        } catch (IOException | RuntimeException e) {
            // Not even a sound OLE2 file: the message below still tells the sender what to do.
        }
        return "an old-style Excel 97-2003 file named .xlsx: save it as Excel Workbook (.xlsx) or CSV";
    }

    private static List<String> sheetNames(XSSFReader workbook) throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        for (XSSFReader.SheetIterator it = workbook.getSheetIterator(); it.hasNext(); ) {
            it.next().close();
            names.add(it.getSheetName());
        }
        return names;
    }

    private static int chooseSheet(List<String> names) throws UnreadableFileException {
        if (names.isEmpty()) {
            throw new UnreadableFileException("the workbook has no sheets: put the return on a sheet named '"
                    + PREFERRED_SHEET + "' or on the first sheet", null);
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(PREFERRED_SHEET)) {
                return i;
            }
        }
        return 0;
    }

    private static InputStream sheetData(XSSFReader workbook, int index) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator it = workbook.getSheetIterator();
        for (int i = 0; i < index; i++) {
            it.next().close();
        }
        return it.next();
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * Excel's display format, in UK conventions whatever the server's locale, except for
     * "General": POI renders it as a default-width column would (10 significant digits, then
     * scientific), but a column's width must not change a figure, so General numbers get
     * Excel's own full-precision text (15 significant digits, no trailing ".0").
     */
    private static final class ExcelFormatter extends DataFormatter {

        ExcelFormatter() {
            super(Locale.UK);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if ("General".equalsIgnoreCase(formatString) || "@".equals(formatString)) {
                return NumberToTextConverter.toText(value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /**
     * Collects rows as the SAX handler reports them. The handler reports only cells that exist,
     * so each value is placed by its cell reference and gaps become empty strings.
     */
    private static final class SheetRows implements SheetContentsHandler {

        List<String> header;
        final List<Table.Row> rows = new ArrayList<>();
        private List<String> cells;
        private int line;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            line = rowNum + 1;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            // Some writers omit references; the cell then follows the previous one.
            int column = cellReference == null ? cells.size() : new CellAddress(cellReference).getColumn();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (header == null) {
                header = cells;
                return;
            }
            while (cells.size() < header.size()) {
                cells.add("");
            }
            rows.add(new Table.Row(line, cells));
        }
    }
}
