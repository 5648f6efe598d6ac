package uk.beacon.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.MessageChannelReader;
import org.apache.arrow.vector.ipc.message.MessageResult;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.util.ByteArrayReadableSeekableByteChannel;

/**
 * Arrow IPC, in the file format (Feather V2, magic {@code ARROW1}) or the stream format, told
 * apart by their first bytes. The header is the field names; each value becomes the text a CSV
 * export would hold; a record's line is its index + 2, as if the header were line 1.
 * Dictionary-encoded columns (R factors, pandas categoricals) are decoded to their values.
 */
final class ArrowTableReader implements TableReader {

    private static final byte[] FILE_MAGIC = "ARROW1".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Table read(byte[] bytes, String fileName, ReadLimits limits) throws UnreadableFileException {
        // Off-heap memory one file may use: the cap turns a damaged length field into a clean refusal.
        boolean fileFormat = bytes.length >= FILE_MAGIC.length
                && Arrays.equals(bytes, 0, FILE_MAGIC.length, FILE_MAGIC, 0, FILE_MAGIC.length);
        if (!fileFormat && !(bytes.length >= 8 && intAt(bytes, 0) == MessageSerializer.IPC_CONTINUATION_TOKEN)) {
            throw new UnreadableFileException("not an Arrow IPC file or stream (it does not start the way Arrow data does):"
                    + " export it again as Arrow IPC or Feather version 2", null);
        }
        try (BufferAllocator allocator = new RootAllocator(limits.arrowMaxMemoryBytes());
             ArrowReader reader = fileFormat
                     ? new ArrowFileReader(new ByteArrayReadableSeekableByteChannel(bytes), allocator, CommonsCompressionFactory.INSTANCE)
                     : new ArrowStreamReader(new BoundedMessageReader(bytes, allocator), allocator, CommonsCompressionFactory.INSTANCE)) {
            return readAll(reader, limits);
        } catch (LimitExceeded e) {
            throw new TooLargeException(e.getMessage());
        } catch (org.apache.arrow.memory.OutOfMemoryException e) {
            throw new TooLargeException("reading it needs more memory than Beacon allows (arrow.max-memory-megabytes)");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("not a readable Arrow IPC file ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }

    private static Table readAll(ArrowReader reader, ReadLimits limits) throws IOException {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        List<String> header = root.getSchema().getFields().stream().map(Field::getName).toList();
        if (header.size() > limits.maxColumns()) {
            throw new LimitExceeded(limits.tooWide("the last column", header.size()));
        }
        List<Table.Row> rows = new ArrayList<>();
        while (reader.loadNextBatch()) {
            // A damaged file can state offsets and lengths beyond its buffers; reading such a value
            // would allocate whatever it says on the heap. Check every buffer against its vector first.
            for (FieldVector v : root.getFieldVectors()) {
                v.validateFull();
            }
            List<ValueVector> decoded = new ArrayList<>();
            try {
                List<ValueVector> columns = new ArrayList<>();
                for (FieldVector v : root.getFieldVectors()) {
                    DictionaryEncoding encoding = v.getField().getDictionary();
                    if (encoding == null) {
                        columns.add(v);
                    } else {
                        ValueVector values = DictionaryEncoder.decode(v, reader.getDictionaryVectors().get(encoding.getId()));
                        decoded.add(values);
                        columns.add(values);
                    }
                }
                for (int i = 0; i < root.getRowCount(); i++) {
                    if (rows.size() >= limits.maxRows()) {
                        throw new LimitExceeded(limits.tooManyRows("the file"));
                    }
                    List<String> cells = new ArrayList<>(columns.size());
                    for (ValueVector column : columns) {
                        if (column instanceof org.apache.arrow.vector.BaseVariableWidthVector w && !w.isNull(i)
                                && w.getValueLength(i) > limits.maxCellCharacters() * 4L) {
                            throw new LimitExceeded(limits.cellTooLong("column '" + column.getField().getName() + "' of record "
                                    + (rows.size() + 1), w.getValueLength(i)));
                        }
                        String t = text(column, i);
                        if (t.length() > limits.maxCellCharacters()) {
                            throw new LimitExceeded(limits.cellTooLong("column '" + column.getField().getName() + "' of record "
                                    + (rows.size() + 1), t.length()));
                        }
                        cells.add(t);
                    }
                    rows.add(new Table.Row(rows.size() + 2, cells));
                }
            } finally {
                decoded.forEach(ValueVector::close);
            }
        }
        return new Table(null, null, header, rows);
    }

    /** The value as a CSV export would write it: no ".0" on whole numbers, no exponent on ordinary ones. */
    private static String text(ValueVector column, int index) {
        if (column.isNull(index)) {
            return "";
        }
        Object value = column.getObject(index);
        if (column instanceof DateDayVector) {
            return LocalDate.ofEpochDay((Integer) value).toString();
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            // valueOf keeps the double's shortest decimal text, so 0.1 stays 0.1.
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Float f && Float.isFinite(f)) {
            return new BigDecimal(f.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    private static int intAt(byte[] bytes, int at) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(at);
    }

    /**
     * Checks each stream message's stated length against the bytes left before Arrow reads it:
     * Arrow allocates the stated length on the heap first, so a damaged length could exhaust it.
     */
    private static final class BoundedMessageReader extends MessageChannelReader {

        private final byte[] bytes;

        BoundedMessageReader(byte[] bytes, BufferAllocator allocator) {
            super(new ReadChannel(Channels.newChannel(new ByteArrayInputStream(bytes))), allocator);
            this.bytes = bytes;
        }

        @Override
        public MessageResult readNext() throws IOException {
            int at = (int) bytesRead();
            int remaining = bytes.length - at;
            if (remaining >= 4) {
                int prefix = remaining >= 8 && intAt(bytes, at) == MessageSerializer.IPC_CONTINUATION_TOKEN ? 8 : 4;
                int length = intAt(bytes, at + prefix - 4);
                if (length < 0 || length > remaining - prefix) {
                    throw new IOException("the message at byte " + at + " runs past the end of the file; the file is damaged");
                }
            }
            return super.readNext();
        }
    }
}
