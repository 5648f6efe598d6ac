package uk.beacon.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SQL model: a {@code select} in {@code schemas/models/<layer>/<name>.sql}, materialised
 * as table {@code <layer>.<name>}. Its header comments state its grain and its tests:
 * <pre>
 * -- grain: one row per authority, period and indicator
 * -- unique: la_code, period, indicator
 * -- not_null: la_code, period, indicator
 * </pre>
 * Dependencies are the other models it names ({@code core.x}, {@code staging.y}, …).
 */
public record SqlModel(String layer, String name, String sql, String grain, List<List<String>> uniqueKeys,
                       List<String> notNull, Set<String> dependsOn, String description, Map<String, String> columnDescriptions) {

    public static final List<String> LAYERS = List.of("staging", "core", "signals", "marts");
    /** {@code -- column NAME: what it holds}, in a model's header: the column's description in the warehouse. */
    private static final Pattern COLUMN = Pattern.compile("column\\s+([a-z_][a-z0-9_]*)\\s*:(.*)");
    private static final Pattern REF = Pattern.compile("\\b(staging|core|signals|marts)\\.([a-z_][a-z0-9_]*)\\b");

    public String qualifiedName() {
        return layer + "." + name;
    }

    public static SqlModel parse(String layer, String name, String sql) {
        String grain = null;
        List<List<String>> unique = new ArrayList<>();
        List<String> notNull = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        Map<String, String> columns = new LinkedHashMap<>();
        boolean header = true;
        for (String line : sql.split("\n")) {
            String t = line.trim();
            if (!t.startsWith("--")) {
                header &= t.isEmpty();
                continue;
            }
            String body = t.substring(2).trim();
            Matcher col = COLUMN.matcher(body);
            if (header && col.matches()) {
                columns.put(col.group(1), col.group(2).trim());
                continue;
            }
            if (header && !body.matches("(grain|unique|not_null):.*")) {
                description.append(description.length() > 0 ? " " : "").append(body);
            }
            if (body.startsWith("grain:")) {
                grain = body.substring(6).trim();
            } else if (body.startsWith("unique:")) {
                unique.add(columns(body.substring(7)));
            } else if (body.startsWith("not_null:")) {
                notNull.addAll(columns(body.substring(9)));
            }
        }
        if (grain == null) {
            throw new IllegalArgumentException("Model " + layer + "." + name + " must state its grain in a '-- grain:' comment");
        }
        Set<String> deps = new LinkedHashSet<>();
        Matcher m = REF.matcher(withoutComments(sql).toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            String ref = m.group(1) + "." + m.group(2);
            if (!ref.equals(layer + "." + name)) {
                deps.add(ref);
            }
        }
        String about = Character.toUpperCase(grain.charAt(0)) + grain.substring(1) + "."
                + (description.length() > 0 ? " " + description : "");
        return new SqlModel(layer, name, sql, grain, unique, notNull, deps, about, columns);
    }

    private static List<String> columns(String list) {
        List<String> out = new ArrayList<>();
        for (String c : list.split(",")) {
            if (!c.isBlank()) {
                out.add(c.trim());
            }
        }
        return out;
    }

    private static String withoutComments(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\n")) {
            int i = line.indexOf("--");
            b.append(i >= 0 ? line.substring(0, i) : line).append('\n');
        }
        return b.toString();
    }
}
