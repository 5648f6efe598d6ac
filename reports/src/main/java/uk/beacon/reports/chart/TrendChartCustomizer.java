package uk.beacon.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;

/**
 * Styles the dashboard's trend chart: authority vs England vs region, with the SPC centre line,
 * process limits and special-cause markers.
 *
 * <p>Jasper's chart XML can set colours but not dash patterns, so this customizer sets them:
 * each line differs in colour (Okabe-Ito, colour-blind safe) <em>and</em> in stroke, so the
 * chart still reads when printed in greyscale. Series are styled by position, which follows
 * the order of the {@code <series>} elements in the template: authority, England, region.
 * The SPC series are found by name ({@link #CENTRE_LINE} …, the names the template gives them):
 * the centre line thin grey solid, the process limits thin grey dash-dot (the lower one is not
 * repeated in the legend), and the special causes as markers only, each in its own colour and
 * shape: concern a large vermillion triangle, improvement a hollow blue square, neither a grey
 * diamond. A series with no values (no limits, or no special cause of that kind) is left out of
 * the legend.
 *
 * <p>Public with a public no-arg constructor because Jasper instantiates it by reflection
 * from the template's {@code customizerClass}; it is not part of Beacon's API.
 */
public final class TrendChartCustomizer implements JRChartCustomizer {

    static final Color AUTHORITY_BLUE = new Color(0x00, 0x72, 0xB2);
    static final Color ENGLAND_BLACK = new Color(0x00, 0x00, 0x00);
    static final Color REGION_ORANGE = new Color(0xE6, 0x9F, 0x00);
    static final Color LIMIT_GREY = new Color(0x59, 0x59, 0x59);
    static final Color CONCERN_VERMILLION = new Color(0xD5, 0x5E, 0x00);
    static final Color IMPROVEMENT_BLUE = new Color(0x00, 0x72, 0xB2);
    static final Color NEUTRAL_GREY = new Color(0x66, 0x66, 0x66);

    /** Series names, as the template's {@code <seriesExpression>}s spell them. */
    static final String CENTRE_LINE = "Centre line";
    static final String UPPER_LIMIT = "Process limits";
    static final String LOWER_LIMIT = "Lower process limit";

    private static final Stroke CENTRE_STROKE = new BasicStroke(1.0f);
    /** Dash-dot, so a limit is never mistaken for England's dashed line, in colour or in greyscale. */
    private static final Stroke LIMIT_STROKE = new BasicStroke(1.1f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 2.5f, 1.5f, 2.5f}, 0f);
    private static final Shape CONCERN_MARKER = triangle(5.5);
    private static final Shape IMPROVEMENT_MARKER = new Rectangle2D.Double(-4.5, -4.5, 9.0, 9.0);
    private static final Shape NEUTRAL_MARKER = ChartShapes.diamond(0, 0, 5.5);

    private static final Stroke AUTHORITY_STROKE =
            new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke ENGLAND_STROKE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 4f}, 0f);
    private static final Stroke REGION_STROKE = new BasicStroke(2.4f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {2.5f, 2.5f}, 0f);
    private static final Shape AUTHORITY_MARKER = new Ellipse2D.Double(-2.75, -2.75, 5.5, 5.5);

    private static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    private static final Color AXIS = new Color(0x59, 0x59, 0x59);

    public TrendChartCustomizer() {
        // Instantiated by Jasper.
    }

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setBackgroundPaint(Color.WHITE);
            chart.getLegend().setItemPaint(ENGLAND_BLACK);
        }
        if (!(chart.getPlot() instanceof XYPlot plot)) {
            return;
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        // Series in template order, so the special-cause markers are drawn over the authority's dots.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        styleLines(plot.getRenderer());
        styleSpc(plot.getRenderer(), plot.getDataset());
        styleTimeAxis(plot.getDomainAxis(), monthsShown(plot.getDataset()));
        styleValueAxis(plot.getRangeAxis());
    }

    private static void styleLines(XYItemRenderer renderer) {
        if (!(renderer instanceof XYLineAndShapeRenderer lines)) {
            return;
        }
        lines.setAutoPopulateSeriesStroke(false);
        lines.setAutoPopulateSeriesPaint(false);
        lines.setAutoPopulateSeriesShape(false);

        lines.setSeriesPaint(0, AUTHORITY_BLUE);
        lines.setSeriesStroke(0, AUTHORITY_STROKE);
        lines.setSeriesShape(0, AUTHORITY_MARKER);
        lines.setSeriesShapesVisible(0, true);
        lines.setSeriesShapesFilled(0, true);

        lines.setSeriesPaint(1, ENGLAND_BLACK);
        lines.setSeriesStroke(1, ENGLAND_STROKE);
        lines.setSeriesShapesVisible(1, false);

        lines.setSeriesPaint(2, REGION_ORANGE);
        lines.setSeriesStroke(2, REGION_STROKE);
        lines.setSeriesShapesVisible(2, false);

        for (int series = 0; series < 3; series++) {
            lines.setSeriesLinesVisible(series, true);
        }
        // Legend swatch: a short stretch of the line, so dashes are visible in the key too.
        lines.setLegendLine(new java.awt.geom.Line2D.Double(-14.0, 0.0, 14.0, 0.0));
    }

    /** Centre line, limits and special-cause markers, found by series name; empty series leave the legend. */
    private static void styleSpc(XYItemRenderer renderer, XYDataset dataset) {
        if (!(renderer instanceof XYLineAndShapeRenderer lines) || dataset == null) {
            return;
        }
        for (int series = 0; series < dataset.getSeriesCount(); series++) {
            String name = String.valueOf(dataset.getSeriesKey(series));
            if (name.equals(CENTRE_LINE)) {
                lineOnly(lines, series, LIMIT_GREY, CENTRE_STROKE);
            } else if (name.equals(UPPER_LIMIT) || name.equals(LOWER_LIMIT)) {
                lineOnly(lines, series, LIMIT_GREY, LIMIT_STROKE);
            } else if (name.equals(SpecialCauseMark.CONCERN.legend())) {
                markerOnly(lines, series, CONCERN_VERMILLION, CONCERN_MARKER, true);
            } else if (name.equals(SpecialCauseMark.IMPROVEMENT.legend())) {
                markerOnly(lines, series, IMPROVEMENT_BLUE, IMPROVEMENT_MARKER, false);
            } else if (name.equals(SpecialCauseMark.NEUTRAL_CHANGE.legend())) {
                markerOnly(lines, series, NEUTRAL_GREY, NEUTRAL_MARKER, true);
            } else {
                continue;
            }
            // One legend entry for both limits, none for a series with nothing to draw.
            lines.setSeriesVisibleInLegend(series, !name.equals(LOWER_LIMIT) && hasValues(dataset, series));
        }
    }

    private static void lineOnly(XYLineAndShapeRenderer lines, int series, Color colour, Stroke stroke) {
        lines.setSeriesPaint(series, colour);
        lines.setSeriesStroke(series, stroke);
        lines.setSeriesLinesVisible(series, true);
        lines.setSeriesShapesVisible(series, false);
    }

    private static void markerOnly(XYLineAndShapeRenderer lines, int series, Color colour, Shape marker, boolean filled) {
        lines.setSeriesPaint(series, colour);
        lines.setSeriesStroke(series, new BasicStroke(1.0f));
        lines.setSeriesOutlineStroke(series, new BasicStroke(filled ? 0.8f : 1.8f));
        lines.setSeriesShape(series, marker);
        lines.setSeriesLinesVisible(series, false);
        lines.setSeriesShapesVisible(series, true);
        lines.setSeriesShapesFilled(series, filled);
    }

    static boolean hasValues(XYDataset dataset, int series) {
        for (int item = 0; item < dataset.getItemCount(series); item++) {
            Number y = dataset.getY(series, item);
            if (y != null && !Double.isNaN(y.doubleValue())) {
                return true;
            }
        }
        return false;
    }

    private static Shape triangle(double half) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -half * 1.15);
        path.lineTo(half, half * 0.85);
        path.lineTo(-half, half * 0.85);
        path.closePath();
        return path;
    }


    /** Month ticks: every month for a short series, thinning out so labels never collide. */
    private static void styleTimeAxis(ValueAxis axis, int months) {
        if (!(axis instanceof DateAxis dates)) {
            return;
        }
        // About a dozen labels at most, whatever the cadence: months drawn are the span of the
        // points, not their number (8 quarters span 22 months; 9 reporting years, 97).
        int step = months <= 13 ? 1 : months <= 26 ? 3 : months <= 52 ? 6 : months <= 130 ? 12 : 24;
        // Points are at the start of each month (UTC, the report's time zone), so ticks are too.
        TimeZone utc = TimeZone.getTimeZone("UTC");
        // Locale.ENGLISH, not UK: Java 17's CLDR data abbreviates September as "Sept" for en-GB.
        SimpleDateFormat label = new SimpleDateFormat(step >= 12 ? "yyyy" : "MMM yy", Locale.ENGLISH);
        label.setTimeZone(utc);
        dates.setTimeZone(utc);
        dates.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step, label));
        dates.setTickMarkPosition(DateTickMarkPosition.START);
        dates.setLowerMargin(0.02);
        dates.setUpperMargin(0.02);
        dates.setAxisLinePaint(AXIS);
        dates.setTickMarkPaint(AXIS);
        dates.setTickLabelPaint(AXIS);
        dates.setLabelPaint(ENGLAND_BLACK);
    }

    private static void styleValueAxis(ValueAxis axis) {
        if (!(axis instanceof NumberAxis numbers)) {
            return;
        }
        // Start at zero so a small wobble is not drawn as a crisis.
        numbers.setAutoRangeIncludesZero(true);
        numbers.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.UK));
        numbers.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.UK));
        numbers.setUpperMargin(0.08);
        numbers.setAxisLinePaint(AXIS);
        numbers.setTickMarkPaint(AXIS);
        numbers.setTickLabelPaint(AXIS);
        numbers.setLabelPaint(ENGLAND_BLACK);
    }

    /** The months the points span, first to last inclusive (x values are milliseconds). */
    private static int monthsShown(XYDataset dataset) {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        if (dataset != null) {
            for (int series = 0; series < dataset.getSeriesCount(); series++) {
                for (int i = 0; i < dataset.getItemCount(series); i++) {
                    double x = dataset.getXValue(series, i);
                    first = Math.min(first, x);
                    last = Math.max(last, x);
                }
            }
        }
        if (first > last) {
            return 0;
        }
        return (int) Math.round((last - first) / (30.436875 * 24 * 3600 * 1000)) + 1;
    }
}
