package org.paretomech.distribution;

import java.util.Locale;

/**
 * Number formatting for descriptions, {@code source} strings and error messages of this package.
 * Formatting never depends on the default locale.
 */
final class NumberText {

    private NumberText() {
    }

    /**
     * A text that parses back to exactly {@code x}: integers without a fraction ({@code 1}, not
     * {@code 1.0}), everything else as {@link Double#toString} with a lower-case exponent
     * ({@code 1.3}; {@code 1.0E-5} becomes {@code 1e-5}). Infinities are written {@code +inf} /
     * {@code -inf}.
     */
    static String exact(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "+inf" : "-inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x).replace(".0E", "E").replace('E', 'e');
    }

    /** Six significant digits, trailing zeros removed ({@code 0.00247875}, {@code 1.5e-12}). */
    static String approx(double x) {
        if (!Double.isFinite(x)) {
            return exact(x);
        }
        if (x == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.6g", x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        if (!exponent.isEmpty()) {
            exponent = "e" + Integer.parseInt(exponent.substring(1));
        }
        return mantissa + exponent;
    }
}
