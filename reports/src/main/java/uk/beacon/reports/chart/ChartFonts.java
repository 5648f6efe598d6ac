package uk.beacon.reports.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans for charts drawn in Java, loaded from the jasperreports-fonts jar (the same files
 * the templates' text uses), so a chart looks the same whatever fonts the host has installed.
 */
public final class ChartFonts {

    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private ChartFonts() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String file) {
        String path = "net/sf/jasperreports/fonts/dejavu/" + file;
        try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " is not on the classpath (jasperreports-fonts)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + path, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Cannot read font " + path, e);
        }
    }
}
