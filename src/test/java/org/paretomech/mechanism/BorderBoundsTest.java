package org.paretomech.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BorderBoundsTest {

    /** E[min(k, Bin(n, T))] summed term by term from the binomial pmf (an independent route). */
    private static double direct(int n, int k, double t) {
        double s = 0;
        for (int m = 0; m <= n; m++) {
            s += Math.min(k, m) * binomial(n, m) * Math.pow(t, m) * Math.pow(1 - t, n - m);
        }
        return s;
    }

    private static double binomial(int n, int m) {
        double c = 1;
        for (int i = 1; i <= m; i++) {
            c = c * (n - m + i) / i;
        }
        return c;
    }

    @Test
    void expectedUnitsMatchesThePmfSum() {
        for (int n = 1; n <= 12; n++) {
            for (int k = 1; k <= n; k++) {
                for (double t : new double[] {0, 1e-3, 0.1, 0.37, 0.5, 0.9, 0.999, 1}) {
                    assertThat(BorderBounds.expectedUnits(n, k, t)).as("n=%d k=%d T=%s", n, k, t)
                            .isCloseTo(direct(n, k, t), within(1e-13));
                }
            }
        }
    }

    /** For large n and tiny T the naive 1 - (1-T)^n cancels; expm1/log1p keeps ~16 digits. */
    @Test
    void oneUnitIsAccurateForLargeNAndTinyTail() {
        double t = 1e-12;
        int n = 10_000;
        // 1 - (1 - T)^n = nT - C(n,2) T^2 + ... ; the second term is 5e-17 relative here.
        assertThat(BorderBounds.expectedUnits(n, 1, t)).isCloseTo(n * t, within(n * t * 1e-7));
        assertThat(BorderBounds.expectedUnits(n, 1, t) / (n * t) - 1).isCloseTo(-(n - 1) * t / 2, within(1e-15));
    }

    /** The class win probability equals E[clip((k - A)/(T + 1), 0, 1)] by direct multinomial sum. */
    @Test
    void classWinProbabilityMatchesMultinomialExpectation() {
        double below = 0.3;
        double mass = 0.25;
        double above = 0.45;
        for (int n = 1; n <= 7; n++) {
            for (int k = 1; k <= n; k++) {
                double e = 0;
                for (int a = 0; a <= n - 1; a++) {
                    for (int t = 0; a + t <= n - 1; t++) {
                        int l = n - 1 - a - t;
                        double pr = binomial(n - 1, a) * binomial(n - 1 - a, t) * Math.pow(above, a)
                                * Math.pow(mass, t) * Math.pow(below, l);
                        e += pr * Math.max(0, Math.min(1, (double) (k - a) / (t + 1)));
                    }
                }
                assertThat(BorderBounds.classWinProbability(n, k, below, mass, above)).as("n=%d k=%d", n, k)
                        .isCloseTo(e, within(1e-13));
            }
        }
    }

    @Test
    void binomialCdfMatchesPmfSum() {
        for (int n = 0; n <= 10; n++) {
            for (int m = 0; m <= n; m++) {
                for (double p : new double[] {0, 0.2, 0.5, 0.95, 1}) {
                    double s = 0;
                    for (int i = 0; i <= m; i++) {
                        s += binomial(n, i) * Math.pow(p, i) * Math.pow(1 - p, n - i);
                    }
                    assertThat(BorderBounds.binomialCdf(n, m, p)).isCloseTo(s, within(1e-13));
                }
            }
        }
    }
}
