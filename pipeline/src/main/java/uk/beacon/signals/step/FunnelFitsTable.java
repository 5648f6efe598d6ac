package uk.beacon.signals.step;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import uk.beacon.signals.FunnelPoint;
import uk.beacon.signals.FunnelResult;

/**
 * signals.funnel_fits and signals.funnel_points: every funnel plot the signals step fitted
 * (period, indicator, peer group), over all the group's figures, with each authority's point,
 * limits and band. The regional pack draws these plots from here instead of fitting them again,
 * so a point drawn outside a limit is exactly one the funnel signals judged.
 */
final class FunnelFitsTable {

    private FunnelFitsTable() {
    }

    /** Writes both tables; returns the number of points written. */
    static long write(Connection c, List<StatisticalSignals.FunnelFit> fits) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create or replace table signals.funnel_fits (period varchar not null, indicator varchar not null, "
                    + "peer_group varchar not null, model varchar not null, scale double not null, target double not null, "
                    + "units integer not null, phi double, overdispersion_applied boolean not null, tau2 double not null, "
                    + "known_by date not null)");
            s.execute("create or replace table signals.funnel_points (period varchar not null, indicator varchar not null, "
                    + "peer_group varchar not null, la_code varchar not null, numerator double not null, denominator double not null, "
                    + "value double not null, z_score double not null, outer_lower double not null, inner_lower double not null, "
                    + "inner_upper double not null, outer_upper double not null, limit_method varchar not null, band varchar not null, "
                    + "meaning varchar)");
        }
        long points = 0;
        // Appenders: safe, the tables were just created in this transaction (stack.md).
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        try (DuckDBAppender f = duck.createAppender("signals", "funnel_fits");
             DuckDBAppender p = duck.createAppender("signals", "funnel_points")) {
            for (StatisticalSignals.FunnelFit fit : fits) {
                FunnelResult r = fit.result();
                if (Double.isNaN(r.target())) {
                    continue; // no assessable unit: nothing to draw
                }
                f.beginRow();
                f.append(fit.period());
                f.append(fit.indicator());
                f.append(fit.peerGroup());
                f.append(r.model().name());
                f.append(r.scale());
                f.append(r.target());
                f.append(r.overdispersion().units());
                if (Double.isNaN(r.overdispersion().phi())) {
                    f.appendNull();
                } else {
                    f.append(r.overdispersion().phi());
                }
                f.append(r.overdispersion().applied());
                f.append(r.overdispersion().tau2());
                f.append(fit.knownBy());
                f.endRow();
                for (FunnelPoint pt : r.points()) {
                    p.beginRow();
                    p.append(fit.period());
                    p.append(fit.indicator());
                    p.append(fit.peerGroup());
                    p.append(pt.unitId());
                    p.append(pt.numerator());
                    p.append(pt.denominator());
                    p.append(pt.value());
                    p.append(pt.zScore());
                    p.append(pt.limits().outerLower());
                    p.append(pt.limits().innerLower());
                    p.append(pt.limits().innerUpper());
                    p.append(pt.limits().outerUpper());
                    p.append(pt.limitMethod().name());
                    p.append(pt.band().name());
                    if (pt.meaning().isEmpty()) {
                        p.appendNull();
                    } else {
                        p.append(pt.meaning().get().name());
                    }
                    p.endRow();
                    points++;
                }
            }
        }
        return points;
    }
}
