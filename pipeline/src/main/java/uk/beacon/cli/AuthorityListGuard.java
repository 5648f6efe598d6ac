package uk.beacon.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a reference import from silently replacing the authorities a warehouse already holds
 * data for: importing England's list into the demo's warehouse would leave every demo return
 * without an authority. The import is refused, saying what would be replaced, unless the person
 * names a separate warehouse or says {@code --replace-authorities}.
 */
final class AuthorityListGuard implements FileImport.Guard {

    private long before;
    private long beforeSynthetic;

    @Override
    public void before(Connection c) throws SQLException {
        before = count(c, "select count(*) from ref.authorities");
        beforeSynthetic = count(c, "select count(*) from ref.authorities where entity = 'Synthetic demonstration authority'");
    }

    @Override
    public String refusal(Connection c) throws SQLException {
        if (before == 0) {
            return null;
        }
        List<String> lost = new ArrayList<>();
        long lostCount = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select v.la_code, count(*) over () as n
                from (select distinct la_code from raw.return_values) v
                where v.la_code not in (select dfe_code from ref.authorities where dfe_code is not null)
                order by v.la_code""")) {
            while (rs.next()) {
                lostCount = rs.getLong(2);
                if (lost.size() < 5) {
                    lost.add(rs.getString(1));
                }
            }
        }
        if (lostCount == 0) {
            return null;
        }
        long after = count(c, "select count(*) from ref.authorities");
        return "this would replace the warehouse's list of " + before + " authorities"
                + (beforeSynthetic == before ? " (the demo's fictional ones)" : "") + " with one of " + after
                + ", and the returns of " + lostCount + " authorit" + (lostCount == 1 ? "y" : "ies") + " already in the warehouse ("
                + String.join(", ", lost) + (lostCount > lost.size() ? ", ..." : "") + ") would no longer name a known authority"
                + ". To keep both, import into a separate warehouse:"
                + " --warehouse var/real/beacon.duckdb (with --work var/real/work). To replace the list anyway, add --replace-authorities.";
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
