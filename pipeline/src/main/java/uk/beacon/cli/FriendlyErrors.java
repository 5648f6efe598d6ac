package uk.beacon.cli;

/** Turns an exception into the one line a person running Beacon needs: what failed and why. */
final class FriendlyErrors {

    /** Root causes recognised anywhere in the chain (or its messages), and the one line that names them. */
    private static final String[][] ROOT_CAUSES = {
            {"No space left on device", "No space left on device: free some space where the warehouse, work and out folders are"
                    + " (see --warehouse, --work, --out) and run the same command again"},
            {"Disk quota exceeded", "Disk quota exceeded: free some space or raise the quota, then run the same command again"},
            {"Out of Memory Error", "DuckDB needed more memory than its limit allows (memory-limit in config/warehouse.properties,"
                    + " 400MB as shipped; beyond it DuckDB spills to disk where it can): raise it, or leave it blank for DuckDB's default,"
                    + " and run the same command again"},
            {"File too large", "File too large for the file system (a size limit on the warehouse, work or out folder, e.g. ulimit -f):"
                    + " lift the limit and run the same command again"},
    };

    private FriendlyErrors() {
    }

    static String describe(Throwable ex) {
        String root = rootCause(ex);
        if (root != null) {
            return root;
        }
        Throwable t = ex;
        StringBuilder b = new StringBuilder(firstLine(t.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            String m = firstLine(t.getMessage());
            if (t.getMessage() != null && !b.toString().contains(m)) {
                b.append(" (").append(m).append(')');
            }
        }
        return b.toString();
    }

    /** The one line for a recognised root cause in the chain (a DuckDB "database has been invalidated" quotes its original error). */
    static String rootCause(Throwable ex) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(ex);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof OutOfMemoryError) {
                return "Out of memory (" + t.getMessage() + "): the input or the run needs more memory than the budget;"
                        + " the log names the file being read. Raise the heap (BEACON_JAVA_OPTS=\"-Xmx4g -XX:+UseSerialGC -XX:TieredStopAtLevel=1\") or split the file, then run the same command again";
            }
            String m = String.valueOf(t.getMessage());
            for (String[] known : ROOT_CAUSES) {
                if (m.contains(known[0])) {
                    return known[1];
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            java.util.Collections.addAll(todo, t.getSuppressed());
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "null";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
