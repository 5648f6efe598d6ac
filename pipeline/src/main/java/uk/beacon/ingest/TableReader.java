package uk.beacon.ingest;

/** Reads one container format into a {@link Table}. Implementations are stateless and thread-safe. */
public interface TableReader {

    /**
     * @param bytes    the whole file
     * @param fileName its name, for messages
     * @throws UnreadableFileException when the bytes are not a readable file of this format;
     *                                 the message says why, for the sender
     */
    Table read(byte[] bytes, String fileName) throws UnreadableFileException;

    /** The file is not what its name says, or is damaged. Becomes rule F003 for the sender. */
    final class UnreadableFileException extends Exception {
        public UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
