package uk.beacon.reports.pack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.beacon.reports.chart.ChartFonts;
import uk.beacon.reports.chart.ChartShapes;
import uk.beacon.reports.chart.FunnelChart;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.reports.format.FigureFormat;


/**
 * The small multiples of one indicator: a panel per authority of the region (alphabetical,
 * numbered as on the funnel plot), each its last 24 months against England, all on one shared
 * scale so panels compare at a glance. The latest point carries the overview cell's signal
 * (shape and colour), so the page and the overview tell the same story. Drawn straight onto
 * Jasper's Graphics2D: vector in the PDF, laid out for whatever box the template gives it.
 */
final class SmallMultiplesChart extends DrawnChart {

    private static final long serialVersionUID = 1L;
    private static final Color INK = FunnelChart.INK;
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color FRAME = new Color(0xC8, 0xCE, 0xD6);
    private static final Stroke AUTHORITY = new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke ENGLAND = new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 2f}, 0f);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private final List<PackAuthority> authorities;
    private final List<PackCell> cells;
    private final String unit;

    SmallMultiplesChart(List<PackAuthority> authorities, List<PackCell> cells, String unit) {
        this.authorities = List.copyOf(authorities);
        this.cells = List.copyOf(cells);
        this.unit = unit == null ? "" : unit;
    }


    @Override
    void draw(Graphics2D g, Rectangle2D box) {
        int n = cells.size();
        if (n == 0) {
            return;
        }
        double[] range = sharedRange();
        int cols = Math.max(1, (int) Math.ceil(Math.sqrt(n * box.getWidth() / box.getHeight())));
        int rows = (int) Math.ceil(n / (double) cols);
        double gap = 6;
        double axisWidth = 26;
        double bottomAxis = 11;
        double panelW = (box.getWidth() - axisWidth - gap * (cols - 1)) / cols;
        double panelH = (box.getHeight() - bottomAxis - gap * (rows - 1)) / rows;
        for (int i = 0; i < n; i++) {
            int col = i % cols;
            int row = i / cols;
            double x = box.getX() + axisWidth + col * (panelW + gap);
            double y = box.getY() + row * (panelH + gap);
            boolean lastRow = row == rows - 1 || i + cols >= n;
            panel(g, new Rectangle2D.Double(x, y, panelW, panelH), authorities.get(i), cells.get(i), range, col == 0, lastRow);
        }
    }

    private void panel(Graphics2D g, Rectangle2D p, PackAuthority who, PackCell cell, double[] range, boolean yLabels, boolean xLabels) {
        Font title = ChartFonts.bold(6.8f);
        Font small = ChartFonts.regular(6.2f);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(p);

        // Heading: "3 Carrick Fell" on the first line, the latest figure on the second.
        g.setFont(title);
        FontMetrics fm = g.getFontMetrics();
        String latest = cell.value() == null ? (cell.status() == null ? "no figure" : cell.status() + " (suppressed)")
                : FigureFormat.figure(cell.value(), unit);
        g.setColor(INK);
        // Narrow panels (large regions): a smaller font before cutting the name short.
        String name = who.key() + " " + who.laName();
        for (float size = 6.8f; size >= 5.4f && fm.stringWidth(name) > p.getWidth() - 4; size -= 0.7f) {
            g.setFont(ChartFonts.bold(size));
            fm = g.getFontMetrics();
        }
        g.drawString(fit(name, fm, p.getWidth() - 4), (float) (p.getX() + 2), (float) (p.getY() + fm.getAscent() + 1));
        g.setFont(small);
        FontMetrics lm = g.getFontMetrics();
        g.setColor(MUTED);
        g.drawString(fit(latest, lm, p.getWidth() - 4), (float) (p.getX() + 2), (float) (p.getY() + fm.getHeight() + lm.getAscent() + 1));
        g.setFont(title);
        double top = p.getY() + fm.getHeight() + lm.getHeight() + 3;
        Rectangle2D plot = new Rectangle2D.Double(p.getX() + 3, top, p.getWidth() - 6, p.getMaxY() - top - 3);
        List<TrendPoint> trend = sorted(cell.trend());
        if (trend.isEmpty()) {
            g.setFont(small);
            g.setColor(MUTED);
            g.drawString("no figures", (float) plot.getX() + 2, (float) plot.getCenterY());
            return;
        }
        int months = trend.size();
        // England first, underneath.
        drawLine(g, trend, plot, range, months, true);
        drawLine(g, trend, plot, range, months, false);

        // The latest point: its signal's marker.
        TrendPoint last = trend.get(months - 1);
        if (last.value() != null) {
            double px = xAt(months - 1, months, plot);
            double py = yAt(last.value(), range, plot);
            Shape marker = marker(cell.signal(), px, py);
            g.setColor(fill(cell.signal()));
            g.fill(marker);
            g.setColor(INK);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(marker);
        }

        g.setFont(small);
        g.setColor(MUTED);
        FontMetrics sm = g.getFontMetrics();
        if (yLabels) {
            String hi = FigureFormat.figure(range[1], unit);
            String lo = FigureFormat.figure(range[0], unit);
            g.drawString(hi, (float) (p.getX() - sm.stringWidth(hi) - 3), (float) (plot.getY() + sm.getAscent() / 2.0));
            g.drawString(lo, (float) (p.getX() - sm.stringWidth(lo) - 3), (float) (plot.getMaxY() + sm.getAscent() / 2.0 - 1));
        }
        if (xLabels) {
            String first = YearMonth.parse(trend.get(0).period()).format(MONTH);
            String end = YearMonth.parse(last.period()).format(MONTH);
            float baseline = (float) (p.getMaxY() + sm.getAscent() + 1);
            // Both ends when they fit side by side, else only the latest month.
            if (sm.stringWidth(first) + sm.stringWidth(end) + 4 <= p.getWidth()) {
                g.drawString(first, (float) p.getX(), baseline);
            }
            g.drawString(end, (float) (p.getMaxX() - sm.stringWidth(end)), baseline);
        }
    }

    private static void drawLine(Graphics2D g, List<TrendPoint> trend, Rectangle2D plot, double[] range, int months, boolean england) {
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < months; i++) {
            Double v = england ? trend.get(i).england() : trend.get(i).value();
            if (v == null) {
                pen = false; // a gap for a missing month, never a line drawn across it
                continue;
            }
            double px = xAt(i, months, plot);
            double py = yAt(v, range, plot);
            if (pen) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                pen = true;
            }
        }
        g.setColor(england ? INK : FunnelChart.REGION_BLUE);
        g.setStroke(england ? ENGLAND : AUTHORITY);
        g.draw(path);
        if (!england) {
            // Isolated months (a value with gaps either side) would not show as a line: dot them.
            for (int i = 0; i < months; i++) {
                Double v = trend.get(i).value();
                boolean before = i > 0 && trend.get(i - 1).value() != null;
                boolean after = i < months - 1 && trend.get(i + 1).value() != null;
                if (v != null && !before && !after) {
                    g.fill(new Ellipse2D.Double(xAt(i, months, plot) - 1.2, yAt(v, range, plot) - 1.2, 2.4, 2.4));
                }
            }
        }
    }

    /** One scale for every panel: the lowest and highest of every authority's and England's figures. */
    double[] sharedRange() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (PackCell c : cells) {
            for (TrendPoint t : c.trend()) {
                for (Double v : new Double[] {t.value(), t.england()}) {
                    if (v != null) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
        }
        if (low > high) {
            return new double[] {0, 1};
        }
        if (high - low < 1e-9) {
            return new double[] {low - 1, high + 1};
        }
        double pad = (high - low) * 0.06;
        return new double[] {low >= 0 ? Math.max(0, low - pad) : low - pad, high + pad};
    }

    private static double xAt(int i, int months, Rectangle2D plot) {
        return months == 1 ? plot.getCenterX() : plot.getX() + plot.getWidth() * i / (months - 1);
    }

    private static double yAt(double v, double[] range, Rectangle2D plot) {
        return plot.getMaxY() - plot.getHeight() * (v - range[0]) / (range[1] - range[0]);
    }

    static Shape marker(PackSignal signal, double x, double y) {
        return switch (signal) {
            case STRONG_CONCERN -> ChartShapes.diamond(x, y, 4.2);
            case CONCERN -> ChartShapes.diamond(x, y, 3.4);
            case IMPROVEMENT -> new Rectangle2D.Double(x - 2.8, y - 2.8, 5.6, 5.6);
            default -> new Ellipse2D.Double(x - 2.2, y - 2.2, 4.4, 4.4);
        };
    }

    private static Color fill(PackSignal signal) {
        return switch (signal) {
            case STRONG_CONCERN -> FunnelChart.CONCERN_VERMILLION;
            case CONCERN -> new Color(0xF5, 0xC8, 0xA8);
            case IMPROVEMENT -> new Color(0x56, 0xB4, 0xE9);
            case CHANGE -> new Color(0xBB, 0xBB, 0xBB);
            case NONE -> FunnelChart.REGION_BLUE;
        };
    }

    private static List<TrendPoint> sorted(List<TrendPoint> points) {
        List<TrendPoint> out = new ArrayList<>(points);
        out.sort(java.util.Comparator.comparing(TrendPoint::period));
        return out;
    }

    private static String fit(String text, FontMetrics fm, double width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 2 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }
}
