package uk.beacon.reports.pack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import uk.beacon.reports.chart.ChartFonts;
import uk.beacon.reports.chart.FunnelChart;
import uk.beacon.reports.format.FigureFormat;


/**
 * Where there is no funnel plot (an average, a count), every authority's figure this month on
 * one horizontal scale: others as hollow grey circles, the region's filled and numbered, England
 * as a dashed line. Points are spread over a few rows so that equal figures stay visible; the
 * vertical position means nothing, and the caption says so.
 */
final class StripChart extends DrawnChart {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 5;

    private final List<PackIndicator.Spread> spread;
    private final Double england;
    private final String unit;

    StripChart(List<PackIndicator.Spread> spread, Double england, String unit) {
        this.spread = List.copyOf(spread);
        this.england = england;
        this.unit = unit == null ? "" : unit;
    }


    @Override
    void draw(Graphics2D g, Rectangle2D box) {
        if (spread.isEmpty()) {
            return;
        }
        double low = spread.stream().mapToDouble(PackIndicator.Spread::value).min().orElse(0);
        double high = spread.stream().mapToDouble(PackIndicator.Spread::value).max().orElse(1);
        if (england != null) {
            low = Math.min(low, england);
            high = Math.max(high, england);
        }
        double pad = high > low ? (high - low) * 0.06 : 1;
        low = low >= 0 ? Math.max(0, low - pad) : low - pad;
        high += pad;

        Rectangle2D plot = new Rectangle2D.Double(box.getX() + 8, box.getY() + 20, box.getWidth() - 16, box.getHeight() * 0.45);
        g.setColor(new Color(0xF4, 0xF6, 0xF8));
        g.fill(plot);

        // Axis with five ticks, labelled in the indicator's unit.
        g.setFont(ChartFonts.regular(7.5f));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(0x59, 0x59, 0x59));
        g.setStroke(new BasicStroke(0.8f));
        double axisY = plot.getMaxY() + 4;
        g.draw(new Line2D.Double(plot.getX(), axisY, plot.getMaxX(), axisY));
        for (int i = 0; i <= 4; i++) {
            double v = low + (high - low) * i / 4;
            double x = xAt(v, low, high, plot);
            g.draw(new Line2D.Double(x, axisY, x, axisY + 3));
            String label = FigureFormat.figure(v, unit);
            g.drawString(label, (float) (x - fm.stringWidth(label) / 2.0), (float) (axisY + 4 + fm.getAscent()));
        }
        g.setFont(ChartFonts.regular(8.5f));
        FontMetrics am = g.getFontMetrics();
        g.setColor(FunnelChart.INK);
        g.drawString(unit, (float) (plot.getCenterX() - am.stringWidth(unit) / 2.0), (float) (axisY + 8 + fm.getHeight() + am.getAscent()));

        if (england != null) {
            double x = xAt(england, low, high, plot);
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f));
            g.draw(new Line2D.Double(x, plot.getY() - 4, x, plot.getMaxY()));
            g.setFont(ChartFonts.regular(7.5f));
            String label = "England " + FigureFormat.figure(england, unit);
            g.drawString(label, (float) Math.min(x - fm.stringWidth(label) / 2.0, plot.getMaxX() - fm.stringWidth(label)),
                    (float) (plot.getY() - 7));
        }

        // Others first, underneath; then the region's, numbered.
        List<PackIndicator.Spread> ordered = new ArrayList<>(spread);
        ordered.sort(java.util.Comparator.comparingInt(PackIndicator.Spread::key));
        g.setFont(ChartFonts.bold(8f));
        for (int i = 0; i < ordered.size(); i++) {
            PackIndicator.Spread s = ordered.get(i);
            double x = xAt(s.value(), low, high, plot);
            int row = Math.floorMod(s.laCode().hashCode(), ROWS);
            double y = plot.getY() + plot.getHeight() * (row + 0.5) / ROWS;
            if (s.key() == 0) {
                g.setColor(FunnelChart.OTHERS_GREY);
                g.setStroke(new BasicStroke(0.8f));
                g.draw(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
            } else {
                g.setColor(FunnelChart.REGION_BLUE);
                g.fill(new Ellipse2D.Double(x - 3.5, y - 3.5, 7, 7));
                g.setColor(FunnelChart.INK);
                g.drawString(String.valueOf(s.key()), (float) (x + 4), (float) (y - 3));
            }
        }

        // Key.
        double keyY = Math.min(box.getMaxY() - 4, axisY + 8 + fm.getHeight() + am.getHeight() + 16);
        g.setFont(ChartFonts.regular(7.5f));
        g.setColor(FunnelChart.OTHERS_GREY);
        g.draw(new Ellipse2D.Double(box.getX() + 8, keyY - 6, 5, 5));
        g.setColor(FunnelChart.INK);
        g.drawString("Other authorities", (float) (box.getX() + 17), (float) keyY);
        g.setColor(FunnelChart.REGION_BLUE);
        g.fill(new Ellipse2D.Double(box.getX() + 110, keyY - 7, 7, 7));
        g.setColor(FunnelChart.INK);
        g.drawString("This region (numbered)", (float) (box.getX() + 121), (float) keyY);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f));
        g.draw(new Line2D.Double(box.getX() + 240, keyY - 3, box.getX() + 262, keyY - 3));
        g.drawString("England", (float) (box.getX() + 266), (float) keyY);
    }

    private static double xAt(double v, double low, double high, Rectangle2D plot) {
        return plot.getX() + plot.getWidth() * (v - low) / (high - low);
    }
}
