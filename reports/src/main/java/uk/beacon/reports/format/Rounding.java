package uk.beacon.reports.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Beacon's one rounding rule for every figure it prints (PDFs, CSV and XLSX tables): half
 * up (away from zero) on the figure's shortest decimal form ({@link BigDecimal#valueOf(double)}),
 * as official statistics round. 0.15 prints as 0.2 and 2.675 as 2.68 although the doubles
 * nearest them lie just below (0.1499999999999999944…, 2.67499999999999982…), which rounding
 * the binary value would print as 0.1 and 2.67: the binary tail never decides a digit. (That
 * two runs compute the same double in the first place is the SQL's job: sums over DECIMAL.)
 */
public final class Rounding {

    private Rounding() {
    }

    /** The value rounded half up to {@code places} decimal places, as a BigDecimal (for formatting). */
    public static BigDecimal halfUp(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }

    /** The value rounded half up to {@code places} places, as plain text without grouping ("41.5", "-0.3"); "-0.0" prints as "0.0". */
    public static String text(double value, int places) {
        BigDecimal r = halfUp(value, places);
        return r.signum() == 0 ? r.abs().toPlainString() : r.toPlainString();
    }
}
