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
import java.util.HashMap;
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
 * Builds the warehouse's models inside DuckDB, in dependency order, on the caller's connection
 * (so a step's models commit or roll back together), then runs each model's declared tests.
 * The graph holds the SQL models and the {@link JavaModel}s alike: this is the one build order,
 * used by every step of the cycle and by the rebuilds outside it.
 */
public final class SqlModelRunner {

    private static final Logger log = LoggerFactory.getLogger(SqlModelRunner.class);
    private static final String ROOT = "beacon/schemas/models/";

    /**
     * The layers in build order: SQL models live in the first four; {@code triggers} holds Java
     * models only (the trigger tables, in schema marts, built by the triggers step).
     */
    public static final List<String> LAYERS = List.of("staging", "core", "signals", "marts", "triggers");

    private final Map<String, SqlModel> models;
    private final List<JavaModel> javaModels;

    public SqlModelRunner(Map<String, SqlModel> models) {
        this(models, List.of());
    }

    public SqlModelRunner(Map<String, SqlModel> models, List<JavaModel> javaModels) {
        this.models = models;
        this.javaModels = List.copyOf(javaModels);
        for (JavaModel j : javaModels) {
            if (!LAYERS.contains(j.layer())) {
                throw new IllegalStateException("Java model '" + j.name() + "' is in layer '" + j.layer() + "', not one of " + LAYERS);
            }
        }
    }

    /** The same SQL models with these Java models in the graph as well. */
    public SqlModelRunner withJavaModels(List<JavaModel> java) {
        return new SqlModelRunner(models, java);
    }

    /** Every SQL model, by qualified name. */
    public Map<String, SqlModel> sqlModels() {
        return models;
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

    /** The SQL models of the given layers, dependencies first (the Java models left out). */
    public List<SqlModel> plan(List<String> layers) {
        return steps(layers).stream().filter(n -> n.model() instanceof SqlModel).map(n -> (SqlModel) n.model()).toList();
    }

    /** Every model of the given layers, SQL or Java, dependencies first: their names, in build order. */
    public List<String> order(List<String> layers) {
        return steps(layers).stream().map(Node::name).toList();
    }

    /** One node of the graph: a SQL model or a Java model, with the tables it writes and reads. */
    private record Node(String layer, String name, Object model, List<String> writes, Set<String> reads) {
    }

    private List<Node> nodes() {
        List<Node> all = new ArrayList<>();
        for (SqlModel m : models.values()) {
            all.add(new Node(m.layer(), m.qualifiedName(), m, List.of(m.qualifiedName()), m.dependsOn()));
        }
        for (JavaModel j : javaModels) {
            all.add(new Node(j.layer(), j.tables().get(0).qualifiedName(), j,
                    j.tables().stream().map(JavaModel.ModelTable::qualifiedName).toList(), j.dependsOn()));
        }
        return all;
    }

    private List<Node> steps(List<String> layers) {
        List<Node> all = nodes();
        Map<String, Node> byTable = new LinkedHashMap<>();
        for (Node n : all) {
            for (String t : n.writes()) {
                if (byTable.put(t, n) != null) {
                    throw new IllegalStateException("Two models write table " + t);
                }
            }
        }
        // A model is built with the latest layer among its own and what it reads: a mart that reads
        // the trigger tables (layer triggers) is built by the triggers step, after them.
        Map<String, Integer> effective = new HashMap<>();
        List<Node> moved = new ArrayList<>();
        for (Node n : all) {
            int layer = effectiveLayer(n, byTable, effective, new HashSet<>());
            moved.add(new Node(LAYERS.get(layer), n.name(), n.model(), n.writes(), n.reads()));
        }
        Map<String, Node> movedByTable = new LinkedHashMap<>();
        for (Node n : moved) {
            n.writes().forEach(t -> movedByTable.put(t, n));
        }
        List<Node> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String layer : LAYERS) {
            if (!layers.contains(layer)) {
                continue;
            }
            moved.stream().filter(n -> n.layer().equals(layer)).sorted((a, b) -> a.name().compareTo(b.name()))
                    .forEach(n -> visit(n, movedByTable, layers, done, visiting, ordered));
        }
        return ordered;
    }

    private static int effectiveLayer(Node n, Map<String, Node> byTable, Map<String, Integer> memo, Set<String> visiting) {
        Integer known = memo.get(n.name());
        if (known != null) {
            return known;
        }
        if (!visiting.add(n.name())) {
            throw new IllegalStateException("Models depend on each other in a cycle through " + n.name());
        }
        int layer = LAYERS.indexOf(n.layer());
        for (String dep : n.reads()) {
            Node d = byTable.get(dep);
            if (d != null && d != n) {
                layer = Math.max(layer, effectiveLayer(d, byTable, memo, visiting));
            }
        }
        visiting.remove(n.name());
        memo.put(n.name(), layer);
        return layer;
    }

    private void visit(Node m, Map<String, Node> byTable, List<String> layers, Set<String> done, Set<String> visiting, List<Node> out) {
        if (done.contains(m.name())) {
            return;
        }
        if (!visiting.add(m.name())) {
            throw new IllegalStateException("Models depend on each other in a cycle through " + m.name());
        }
        for (String dep : m.reads()) {
            Node d = byTable.get(dep);
            if (d != null && d != m && layers.contains(d.layer())) {
                visit(d, byTable, layers, done, visiting, out);
            }
        }
        visiting.remove(m.name());
        done.add(m.name());
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
            for (Node node : steps(layers)) {
                long t0 = System.nanoTime();
                if (node.model() instanceof JavaModel j) {
                    Map<String, Long> built = j.build(c, variables);
                    for (JavaModel.ModelTable t : j.tables()) {
                        rows.put(t.qualifiedName(), built.getOrDefault(t.qualifiedName(), count(c, "select count(*) from " + t.qualifiedName())));
                        test(c, t.qualifiedName(), t.grain(), t.uniqueKeys(), t.notNull());
                        describeJavaTable(c, t);
                    }
                    log.debug("Built Java model {} in {} ms", j.name(), (System.nanoTime() - t0) / 1_000_000);
                    continue;
                }
                SqlModel m = (SqlModel) node.model();
                try {
                    s.execute("create or replace table " + m.qualifiedName() + " as\n" + stripTrailingSemicolon(m.sql()));
                } catch (SQLException e) {
                    throw new SQLException("SQL model " + m.qualifiedName() + " failed: " + e.getMessage(), e);
                }
                long n = count(c, "select count(*) from " + m.qualifiedName());
                rows.put(m.qualifiedName(), n);
                test(c, m.qualifiedName(), m.grain(), m.uniqueKeys(), m.notNull());
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

    /**
     * A Java model's table is described by a resource beside the SQL models,
     * {@code <layer>/<table>.describe}, holding the header lines a SQL model carries
     * (its description and {@code -- column NAME: ...} lines); the grain comes from the model.
     */
    private static void describeJavaTable(Connection c, JavaModel.ModelTable t) throws SQLException {
        String[] parts = t.qualifiedName().split("\\.", 2);
        java.io.InputStream in = SqlModelRunner.class.getClassLoader().getResourceAsStream(ROOT + parts[0] + "/" + parts[1] + ".describe");
        if (in == null) {
            return;
        }
        String header;
        try (in) {
            header = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot read the description of " + t.qualifiedName() + ": " + e.getMessage(), e);
        }
        describe(c, SqlModel.parse(parts[0], parts[1], "-- grain: " + t.grain() + "\n" + header + "\nselect 1"));
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static void test(Connection c, String table, String grain, List<List<String>> uniqueKeys, List<String> notNull)
            throws SQLException {
        for (List<String> key : uniqueKeys) {
            String cols = String.join(", ", key);
            long dup = count(c, "select count(*) from (select " + cols + " from " + table
                    + " group by all having count(*) > 1)");
            if (dup > 0) {
                throw new ModelTestException(table + ": " + dup + " duplicate key(s) on (" + cols
                        + "), but its grain is: " + grain);
            }
        }
        for (String col : notNull) {
            long nulls = count(c, "select count(*) from " + table + " where " + col + " is null");
            if (nulls > 0) {
                throw new ModelTestException(table + ": " + nulls + " row(s) with " + col + " null");
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
