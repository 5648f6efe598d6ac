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

    /**
     * Every table the file holds: one for most containers, one per sheet for a workbook. A sheet
     * that cannot be read comes back as {@link SheetRead#unreadable}, so the others still load.
     */
    default java.util.List<SheetRead> readSheets(byte[] bytes, String fileName) throws UnreadableFileException {
        return java.util.List.of(SheetRead.of(read(bytes, fileName)));
    }

    /** The file is not what its name says, or is damaged. Becomes rule F003 for the sender. */
    final class UnreadableFileException extends Exception {
        public UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
