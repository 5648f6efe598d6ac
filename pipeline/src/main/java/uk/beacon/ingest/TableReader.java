package uk.beacon.ingest;

/** Reads one container format into a {@link Table}. Implementations are stateless and thread-safe. */
public interface TableReader {

    /** Reads under the shipped limits ({@link ReadLimits#DEFAULT}). */
    default Table read(byte[] bytes, String fileName) throws UnreadableFileException {
        return read(bytes, fileName, ReadLimits.DEFAULT);
    }

    /**
     * @param bytes    the whole file
     * @param fileName its name, for messages
     * @param limits   rows, columns, characters per cell and memory this file may take
     * @throws UnreadableFileException when the bytes are not a readable file of this format;
     *                                 the message says why, for the sender
     * @throws TooLargeException       when the file passes one of the limits
     */
    Table read(byte[] bytes, String fileName, ReadLimits limits) throws UnreadableFileException;

    /**
     * Every table the file holds: one for most containers, one per sheet for a workbook. A sheet
     * that cannot be read comes back as {@link SheetRead#unreadable}, so the others still load.
     */
    default java.util.List<SheetRead> readSheets(byte[] bytes, String fileName) throws UnreadableFileException {
        return readSheets(bytes, fileName, ReadLimits.DEFAULT);
    }

    /** As {@link #readSheets(byte[], String)}, under these limits. */
    default java.util.List<SheetRead> readSheets(byte[] bytes, String fileName, ReadLimits limits) throws UnreadableFileException {
        return java.util.List.of(SheetRead.of(read(bytes, fileName, limits)));
    }

    /** The file is not what its name says, or is damaged. Becomes rule F003 for the sender. */
    class UnreadableFileException extends Exception {
        public UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The file passes a limit of config/ingest.properties. Becomes rule F007 for the sender. */
    final class TooLargeException extends UnreadableFileException {
        public TooLargeException(String message) {
            super(message, null);
        }
    }

    /** Thrown inside a streaming callback (which cannot throw checked exceptions); readers turn it into {@link TooLargeException}. */
    final class LimitExceeded extends RuntimeException {
        public LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }
}
