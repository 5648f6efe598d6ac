package uk.beacon.sql;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How {@code beacon sql} writes a number, the same in every format.
 *
 * <p>The rule: a DOUBLE is rounded to 15 significant digits (all a double holds reliably, and
 * what a spreadsheet shows), then written without trailing zeros and without exponent, so
 * arithmetic noise disappears ({@code 20.450000000000003} is written {@code 20.45}) and
 * nothing a person would read is lost. A FLOAT (REAL) gets 7 significant digits. A DECIMAL
 * is exact and written as it is; integers as they are.
 */
public final class NumberText {

    private static final MathContext DOUBLE_DIGITS = new MathContext(15);
    private static final MathContext FLOAT_DIGITS = new MathContext(7);

    private NumberText() {
    }

    /** The value as a number to write, or null when it is not a number (or not finite). */
    public static BigDecimal decimal(Object v) {
        if (v instanceof Double d) {
            return Double.isFinite(d) ? clean(new BigDecimal(d).round(DOUBLE_DIGITS)) : null;
        }
        if (v instanceof Float f) {
            return Float.isFinite(f) ? clean(new BigDecimal(f.doubleValue()).round(FLOAT_DIGITS)) : null;
        }
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof java.math.BigInteger i) {
            return new BigDecimal(i);
        }
        return null;
    }

    /** The text of any value as {@code beacon sql} writes it (empty for null). */
    public static String of(Object v) {
        if (v == null) {
            return "";
        }
        BigDecimal d = decimal(v);
        if (d != null) {
            return d.toPlainString();
        }
        return v.toString();
    }

    public static boolean isNumber(Object v) {
        return v instanceof Number;
    }

    private static BigDecimal clean(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
