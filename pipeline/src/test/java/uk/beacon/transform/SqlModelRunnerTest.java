package uk.beacon.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.beacon.warehouse.Warehouse;

class SqlModelRunnerTest {

    static SqlModelRunner runner(SqlModel... models) {
        Map<String, SqlModel> map = new LinkedHashMap<>();
        for (SqlModel m : models) {
            map.put(m.qualifiedName(), m);
        }
        return new SqlModelRunner(map);
    }

    @Test
    void buildsDependenciesFirstWhateverTheirNames() {
        SqlModel a = SqlModel.parse("core", "a_last", "-- grain: one row\nselect * from core.z_first");
        SqlModel z = SqlModel.parse("core", "z_first", "-- grain: one row\nselect 1 as x");
        SqlModel s = SqlModel.parse("staging", "s", "-- grain: one row\nselect 1 as x");
        assertThat(runner(a, z, s).plan(List.of("staging", "core"))).extracting(SqlModel::qualifiedName)
                .containsExactly("staging.s", "core.z_first", "core.a_last");
    }

    @Test
    void theHeaderDescribesTheTableAndItsColumnsInTheWarehouseAndAStaleColumnLineFails() throws Exception {
        SqlModel m = SqlModel.parse("marts", "described", "-- grain: one row per x\n-- What it holds.\n-- column x: the x\nselect 1 as x");
        SqlModel stale = SqlModel.parse("marts", "stale", "-- grain: one row\n-- column gone: not there any more\nselect 1 as x");
        try (Warehouse w = Warehouse.inMemory(); Connection c = w.connect(); Statement s = c.createStatement()) {
            runner(m).build(c, List.of("marts"), Map.of());
            try (ResultSet rs = s.executeQuery("select (select comment from duckdb_tables() where table_name = 'described'),"
                    + " (select comment from duckdb_columns() where table_name = 'described' and column_name = 'x')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("One row per x. What it holds.");
                assertThat(rs.getString(2)).isEqualTo("the x");
            }
            assertThatThrownBy(() -> runner(stale).build(c, List.of("marts"), Map.of()))
                    .hasMessageContaining("marts.stale").hasMessageContaining("'gone'");
        }
    }

    @Test
    void aModelMustStateItsGrain() {
        assertThatThrownBy(() -> SqlModel.parse("core", "x", "select 1")).hasMessageContaining("grain");
    }

    @Test
    void dependenciesInCommentsAreIgnored() {
        SqlModel m = SqlModel.parse("core", "x", "-- grain: one row\n-- built from core.other, once\nselect 1");
        assertThat(m.dependsOn()).isEmpty();
    }

    @Test
    void aBrokenGrainFailsTheBuildAndTheTransactionLeavesTheWarehouseAsItWas() throws Exception {
        SqlModel good = SqlModel.parse("core", "good", "-- grain: one row per x\n-- unique: x\nselect 1 as x");
        SqlModel dup = SqlModel.parse("marts", "dup", "-- grain: one row per x\n-- unique: x\nselect 1 as x union all select 1");
        try (Warehouse w = Warehouse.inMemory(); Connection c = w.connect()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> runner(good, dup).build(c, List.of("core", "marts"), Map.of()))
                    .isInstanceOf(SqlModelRunner.ModelTestException.class)
                    .hasMessageContaining("marts.dup").hasMessageContaining("one row per x");
            c.rollback();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from duckdb_tables() where table_name in ('good','dup')")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void notNullColumnsAreChecked() throws Exception {
        SqlModel m = SqlModel.parse("core", "n", "-- grain: one row\n-- not_null: x\nselect null::int as x");
        try (Warehouse w = Warehouse.inMemory(); Connection c = w.connect()) {
            assertThatThrownBy(() -> runner(m).build(c, List.of("core"), Map.of())).hasMessageContaining("x null");
        }
    }

    @Test
    void everyShippedModelParsesAndStatesItsGrain() {
        List<SqlModel> plan = SqlModelRunner.fromClasspath().plan(SqlModel.LAYERS);
        assertThat(plan).extracting(SqlModel::qualifiedName)
                .contains("staging.stg_return_values", "core.indicator_values", "marts.indicator_values", "marts.rejections");
        assertThat(plan).allSatisfy(m -> assertThat(m.grain()).startsWith("one row per"));
    }
}
