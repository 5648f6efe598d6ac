package uk.beacon.reports.pack;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A chart drawn straight onto Jasper's Graphics2D (vector in the PDF), laid out for whatever box
 * the template's image element gives it. Subclasses draw on an anti-aliased copy of the
 * graphics, so nothing they set leaks into the rest of the page.
 */
abstract class DrawnChart extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;

    @Override
    public final void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D box) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            draw(g, box);
        } finally {
            g.dispose();
        }
    }

    abstract void draw(Graphics2D g, Rectangle2D box);
}
