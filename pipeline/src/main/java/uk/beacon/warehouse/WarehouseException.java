package uk.beacon.warehouse;

import java.nio.file.Path;
import java.sql.SQLException;

/** A warehouse problem explained for the person running Beacon. */
public class WarehouseException extends RuntimeException {

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }

    static WarehouseException onOpen(Path file, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("Could not set lock") || msg.contains("Conflicting lock")) {
            return new WarehouseException("The warehouse " + file + " is in use by another process (DuckDB allows one"
                    + " process per file). Wait for the other Beacon command to finish, or point --warehouse at a copy.", e);
        }
        return new WarehouseException("Cannot open the warehouse " + file + ": " + msg, e);
    }
}
