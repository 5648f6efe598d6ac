package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableReaderTest {

    static byte[] parquet(Path dir, String select) throws Exception {
        Path file = dir.resolve("return.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("copy (" + select + ") to '" + file + "' (format parquet)");
        }
        return Files.readAllBytes(file);
    }

    @Test
    void readsTypedColumnsAsTheTextValidationExpects(@TempDir Path dir) throws Exception {
        byte[] bytes = parquet(dir, "select * from (values "
                + "('805', '2026-10', 'REFERRALS_RATE', 12345678::bigint, 250000::bigint, null::double, null::varchar),"
                + "('805', '2026-10', 'NFA_PCT', null, null, 6.5, null),"
                + "('805', '2026-10', 'CPP_2YRS_PCT', null, null, null, 'c')) "
                + "t(la_code, period, indicator, numerator, denominator, value, status)");

        Table t = Containers.forFileName("x.parquet").orElseThrow().read(bytes, "x.parquet");

        assertThat(t.header()).containsExactly("la_code", "period", "indicator", "numerator", "denominator", "value", "status");
        assertThat(t.rows()).extracting(Table.Row::line).containsExactly(2, 3, 4);
        assertThat(t.rows().get(0).cells()).containsExactly("805", "2026-10", "REFERRALS_RATE", "12345678", "250000", "", "");
        assertThat(t.rows().get(1).cell(5)).isEqualTo("6.5");
    }

    @Test
    void validatesEndToEndAndRefusesDamagedFiles(@TempDir Path dir) throws Exception {
        byte[] bytes = parquet(dir, "select * from (values ('805', '2026-10', 'SW_VACANCY_PCT', 112.5), ('805', '2026-10', 'NFA_PCT', 6.5)) "
                + "t(la_code, period, indicator, value)");
        ReturnFileResult r = ReturnFileValidatorTest.VALIDATOR.validate(bytes, "x.parquet", new ParquetTableReader());
        assertThat(r.accepted()).hasSize(1);
        assertThat(r.rejections()).extracting(x -> x.rule().id() + "@" + x.rowNumber()).containsExactly("R007@2");

        ReturnFileResult damaged = ReturnFileValidatorTest.VALIDATOR.validate("PAR1 not really".getBytes(), "x.parquet", new ParquetTableReader());
        assertThat(damaged.rejections()).extracting(x -> x.rule().id()).containsExactly("F003");
        assertThat(damaged.rejections().get(0).message()).contains("Parquet");
    }
}
