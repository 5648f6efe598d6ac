package uk.beacon.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;
import net.sf.jasperreports.renderers.Renderable;

/**
 * Draws a funnel plot (JFreeChart, handed to Jasper as vector graphics): every authority of the
 * peer group as a point, the region's numbered and filled, the 95% and 99.8% limits as curves and
 * the pooled value as the centre line. Lines differ by dash as well as weight and points by shape
 * as well as colour (Okabe-Ito), so the plot reads in greyscale and for colour-blind readers.
 */
public final class FunnelChart {

    public static final Color REGION_BLUE = new Color(0x00, 0x72, 0xB2);
    public static final Color CONCERN_VERMILLION = new Color(0xD5, 0x5E, 0x00);
    public static final Color OTHERS_GREY = new Color(0x8C, 0x8C, 0x8C);
    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color GRID = new Color(0xE3, 0xE3, 0xE3);

    private static final Stroke CENTRE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 2.5f, 1.5f, 2.5f}, 0f);
    private static final Stroke INNER = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f);
    private static final Stroke OUTER = new BasicStroke(1.6f);
    private static final Shape DOT = new Ellipse2D.Double(-2.5, -2.5, 5, 5);
    private static final Shape REGION_DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    private static final Shape DIAMOND = ChartShapes.diamond(0, 0, 5.0);

    private FunnelChart() {
    }

    /** The plot for Jasper's image element, sized to the element when drawn. */
    public static Renderable renderable(FunnelView view, String unit) {
        return new JCommonDrawableRendererImpl(chart(view, unit));
    }

    static JFreeChart chart(FunnelView view, String unit) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeries outerUpper = new XYSeries("99.8% upper", false);
        XYSeries outerLower = new XYSeries("99.8% lower", false);
        XYSeries innerUpper = new XYSeries("95% upper", false);
        XYSeries innerLower = new XYSeries("95% lower", false);
        XYSeries centre = new XYSeries("centre", false);
        for (FunnelView.FunnelCurvePoint p : view.curve()) {
            outerUpper.add(p.denominator(), p.outerUpper());
            outerLower.add(p.denominator(), p.outerLower());
            innerUpper.add(p.denominator(), p.innerUpper());
            innerLower.add(p.denominator(), p.innerLower());
            centre.add(p.denominator(), view.target());
        }
        lines.addSeries(outerUpper);
        lines.addSeries(outerLower);
        lines.addSeries(innerUpper);
        lines.addSeries(innerLower);
        lines.addSeries(centre);

        XYSeriesCollection points = new XYSeriesCollection();
        XYSeries others = new XYSeries("others", false);
        XYSeries region = new XYSeries("region", false);
        XYSeries regionConcern = new XYSeries("region concern", false);
        for (FunnelView.FunnelDot d : view.dots()) {
            (d.key() == 0 ? others : d.concern() && !"inside".equals(d.band()) ? regionConcern : region).add(d.denominator(), d.value());
        }
        points.addSeries(others);
        points.addSeries(region);
        points.addSeries(regionConcern);

        NumberAxis x = axis(view.xLabel());
        NumberAxis y = axis(unit == null || unit.isBlank() ? "Value" : unit);
        // The view is set by the points, not by the curves, which flare out at small denominators.
        double low = view.target();
        double high = view.target();
        double maxDenominator = 0;
        for (FunnelView.FunnelDot d : view.dots()) {
            low = Math.min(low, d.value());
            high = Math.max(high, d.value());
            maxDenominator = Math.max(maxDenominator, d.denominator());
        }
        // Show the funnel's neck too: the limits where the authorities are largest.
        for (FunnelView.FunnelCurvePoint c : view.curve()) {
            if (c.denominator() >= maxDenominator * 0.6 && c.denominator() <= maxDenominator) {
                low = Math.min(low, c.outerLower());
                high = Math.max(high, c.outerUpper());
            }
        }
        double pad = Math.max((high - low) * 0.08, Math.abs(view.target()) * 0.02 + 1e-6);
        y.setRange(Math.max(low - pad, low >= 0 ? 0 : low - pad), high + pad);
        x.setRange(0, maxDenominator * 1.06 + 1e-6);

        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        Color[] lineColour = {INK, INK, INK, INK, INK};
        Stroke[] lineStroke = {OUTER, OUTER, INNER, INNER, CENTRE};
        for (int i = 0; i < 5; i++) {
            lineRenderer.setSeriesPaint(i, i == 4 ? REGION_BLUE.darker() : lineColour[i]);
            lineRenderer.setSeriesStroke(i, lineStroke[i]);
        }
        lineRenderer.setSeriesPaint(4, new Color(0x55, 0x55, 0x55));

        XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
        dotRenderer.setUseOutlinePaint(true);
        dotRenderer.setDrawOutlines(true);
        dotRenderer.setSeriesShape(0, DOT);
        dotRenderer.setSeriesShapesFilled(0, false);
        dotRenderer.setSeriesPaint(0, OTHERS_GREY);
        dotRenderer.setSeriesOutlinePaint(0, OTHERS_GREY);
        dotRenderer.setSeriesShape(1, REGION_DOT);
        dotRenderer.setSeriesPaint(1, REGION_BLUE);
        dotRenderer.setSeriesOutlinePaint(1, Color.WHITE);
        dotRenderer.setSeriesShape(2, DIAMOND);
        dotRenderer.setSeriesPaint(2, CONCERN_VERMILLION);
        dotRenderer.setSeriesOutlinePaint(2, INK);

        XYPlot plot = new XYPlot(points, x, y, dotRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        // Points over the curves.
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        List<FunnelLabels.Label> labels = new ArrayList<>();
        for (FunnelView.FunnelDot d : view.dots()) {
            if (d.key() > 0) {
                labels.add(new FunnelLabels.Label(d.denominator(), d.value(), String.valueOf(d.key())));
            }
        }
        plot.addAnnotation(new FunnelLabels(labels));
        plot.setFixedLegendItems(legend(view));

        JFreeChart chart = new JFreeChart(null, ChartFonts.regular(9f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        LegendTitle legendTitle = chart.getLegend();
        legendTitle.setPosition(RectangleEdge.BOTTOM);
        legendTitle.setFrame(BlockBorder.NONE);
        legendTitle.setItemFont(ChartFonts.regular(7.5f));
        legendTitle.setItemPaint(INK);
        return chart;
    }

    private static LegendItemCollection legend(FunnelView view) {
        LegendItemCollection items = new LegendItemCollection();
        Shape line = new Line2D.Double(-12, 0, 12, 0);
        items.add(lineItem("Centre: " + view.peerGroupLabel() + ", pooled", line, CENTRE, new Color(0x55, 0x55, 0x55)));
        items.add(lineItem("95% limits", line, INNER, INK));
        items.add(lineItem("99.8% limits", line, OUTER, INK));
        items.add(shapeItem("Other authorities", DOT, OTHERS_GREY, false));
        items.add(shapeItem("This region (numbered)", REGION_DOT, REGION_BLUE, true));
        items.add(shapeItem("This region, outside 95%, worse", DIAMOND, CONCERN_VERMILLION, true));
        return items;
    }

    private static LegendItem lineItem(String label, Shape line, Stroke stroke, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, false, new Ellipse2D.Double(), false, colour, false, colour,
                stroke, true, line, stroke, colour);
        return item;
    }

    private static LegendItem shapeItem(String label, Shape shape, Color colour, boolean filled) {
        return new LegendItem(label, null, null, null, true, shape, filled, colour, !filled, colour, new BasicStroke(1f), false,
                new Line2D.Double(), new BasicStroke(1f), colour);
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(ChartFonts.regular(8.5f));
        axis.setTickLabelFont(ChartFonts.regular(7.5f));
        axis.setLabelPaint(INK);
        axis.setTickLabelPaint(new Color(0x44, 0x44, 0x44));
        axis.setAxisLinePaint(new Color(0x59, 0x59, 0x59));
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.UK));
        axis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.UK));
        return axis;
    }

}
