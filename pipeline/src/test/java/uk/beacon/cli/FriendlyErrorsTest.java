package uk.beacon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FriendlyErrorsTest {

    @Test
    void aFullDiskIsNamedInOneLineWhereverItSitsInTheChain() {
        // What DuckDB says after a write failed for want of space (the original error quoted inside).
        Exception jdbc = new IllegalStateException("JDBC rollback failed", new SQLException(
                "FATAL Error: Failed: database has been invalidated because of a previous fatal error. The database must be restarted"
                        + " prior to being used again.\nOriginal error: \"Could not write file \"w.duckdb.wal\": No space left on device\""));
        assertThat(FriendlyErrors.describe(jdbc)).startsWith("No space left on device: free some space").doesNotContain("\n");
        assertThat(FriendlyErrors.describe(new RuntimeException("step failed", new IOException("File too large"))))
                .startsWith("File too large for the file system");
        assertThat(FriendlyErrors.describe(new RuntimeException("x", new OutOfMemoryError("Java heap space"))))
                .startsWith("Out of memory (Java heap space)");
    }

    @Test
    void otherwiseTheMessagesOfTheChainEachOnTheirFirstLine() {
        assertThat(FriendlyErrors.describe(new RuntimeException("outer\nstack detail", new IOException("inner"))))
                .isEqualTo("outer (inner)");
    }

    @Test
    void duckDbOutOfMemoryNamesTheSettingToRaise() {
        java.sql.SQLException duck = new java.sql.SQLException(
                "Out of Memory Error: could not allocate block of size 256.0 KiB (381.4 MiB/381.4 MiB used)");
        assertThat(FriendlyErrors.describe(new RuntimeException("SQL model marts.authority_comparison failed", duck)))
                .contains("memory-limit in config/warehouse.properties").doesNotContain("\n");
    }
}
