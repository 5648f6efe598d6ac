package uk.beacon.signals.step;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * signals.spc_limits: each series' (authority, indicator and cadence) XmR centre line and process limits, as the signals
 * step fitted them, so the dashboards draw the very limits the SPC signals were judged against
 * instead of fitting them again.
 */
final class SpcLimitsTable {

    private SpcLimitsTable() {
    }

    static void write(Connection c, List<StatisticalSignals.Limits> limits) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create or replace table signals.spc_limits (la_code varchar not null, indicator varchar not null, "
                    + "period_type varchar not null, centre double not null, lower_limit double not null, upper_limit double not null, "
                    + "baseline_from varchar not null, baseline_to varchar not null, baseline_points integer not null, "
                    + "limit_factor double not null)");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into signals.spc_limits values (?,?,?,?,?,?,?,?,?,?)")) {
            for (StatisticalSignals.Limits l : limits) {
                ps.setString(1, l.laCode());
                ps.setString(2, l.indicator());
                ps.setString(3, l.periodType());
                ps.setDouble(4, l.centre());
                ps.setDouble(5, l.lower());
                ps.setDouble(6, l.upper());
                ps.setString(7, l.baselineFrom());
                ps.setString(8, l.baselineTo());
                ps.setInt(9, l.baselinePoints());
                ps.setDouble(10, l.limitFactor());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
