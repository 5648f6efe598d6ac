package uk.beacon.reference;

/** A reference file that cannot be imported, with the file, line and what is wrong. */
public class ReferenceFormatException extends Exception {
    public ReferenceFormatException(String message) {
        super(message);
    }
}
