package org.paretomech.lp;

import java.util.Locale;

/**
 * Non-negative weights of a revenue–surplus objective {@code λ_R R + λ_S S}, not both zero.
 *
 * @param revenue {@code λ_R >= 0}
 * @param surplus {@code λ_S >= 0}
 */
public record Weights(double revenue, double surplus) {

    /** Pure revenue maximisation. */
    public static final Weights REVENUE = new Weights(1, 0);
    /** Pure surplus maximisation. */
    public static final Weights SURPLUS = new Weights(0, 1);
    /** Welfare {@code R + S}. */
    public static final Weights WELFARE = new Weights(1, 1);

    public Weights {
        if (!(revenue >= 0) || !(surplus >= 0) || !Double.isFinite(revenue) || !Double.isFinite(surplus)
                || revenue + surplus <= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "weights (%s, %s) are invalid; give two finite non-negative numbers, not both zero",
                    revenue, surplus));
        }
    }

    /** The same direction scaled so that the larger weight is one. */
    public Weights normalised() {
        double m = Math.max(revenue, surplus);
        return new Weights(revenue / m, surplus / m);
    }

    /** {@code λ_R R + λ_S S}. */
    public double value(double r, double s) {
        return revenue * r + surplus * s;
    }
}
