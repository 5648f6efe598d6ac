package uk.beacon.reports.chart;

import java.awt.Shape;
import java.awt.geom.Path2D;

/** Marker shapes shared by the charts, so a "worse" diamond is the same shape wherever it is drawn. */
public final class ChartShapes {

    private ChartShapes() {
    }

    /** A diamond centred on (x, y) reaching {@code half} out in each direction. */
    public static Shape diamond(double x, double y, double half) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(x, y - half);
        d.lineTo(x + half, y);
        d.lineTo(x, y + half);
        d.lineTo(x - half, y);
        d.closePath();
        return d;
    }
}
