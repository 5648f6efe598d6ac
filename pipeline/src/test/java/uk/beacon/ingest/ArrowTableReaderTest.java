package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Arrow IPC returns, file and stream format, written here with Arrow's own writers. */
class ArrowTableReaderTest {

    @TempDir
    Path dir;

    final ArrowTableReader reader = new ArrowTableReader();

    /** Long layout: text, int, bigint and double columns, nulls where a CSV would have empty cells. */
    static final Object[][] ROWS = {
            {"805", "2026-10", "REREFERRAL_PCT", 45, 200L, 22.5, null, null},
            {"805", "2026-10", "REFERRALS_RATE", 1234, 250_000L, null, null, "our note"},
            {"E06000001", "2026-Q3", "SW_CASELOAD_AVG", null, null, 17.25, null, null},
            {"805", "2026", "COMPLAINTS_COUNT", null, null, 12_345_678.0, null, null},
            {"805", "2026-10", "CPP_2YRS_PCT", null, null, null, "c", null},
    };

    enum Format { FILE, STREAM, FILE_LZ4 }

    byte[] write(Format format) throws Exception {
        Path file = dir.resolve("return." + format);
        try (BufferAllocator allocator = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.of(
                     new VarCharVector("la_code", allocator), new VarCharVector("period", allocator),
                     new VarCharVector("indicator", allocator), new IntVector("numerator", allocator),
                     new BigIntVector("denominator", allocator), new Float8Vector("value", allocator),
                     new VarCharVector("status", allocator), new VarCharVector("comment", allocator));
             OutputStream out = Files.newOutputStream(file)) {
            for (int r = 0; r < ROWS.length; r++) {
                for (int c = 0; c < ROWS[r].length; c++) {
                    set(root.getVector(c), r, ROWS[r][c]);
                }
            }
            root.setRowCount(ROWS.length);
            try (ArrowWriter writer = switch (format) {
                case FILE -> new ArrowFileWriter(root, null, Channels.newChannel(out));
                case STREAM -> new ArrowStreamWriter(root, null, out);
                case FILE_LZ4 -> new ArrowFileWriter(root, null, Channels.newChannel(out), Map.of(), IpcOption.DEFAULT,
                        CommonsCompressionFactory.INSTANCE, CompressionUtil.CodecType.LZ4_FRAME);
            }) {
                writer.start();
                writer.writeBatch();
                writer.end();
            }
        }
        return Files.readAllBytes(file);
    }

    static void set(FieldVector v, int row, Object value) {
        if (value == null) {
            v.setNull(row);
        } else if (v instanceof VarCharVector s) {
            s.setSafe(row, value.toString().getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof IntVector i) {
            i.setSafe(row, (Integer) value);
        } else if (v instanceof BigIntVector b) {
            b.setSafe(row, (Long) value);
        } else if (v instanceof Float8Vector d) {
            d.setSafe(row, (Double) value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"FILE", "STREAM", "FILE_LZ4"})
    void readsTheFileAndStreamFormatsIntoTheSameTable(Format format) throws Exception {
        Table t = reader.read(write(format), "x.arrow");

        assertThat(t.sheet()).isNull();
        assertThat(t.encoding()).isNull();
        assertThat(t.header()).containsExactly("la_code", "period", "indicator", "numerator", "denominator", "value", "status", "comment");
        assertThat(t.rows()).extracting(Table.Row::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(t.rows()).extracting(Table.Row::cells).containsExactly(
                List.of("805", "2026-10", "REREFERRAL_PCT", "45", "200", "22.5", "", ""),
                List.of("805", "2026-10", "REFERRALS_RATE", "1234", "250000", "", "", "our note"),
                List.of("E06000001", "2026-Q3", "SW_CASELOAD_AVG", "", "", "17.25", "", ""),
                List.of("805", "2026", "COMPLAINTS_COUNT", "", "", "12345678", "", ""),
                List.of("805", "2026-10", "CPP_2YRS_PCT", "", "", "", "c", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FILE", "STREAM"})
    void aGoodFileIsAcceptedWithTheRightFigures(Format format) throws Exception {
        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(write(format), "x.feather", reader);

        assertThat(r.fileRefused()).isFalse();
        assertThat(r.rejections()).isEmpty();
        assertThat(r.layout()).isEqualTo("long");
        assertThat(r.sheet()).isNull();
        assertThat(r.accepted()).extracting(AcceptedFigure::rowNumber).containsExactly(2, 3, 4, 5, 6);
        assertThat(r.accepted()).extracting(AcceptedFigure::laCode).containsOnly("805");
        assertThat(r.accepted()).extracting(AcceptedFigure::value).containsExactly(22.5, null, 17.25, 12_345_678.0, null);
        assertThat(r.accepted().get(1).numerator()).isEqualTo(1234L);
        assertThat(r.accepted().get(1).denominator()).isEqualTo(250_000L);
        assertThat(r.accepted().get(1).comment()).isEqualTo("our note");
        assertThat(r.accepted().get(4).status()).isEqualTo("c");
    }

    /** As R writes factors and pandas writes categoricals; decimals keep the scale they were written with. */
    @Test
    void decodesDictionaryColumnsAndWritesDecimalsPlainly() throws Exception {
        Path file = dir.resolve("dictionary.arrow");
        try (BufferAllocator allocator = new RootAllocator();
             VarCharVector codes = new VarCharVector("codes", allocator);
             VarCharVector plain = new VarCharVector("indicator", allocator);
             DecimalVector value = new DecimalVector("value", allocator, 9, 2)) {
            for (int i = 0; i < 3; i++) {
                codes.setSafe(i, List.of("NFA_PCT", "CPP_RATE", "REREFERRAL_PCT").get(i).getBytes(StandardCharsets.UTF_8));
                plain.setSafe(i, (i == 2 ? "NFA_PCT" : "CPP_RATE").getBytes(StandardCharsets.UTF_8));
                value.setSafe(i, new BigDecimal(List.of("5.00", "40.10", "0.05").get(i)));
            }
            codes.setValueCount(3);
            plain.setValueCount(3);
            value.setValueCount(3);
            Dictionary dictionary = new Dictionary(codes, new DictionaryEncoding(1L, false, new ArrowType.Int(32, true)));
            try (FieldVector encoded = (FieldVector) DictionaryEncoder.encode(plain, dictionary);
                 VectorSchemaRoot root = new VectorSchemaRoot(List.of(encoded.getField(), value.getField()),
                         List.of(encoded, value), 3);
                 OutputStream out = Files.newOutputStream(file);
                 ArrowFileWriter writer = new ArrowFileWriter(root, new DictionaryProvider.MapDictionaryProvider(dictionary),
                         Channels.newChannel(out))) {
                writer.start();
                writer.writeBatch();
                writer.end();
            }
        }

        Table t = reader.read(Files.readAllBytes(file), "x.arrow");

        assertThat(t.header()).containsExactly("indicator", "value");
        assertThat(t.rows()).extracting(Table.Row::cells).containsExactly(
                List.of("CPP_RATE", "5.00"), List.of("CPP_RATE", "40.10"), List.of("NFA_PCT", "0.05"));
    }

    @Test
    void garbageAndDamagedFilesAreUnreadable() throws Exception {
        assertThat(f003("la_code,period\n805,2026-10\n".getBytes(StandardCharsets.UTF_8))).contains("not an Arrow IPC file");
        byte[] file = write(Format.FILE);
        assertThat(f003(Arrays.copyOf(file, file.length - 20))).contains("not a readable Arrow IPC file");
        // A stream whose first message claims 2 GB: refused before Arrow tries to allocate it.
        byte[] damaged = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(-1).putInt(Integer.MAX_VALUE).array();
        assertThat(f003(damaged)).contains("damaged");
    }

    String f003(byte[] bytes) {
        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(bytes, "x.arrow", reader);
        assertThat(r.fileRefused()).isTrue();
        assertThat(r.rejections()).extracting(x -> x.rule().id()).containsExactly("F003");
        return r.rejections().get(0).message();
    }
}
