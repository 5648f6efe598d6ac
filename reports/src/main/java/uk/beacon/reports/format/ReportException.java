package uk.beacon.reports.format;

/** A report could not be compiled, filled or written. The message says which report and why. */
public class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
