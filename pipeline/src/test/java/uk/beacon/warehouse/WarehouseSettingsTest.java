package uk.beacon.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** config/warehouse.properties: what DuckDB is told, and a bad value named with its file and key. */
class WarehouseSettingsTest {

    private static WarehouseSettings of(String memory, String threads) {
        Properties p = new Properties();
        p.setProperty("memory-limit", memory);
        p.setProperty("threads", threads);
        return WarehouseSettings.of(p, "config/warehouse.properties");
    }

    @Test
    void theShippedFileLimitsDuckDbsMemoryAndLeavesThreadsToIt() {
        WarehouseSettings shipped = WarehouseSettings.load();
        assertThat(shipped.memoryLimit()).isEqualTo("400MB");
        assertThat(shipped.threads()).isNull();
        assertThat(shipped.connectionProperties()).containsEntry("memory_limit", "400MB").doesNotContainKey("threads");
    }

    @Test
    void duckDbRunsWithTheSettings() throws Exception {
        Properties props = of("256 mb", "1").connectionProperties();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:", props); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('memory_limit'), current_setting('threads')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("244.1 MiB"); // 256 MB as DuckDB prints it
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
    }

    @Test
    void blankMeansDuckDbsOwnDefaults() {
        assertThat(of("", " ").connectionProperties()).isEmpty();
    }

    @Test
    void aBadValueIsNamedWithItsFileAndKey() {
        assertThatThrownBy(() -> of("lots", ""))
                .hasMessageContaining("config/warehouse.properties: memory-limit = lots").hasMessageContaining("400MB");
        assertThatThrownBy(() -> of("", "0")).hasMessageContaining("config/warehouse.properties: threads = 0");
        assertThatThrownBy(() -> of("", "two")).hasMessageContaining("threads = two");
    }
}
