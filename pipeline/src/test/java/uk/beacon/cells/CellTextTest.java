package uk.beacon.cells;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void textAFormulaCouldStartWithGetsALeadingQuote() {
        for (String hostile : new String[] {"=1+1", "+44 20", "-cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")"}) {
            assertThat(CellText.neutralise(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
        assertThat(CellText.neutralise("Greyburn")).isEqualTo("Greyburn");
        assertThat(CellText.neutralise("")).isEmpty();
        assertThat(CellText.neutralise(null)).isNull();
    }

    @Test
    void aNumberStaysANumber() {
        for (String n : new String[] {"-1.5", "-3", "-0.25", "-3e-4", "12", "+"}) {
            boolean number = !n.equals("+");
            assertThat(CellText.isNumber(n)).as(n).isEqualTo(number);
        }
        assertThat(CellText.neutralise("-1.5")).isEqualTo("-1.5");
        assertThat(CellText.csv("-1.5")).isEqualTo("-1.5");
        assertThat(CellText.neutralise("-1.5 points")).isEqualTo("'-1.5 points");
    }

    @Test
    void csvFieldsAreNeutralisedThenQuoted() {
        assertThat(CellText.csv("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CellText.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(CellText.csv(null)).isEmpty();
    }

    @Test
    void textLongerThanACellIsCutToFitWithAMarker() {
        String longText = "x".repeat(100_000);
        String cell = CellText.xlsx(longText, "beacon explain 957 2026-10");
        assertThat(cell.length()).isBetween(CellText.XLSX_CELL_LIMIT - 2, CellText.XLSX_CELL_LIMIT);
        assertThat(cell).endsWith("more characters; the whole text: beacon explain 957 2026-10]");
        int kept = cell.indexOf('\u2026');
        assertThat(cell).contains(String.format(java.util.Locale.UK, "[cut: %,d more characters", 100_000 - kept));
        assertThat(CellText.xlsx("short", null)).isEqualTo("short");
        assertThat(CellText.xlsx("x".repeat(CellText.XLSX_CELL_LIMIT), null)).hasSize(CellText.XLSX_CELL_LIMIT).doesNotContain("cut:");
        // A character outside the BMP is never split in two.
        String emoji = "\uD83D\uDE00".repeat(20_000);
        String cut = CellText.xlsx(emoji, null);
        assertThat(cut.length()).isLessThanOrEqualTo(CellText.XLSX_CELL_LIMIT);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.indexOf('\u2026') - 1))).isFalse();
    }
}
