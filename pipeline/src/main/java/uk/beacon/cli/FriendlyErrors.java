package uk.beacon.cli;

/** Turns an exception into the one line a person running Beacon needs: what failed and why. */
final class FriendlyErrors {

    private FriendlyErrors() {
    }

    static String describe(Throwable ex) {
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
}
