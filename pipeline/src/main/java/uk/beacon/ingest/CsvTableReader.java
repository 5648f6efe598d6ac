package uk.beacon.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in UTF-8 (with or without BOM) or Windows-1252 (told apart as {@link DecodedText} does).
 * The bytes are decoded as they are parsed, never into one string, and every row is checked
 * against the {@link ReadLimits} as it is read. Blank lines are skipped; a quoted field may
 * span lines, and a row's line is the line it starts on.
 */
final class CsvTableReader implements TableReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public Table read(byte[] bytes, String fileName, ReadLimits limits) throws UnreadableFileException {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        String encoding = bom ? "UTF-8 (BOM)" : isUtf8(bytes) ? "UTF-8" : "windows-1252";
        InputStream in = new ByteArrayInputStream(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        Reader reader = new InputStreamReader(in, encoding.startsWith("UTF-8") ? StandardCharsets.UTF_8 : WINDOWS_1252);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get()
                .parse(reader)) {
            Iterator<CSVRecord> it = parser.iterator();
            List<String> header = List.of();
            List<Table.Row> rows = new ArrayList<>();
            long previousEnd = 0;
            boolean first = true;
            while (it.hasNext()) {
                CSVRecord r = it.next();
                // Empty lines come through as records (ignoreEmptyLines is off) so line numbers stay exact.
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                List<String> cells = r.toList();
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                check(cells, line, limits);
                if (first) {
                    header = cells;
                    first = false;
                } else {
                    if (rows.size() >= limits.maxRows()) {
                        throw new TooLargeException(limits.tooManyRows("the file"));
                    }
                    rows.add(new Table.Row(line, cells));
                }
            }
            return new Table(null, encoding, header, rows);
        } catch (TooLargeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("not valid CSV (" + e.getMessage() + ")", e);
        }
    }

    private static void check(List<String> cells, int line, ReadLimits limits) throws TooLargeException {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c == null || c.isEmpty()) {
                continue;
            }
            if (i >= limits.maxColumns() && !c.isBlank()) {
                throw new TooLargeException(limits.tooWide("a value on line " + line, i + 1));
            }
            if (c.length() > limits.maxCellCharacters()) {
                throw new TooLargeException(limits.cellTooLong("column " + (i + 1) + " of line " + line, c.length()));
            }
        }
    }

    /** Strict UTF-8 check in 64 KB steps: no string of the whole file is built. */
    static boolean isUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        return !d.flush(out).isError();
    }
}
