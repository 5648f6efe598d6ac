package uk.beacon.cli;

/** Turns an exception into the one line a person running Beacon needs: what failed and why. */
final class FriendlyErrors {

    private FriendlyErrors() {
    }

    static String describe(Throwable ex) {
        String disk = noSpace(ex);
        if (disk != null) {
            return disk;
        }
        Throwable t = ex;
        StringBuilder b = new StringBuilder(String.valueOf(t.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null && !b.toString().contains(t.getMessage())) {
                b.append(" (").append(t.getMessage()).append(')');
            }
        }
        return b.toString();
    }

    private static final String NO_SPACE = "No space left on device";

    /**
     * A full disk surfaces as a chain of secondary failures (DuckDB invalidates the database, the
     * rollback then fails); the person running Beacon needs the first cause only. Returns that
     * one line, or null when the disk was not full.
     */
    static String noSpace(Throwable ex) {
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(java.util.List.of(ex));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            String m = t.getMessage();
            int at = m == null ? -1 : m.indexOf(NO_SPACE);
            if (at >= 0) {
                // Keep the clause that names the file being written, when the message has one.
                int from = m.lastIndexOf("Could not write", at);
                String what = from >= 0 && at - from < 400 ? m.substring(from, at).replaceAll("[:\\s]+$", "") : null;
                return NO_SPACE + (what == null ? "" : " (" + what + ")")
                        + ": free space on the disk holding the warehouse and the work folder, then run the same command again"
                        + " (the detail is in the log)";
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(java.util.List.of(t.getSuppressed()));
        }
        return null;
    }
}
