package uk.beacon.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.plan.ModelRebuild;
import uk.beacon.warehouse.Warehouse;

/**
 * Authority 901 has ten statistical neighbours (902..911); only six of them have a figure.
 * The comparators must use those six, say so, and never count the missing ones as zero.
 */
class NeighbourComparatorTest {

    Warehouse w;
    Connection c;

    @BeforeEach
    void seed() throws Exception {
        w = Warehouse.inMemory();
        c = w.connect();
        exec("insert into ref.regions values ('R1', 'Region One', 't')");
        for (int i = 901; i <= 911; i++) {
            exec("insert into ref.authorities values ('E0699" + i + "', '" + i + "', 'Authority " + i + "', 'R1', null, null, 'live', 'test', 't')");
            if (i > 901) {
                exec("insert into ref.neighbours values ('2025', '901', " + (i - 901) + ", '" + i + "', 'Close', 't')");
            }
        }
        exec("insert into raw.files values ('t', 'seed.csv', 'returns', 'x', 0, 'csv', 'long', 'UTF-8', 'loaded', 0, 0, 0, null, now(), 1)");
        // Authority 901 and neighbours 902..907 report; 908..911 do not (908 sends a suppressed figure).
        double[] values = {30, 10, 20, 30, 40, 50, 60};
        for (int i = 0; i < values.length; i++) {
            int la = 901 + i;
            exec("insert into raw.return_values values ('t', null, " + (i + 2) + ", '" + la + "', '" + la + "', '2026-10', 'month', "
                    + "'REREFERRAL_PCT', null, null, " + values[i] + ", null, null, now())");
            exec("insert into raw.published_values values ('t', 'c1', " + (i + 2) + ", '2025', 'Local authority', '" + la + "', null, 'A', 'R1', "
                    + "'REREFERRAL_PCT', null, null, " + values[i] + ", 1, null, now())");
        }
        exec("insert into raw.return_values values ('t', null, 9, '908', '908', '2026-10', 'month', 'REREFERRAL_PCT', null, null, null, 'c', null, now())");
        exec("insert into raw.published_values values ('t', 'c1', 9, '2025', 'Local authority', '908', null, 'A', 'R1', 'REREFERRAL_PCT', null, null, null, null, 'c', now())");
        ModelRebuild.all(c, IndicatorCatalogue.builtIn());
    }

    @AfterEach
    void close() throws Exception {
        c.close();
        w.close();
    }

    @Test
    void monthlyComparatorsUseOnlyTheNeighboursThatReported() throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select neighbours_median, neighbours_reporting from marts.authority_comparison "
                        + "where la_code = '901' and period = '2026-10' and indicator = 'REREFERRAL_PCT'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDouble(1)).isEqualTo(35.0); // median of 10..60
            assertThat(rs.getInt(2)).isEqualTo(6);
        }
    }

    @Test
    void publishedComparatorsUseTheModelInForceAndOnlyNeighboursWithAValue() throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select neighbours_median, neighbours_mean, neighbours_reporting, neighbour_model_version, quartile_band "
                        + "from marts.published_comparison where la_code = '901' and period = '2025' and indicator = 'REREFERRAL_PCT'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDouble(1)).isEqualTo(35.0);
            assertThat(rs.getDouble(2)).isEqualTo(35.0);
            assertThat(rs.getInt(3)).isEqualTo(6);
            assertThat(rs.getString(4)).isEqualTo("2025");
            // Re-referrals: lower is better. 901's 30 ranks 3rd of 7 values (10..60): band 2.
            assertThat(rs.getInt(5)).isEqualTo(2);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select quartile_band, status from marts.published_comparison where la_code = '908' and period = '2025'")) {
            rs.next();
            assertThat(rs.getObject(1)).as("a suppressed figure gets no band").isNull();
            assertThat(rs.getString(2)).isEqualTo("c");
        }
    }

    private void exec(String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
