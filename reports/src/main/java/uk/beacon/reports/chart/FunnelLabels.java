package uk.beacon.reports.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The numbers beside the region's points on a funnel plot, placed when the plot is drawn (in
 * page coordinates, so at whatever size the template gives the chart): each label takes the
 * first of eight places around its point that overlaps neither an earlier label nor another of
 * the region's points, and the nearest free place further out when none is free, so labels in
 * a crowded part of the funnel stay readable.
 */
final class FunnelLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double MARKER_RADIUS = 4.0;

    /** A point to label: where it is (data coordinates) and its number. */
    record Label(double x, double y, String text) {
    }

    private final List<Label> labels;

    FunnelLabels(List<Label> labels) {
        this.labels = List.copyOf(labels);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = Plot.xEdge(plot);
        RectangleEdge yEdge = Plot.yEdge(plot);
        Font font = ChartFonts.bold(8f);
        g2.setFont(font);
        g2.setPaint(FunnelChart.INK);
        FontMetrics fm = g2.getFontMetrics();
        List<Rectangle2D> taken = new ArrayList<>();
        double[][] at = new double[labels.size()][2];
        for (int i = 0; i < labels.size(); i++) {
            at[i][0] = domainAxis.valueToJava2D(labels.get(i).x(), dataArea, xEdge);
            at[i][1] = rangeAxis.valueToJava2D(labels.get(i).y(), dataArea, yEdge);
            taken.add(new Rectangle2D.Double(at[i][0] - MARKER_RADIUS, at[i][1] - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS));
        }
        for (int i = 0; i < labels.size(); i++) {
            double w = fm.stringWidth(labels.get(i).text());
            double h = fm.getAscent() * 0.9;
            Rectangle2D place = place(at[i][0], at[i][1], w, h, taken, dataArea);
            taken.add(place);
            g2.drawString(labels.get(i).text(), (float) place.getX(), (float) (place.getMaxY()));
        }
    }

    /** The first free place around (x, y), trying rings further out when the nearest ring is full. */
    static Rectangle2D place(double x, double y, double w, double h, List<Rectangle2D> taken, Rectangle2D area) {
        double[][] directions = {{1, -1}, {1, 1}, {-1, -1}, {-1, 1}, {1, 0}, {-1, 0}, {0, -1}, {0, 1}};
        Rectangle2D first = null;
        for (int ring = 1; ring <= 4; ring++) {
            double gap = MARKER_RADIUS * ring;
            for (double[] d : directions) {
                double left = d[0] > 0 ? x + gap : d[0] < 0 ? x - gap - w : x - w / 2;
                double top = d[1] < 0 ? y - gap - h : d[1] > 0 ? y + gap : y - h / 2;
                Rectangle2D r = new Rectangle2D.Double(left, top, w, h);
                if (first == null) {
                    first = r;
                }
                if (area.contains(r) && taken.stream().noneMatch(r::intersects)) {
                    return r;
                }
            }
        }
        return first;
    }

    /** Axis edges of an XY plot, as JFreeChart works them out from the plot's orientation. */
    private static final class Plot {
        static RectangleEdge xEdge(XYPlot plot) {
            return org.jfree.chart.plot.Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        }

        static RectangleEdge yEdge(XYPlot plot) {
            return org.jfree.chart.plot.Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        }
    }
}
