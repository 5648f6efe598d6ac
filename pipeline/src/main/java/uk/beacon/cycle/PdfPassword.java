package uk.beacon.cycle;

import java.util.Arrays;

/**
 * The password that encrypts TLP:AMBER+STRICT and TLP:RED PDFs, given at run time. It lives
 * only in memory: never a job parameter (Spring Batch stores those in the warehouse), never in
 * configuration, never logged. Empty when none was given.
 */
public final class PdfPassword {

    private final char[] password;

    private PdfPassword(char[] password) {
        this.password = password;
    }

    public static PdfPassword none() {
        return new PdfPassword(null);
    }

    /** The password held in the named environment variable; the caller checks it exists. */
    public static PdfPassword fromEnvironment(String variable) {
        String value = System.getenv(variable);
        return new PdfPassword(value == null || value.isEmpty() ? null : value.toCharArray());
    }

    /** A password given directly (tests, and callers that read it from a console). */
    public static PdfPassword of(char[] password) {
        return new PdfPassword(password == null || password.length == 0 ? null : password.clone());
    }

    public boolean isSet() {
        return password != null;
    }

    /** A copy for one export; the renderer clears it after use. */
    public char[] copy() {
        return password == null ? null : Arrays.copyOf(password, password.length);
    }

    @Override
    public String toString() {
        return isSet() ? "PdfPassword[set]" : "PdfPassword[none]";
    }
}
