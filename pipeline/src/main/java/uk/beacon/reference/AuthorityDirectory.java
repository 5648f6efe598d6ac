package uk.beacon.reference;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the authority codes senders write (DfE 3-digit or ONS 9-character) to the DfE
 * code Beacon keys everything on. Built from {@code ref.authorities}; codes are matched,
 * never names.
 */
public final class AuthorityDirectory {

    private final Map<String, String> toDfe;

    AuthorityDirectory(Map<String, String> toDfe) {
        this.toDfe = toDfe;
    }

    public static AuthorityDirectory load(Connection c) throws SQLException {
        Map<String, String> map = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select dfe_code, ons_code from ref.authorities where dfe_code is not null")) {
            while (rs.next()) {
                String dfe = rs.getString(1);
                map.put(dfe, dfe);
                map.put(rs.getString(2).toUpperCase(Locale.ROOT), dfe);
            }
        }
        return new AuthorityDirectory(map);
    }

    public static AuthorityDirectory of(Map<String, String> codeToDfe) {
        return new AuthorityDirectory(Map.copyOf(codeToDfe));
    }

    /** The DfE code for a DfE or ONS code, or empty when the code is not a known authority's. */
    public Optional<String> resolve(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.endsWith(".0")) {
            c = c.substring(0, c.length() - 2); // Excel saves a numeric cell 805 as 805.0
        }
        return Optional.ofNullable(toDfe.get(c));
    }

    public boolean isEmpty() {
        return toDfe.isEmpty();
    }
}
