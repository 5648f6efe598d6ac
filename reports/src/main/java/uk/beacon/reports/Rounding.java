package uk.beacon.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Beacon's one rounding rule for every figure it prints (PDFs, CSV and XLSX tables): half
 * up (away from zero) on the figure's shortest decimal form, as official statistics round.
 * 41.45 prints as 41.5 whether the double holding it is 41.450000000000003 or
 * 41.449999999999996: the decimal form of both is 41.45 ({@link BigDecimal#valueOf(double)}),
 * so the binary representation never decides a printed digit.
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
