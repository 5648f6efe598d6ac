package uk.beacon.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import uk.beacon.reports.format.FigureFormat;

class DirectionOfTravelTest {

    private static IndicatorRow row(String unit, String polarity, Double value, Double previous) {
        return new IndicatorRow("X", "X", unit, polarity, value, null, null, null, previous, null);
    }

    @Test
    void higherIsBetterUpIsBetterDownIsWorse() {
        assertThat(DirectionOfTravel.text(row("%", "high", 55.0, 50.0))).isEqualTo("\u25B2 better");
        assertThat(DirectionOfTravel.text(row("%", "high", 45.0, 50.0))).isEqualTo("\u25BC worse");
        assertThat(DirectionOfTravel.judgement(row("%", "higher", 45.0, 50.0))).isEqualTo(DirectionOfTravel.Judgement.WORSE);
    }

    @Test
    void lowerIsBetterUpIsWorseDownIsBetter() {
        assertThat(DirectionOfTravel.text(row("%", "low", 28.3, 26.2))).isEqualTo("\u25B2 worse");
        assertThat(DirectionOfTravel.text(row("%", "LOW", 17.3, 18.8))).isEqualTo("\u25BC better");
        assertThat(DirectionOfTravel.judgement(row("%", "low", 17.3, 18.8))).isEqualTo(DirectionOfTravel.Judgement.BETTER);
    }

    @Test
    void neutralOrUnknownPolaritySaysOnlyUpOrDown() {
        assertThat(DirectionOfTravel.text(row("per 10,000 children", "neutral", 54.4, 51.2))).isEqualTo("\u25B2 up");
        assertThat(DirectionOfTravel.text(row("per 10,000 children", null, 50.0, 51.2))).isEqualTo("\u25BC down");
        assertThat(DirectionOfTravel.judgement(row("%", "neutral", 54.4, 51.2))).isEqualTo(DirectionOfTravel.Judgement.NONE);
    }

    @Test
    void noChangeIsJudgedOnTheFiguresAsPrinted() {
        // 21.46 and 21.54 both print as 21.5; 16.4 and 16.1 caseloads ("count") both print as 16.
        assertThat(DirectionOfTravel.text(row("%", "low", 21.46, 21.54))).isEqualTo("\u25BA no change");
        assertThat(DirectionOfTravel.text(row("count", "low", 16.4, 16.1))).isEqualTo("\u25BA no change");
        assertThat(DirectionOfTravel.judgement(row("count", "low", 16.4, 16.1))).isEqualTo(DirectionOfTravel.Judgement.NONE);
        // 21.56 prints as 21.6, 21.46 as 21.5: a change the reader can see.
        assertThat(DirectionOfTravel.text(row("%", "low", 21.56, 21.46))).isEqualTo("\u25B2 worse");
    }

    @Test
    void aMissingFigureGivesNoDirection() {
        assertThat(DirectionOfTravel.text(row("%", "high", null, 50.0))).isEqualTo(FigureFormat.NO_FIGURE);
        assertThat(DirectionOfTravel.text(row("%", "high", 50.0, null))).isEqualTo(FigureFormat.NO_FIGURE);
        assertThat(DirectionOfTravel.judgement(row("%", "high", null, null))).isEqualTo(DirectionOfTravel.Judgement.NONE);
    }

    @Test
    void dejaVuSansHasTheArrowGlyphs() throws Exception {
        // The PDF embeds DejaVu Sans from jasperreports-fonts: the arrows must be in it, not drawn as empty boxes.
        try (InputStream ttf = getClass().getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            assertThat(ttf).isNotNull();
            Font font = Font.createFont(Font.TRUETYPE_FONT, ttf);
            for (String arrow : new String[] {DirectionOfTravel.UP, DirectionOfTravel.DOWN, DirectionOfTravel.SAME}) {
                assertThat(font.canDisplay(arrow.codePointAt(0))).as("DejaVu Sans has %s", arrow).isTrue();
            }
            assertThat(font.canDisplay('\u2022')).as("bullet").isTrue();
        }
    }
}
