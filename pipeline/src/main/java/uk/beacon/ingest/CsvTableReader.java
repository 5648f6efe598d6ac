package uk.beacon.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in UTF-8 (with or without BOM) or Windows-1252 ({@link DecodedText}). Blank lines are
 * skipped; a quoted field may span lines, and a row's line is the line it starts on.
 */
final class CsvTableReader implements TableReader {

    @Override
    public Table read(byte[] bytes, String fileName) throws UnreadableFileException {
        DecodedText text = DecodedText.decode(bytes);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get()
                .parse(new StringReader(text.text()))) {
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
                if (first) {
                    header = cells;
                    first = false;
                } else {
                    rows.add(new Table.Row(line, cells));
                }
            }
            return new Table(null, text.encoding(), header, rows);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("not valid CSV (" + e.getMessage() + ")", e);
        }
    }
}
