package uk.beacon.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Builds SQL models inside DuckDB, in dependency order, on the caller's connection (so a
 * step's models commit or roll back together), then runs each model's declared tests.
 */
public final class SqlModelRunner {

    private static final Logger log = LoggerFactory.getLogger(SqlModelRunner.class);
    private static final String ROOT = "beacon/schemas/models/";

    private final Map<String, SqlModel> models;

    public SqlModelRunner(Map<String, SqlModel> models) {
        this.models = models;
    }

    /** All models shipped in schemas/models (on the classpath). */
    public static SqlModelRunner fromClasspath() {
        Map<String, SqlModel> map = new LinkedHashMap<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*/*.sql");
            for (Resource r : found) {
                String url = r.getURL().toString();
                String rel = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
                String layer = rel.substring(0, rel.indexOf('/'));
                String name = rel.substring(rel.indexOf('/') + 1, rel.length() - 4);
                if (!SqlModel.LAYERS.contains(layer)) {
                    throw new IllegalStateException("Model folder '" + layer + "' is not one of " + SqlModel.LAYERS);
                }
                try (InputStream in = r.getInputStream()) {
                    SqlModel m = SqlModel.parse(layer, name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    map.put(m.qualifiedName(), m);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SQL models: " + e.getMessage(), e);
        }
        return new SqlModelRunner(map);
    }

    /** The models of the given layers, dependencies first. */
    public List<SqlModel> plan(List<String> layers) {
        List<SqlModel> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String layer : SqlModel.LAYERS) {
            if (!layers.contains(layer)) {
                continue;
            }
            models.values().stream().filter(m -> m.layer().equals(layer)).sorted((a, b) -> a.name().compareTo(b.name()))
                    .forEach(m -> visit(m, layers, done, visiting, ordered));
        }
        return ordered;
    }

    private void visit(SqlModel m, List<String> layers, Set<String> done, Set<String> visiting, List<SqlModel> out) {
        if (done.contains(m.qualifiedName())) {
            return;
        }
        if (!visiting.add(m.qualifiedName())) {
            throw new IllegalStateException("SQL models depend on each other in a cycle through " + m.qualifiedName());
        }
        for (String dep : m.dependsOn()) {
            SqlModel d = models.get(dep);
            if (d != null && layers.contains(d.layer())) {
                visit(d, layers, done, visiting, out);
            }
        }
        visiting.remove(m.qualifiedName());
        done.add(m.qualifiedName());
        out.add(m);
    }

    /**
     * Builds the given layers' models with {@code variables} set (read in SQL as
     * {@code getvariable('name')}), then tests them. Returns rows per model.
     */
    public Map<String, Long> build(Connection c, List<String> layers, Map<String, String> variables) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> v : variables.entrySet()) {
                s.execute("set variable " + v.getKey() + " = '" + v.getValue().replace("'", "''") + "'");
            }
            for (SqlModel m : plan(layers)) {
                long t0 = System.nanoTime();
                try {
                    s.execute("create or replace table " + m.qualifiedName() + " as\n" + stripTrailingSemicolon(m.sql()));
                } catch (SQLException e) {
                    throw new SQLException("SQL model " + m.qualifiedName() + " failed: " + e.getMessage(), e);
                }
                long n = count(c, "select count(*) from " + m.qualifiedName());
                rows.put(m.qualifiedName(), n);
                test(c, m);
                describe(c, m);
                log.debug("Built {} ({} rows) in {} ms", m.qualifiedName(), n, (System.nanoTime() - t0) / 1_000_000);
            }
        }
        return rows;
    }

    /**
     * Writes the model's description into the warehouse ({@code COMMENT ON}): its header's grain
     * and text for the table, its {@code -- column NAME: ...} lines for the columns. A described
     * column the model does not have fails the build (the description would be stale).
     */
    private static void describe(Connection c, SqlModel m) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("comment on table " + m.qualifiedName() + " is " + literal(m.description()));
            for (Map.Entry<String, String> col : m.columnDescriptions().entrySet()) {
                try {
                    s.execute("comment on column " + m.qualifiedName() + "." + col.getKey() + " is " + literal(col.getValue()));
                } catch (SQLException e) {
                    throw new ModelTestException(m.qualifiedName() + ": its header describes a column '" + col.getKey()
                            + "' it does not have: correct the '-- column' line");
                }
            }
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static void test(Connection c, SqlModel m) throws SQLException {
        for (List<String> key : m.uniqueKeys()) {
            String cols = String.join(", ", key);
            long dup = count(c, "select count(*) from (select " + cols + " from " + m.qualifiedName()
                    + " group by all having count(*) > 1)");
            if (dup > 0) {
                throw new ModelTestException(m.qualifiedName() + ": " + dup + " duplicate key(s) on (" + cols
                        + "), but its grain is: " + m.grain());
            }
        }
        for (String col : m.notNull()) {
            long nulls = count(c, "select count(*) from " + m.qualifiedName() + " where " + col + " is null");
            if (nulls > 0) {
                throw new ModelTestException(m.qualifiedName() + ": " + nulls + " row(s) with " + col + " null");
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String stripTrailingSemicolon(String sql) {
        String t = sql.strip();
        return t.endsWith(";") ? t.substring(0, t.length() - 1) : t;
    }

    /** A model whose data breaks its declared grain or not-null columns. */
    public static final class ModelTestException extends SQLException {
        public ModelTestException(String message) {
            super(message);
        }
    }
}
