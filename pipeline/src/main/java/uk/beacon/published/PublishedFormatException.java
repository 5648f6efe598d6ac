package uk.beacon.published;

/** A publication file Beacon cannot map, with the file and what to do about it. */
public class PublishedFormatException extends Exception {
    public PublishedFormatException(String message) {
        super(message);
    }
}
