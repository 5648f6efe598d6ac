package uk.beacon.signals.step;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * signals.spc_limits: each monthly series' XmR centre line and process limits, as the signals
 * step fitted them, so the dashboards draw the very limits the SPC signals were judged against
 * instead of fitting them again.
 */
final class SpcLimitsTable {

    private SpcLimitsTable() {
    }

    static void write(Connection c, List<StatisticalSignals.Limits> limits) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create or replace table signals.spc_limits (la_code varchar not null, indicator varchar not null, "
                    + "centre double not null, lower_limit double not null, upper_limit double not null, "
                    + "baseline_from varchar not null, baseline_to varchar not null, baseline_points integer not null, "
                    + "limit_factor double not null)");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into signals.spc_limits values (?,?,?,?,?,?,?,?,?)")) {
            for (StatisticalSignals.Limits l : limits) {
                ps.setString(1, l.laCode());
                ps.setString(2, l.indicator());
                ps.setDouble(3, l.centre());
                ps.setDouble(4, l.lower());
                ps.setDouble(5, l.upper());
                ps.setString(6, l.baselineFrom());
                ps.setString(7, l.baselineTo());
                ps.setInt(8, l.baselinePoints());
                ps.setDouble(9, l.limitFactor());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
