package uk.beacon.transform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import uk.beacon.catalogue.Indicator;
import uk.beacon.catalogue.IndicatorCatalogue;

/** Copies the indicator catalogue into ref.indicators, so SQL models can join units, polarity and scale. */
public final class CatalogueSync {

    private CatalogueSync() {
    }

    public static void sync(Connection c, IndicatorCatalogue catalogue) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from ref.indicators");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into ref.indicators values (?,?,?,?,?,?,?,?)")) {
            int order = 0;
            for (Indicator i : catalogue.all()) {
                ps.setString(1, i.code());
                ps.setString(2, i.label());
                ps.setString(3, i.unit());
                ps.setString(4, i.polarity().name().toLowerCase(java.util.Locale.ROOT));
                ps.setString(5, i.measure());
                ps.setDouble(6, i.scale());
                ps.setString(7, i.definition());
                ps.setInt(8, ++order);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
