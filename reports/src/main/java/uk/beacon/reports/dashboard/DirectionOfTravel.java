package uk.beacon.reports.dashboard;

import java.util.Locale;
import uk.beacon.reports.format.FigureFormat;

/**
 * The "Direction of travel" cell of the dashboard table: an arrow for the change since the
 * previous period and, in words, whether that is better or worse by the indicator's polarity,
 * so that it reads in greyscale and to a screen reader.
 *
 * <p>Judged on the figures as printed: when the value and the previous value print the same
 * (e.g. 21.46 and 21.54 both as "21.5"), the cell says "no change" rather than showing an
 * arrow the reader cannot see in the numbers.
 */
final class DirectionOfTravel {

    static final String UP = "\u25B2";      // ▲
    static final String DOWN = "\u25BC";    // ▼
    static final String SAME = "\u25BA";    // ►

    /** How the change reads for the service; NONE when the indicator has no better direction, or there is no change to judge. */
    enum Judgement { BETTER, WORSE, NONE }

    private DirectionOfTravel() {
    }

    /** "▲ worse", "▼ better", "▲ up" (neutral indicator), "► no change", or "–" when either figure is missing. */
    static String text(IndicatorRow row) {
        int change = change(row);
        if (change == NO_FIGURES) {
            return FigureFormat.NO_FIGURE;
        }
        if (change == 0) {
            return SAME + " no change";
        }
        String arrow = change > 0 ? UP : DOWN;
        return switch (judgement(row)) {
            case BETTER -> arrow + " better";
            case WORSE -> arrow + " worse";
            case NONE -> arrow + (change > 0 ? " up" : " down");
        };
    }

    /** Better or worse by the row's polarity ("high"/"higher" or "low"/"lower" is better); NONE for neutral, unknown or no change. */
    static Judgement judgement(IndicatorRow row) {
        int change = change(row);
        if (change == NO_FIGURES || change == 0) {
            return Judgement.NONE;
        }
        String polarity = row.polarity() == null ? "" : row.polarity().strip().toLowerCase(Locale.ROOT);
        if (polarity.startsWith("high")) {
            return change > 0 ? Judgement.BETTER : Judgement.WORSE;
        }
        if (polarity.startsWith("low")) {
            return change > 0 ? Judgement.WORSE : Judgement.BETTER;
        }
        return Judgement.NONE;
    }

    private static final int NO_FIGURES = Integer.MIN_VALUE;

    /** Sign of the change as printed (1, 0, -1), or NO_FIGURES. */
    private static int change(IndicatorRow row) {
        if (row.value() == null || row.previous() == null || row.value().isNaN() || row.previous().isNaN()) {
            return NO_FIGURES;
        }
        if (FigureFormat.figure(row.value(), row.unit()).equals(FigureFormat.figure(row.previous(), row.unit()))) {
            return 0;
        }
        return Double.compare(row.value(), row.previous()) > 0 ? 1 : -1;
    }
}
