package org.paretomech.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BargainingTest {

    /**
     * The continuous U[0,1], n = 2 frontier's buyer side is the segment from (1/3, 1/3) to (0, 1/2)
     * (MATH §9); with the revenue side replaced by the segment from (5/12, 1/4) to (1/3, 1/3) — which
     * KS does not reach — the KS point solves R/(5/12) = S/(1/2) on R + 2S = 1: R = 5/17, S = 6/17.
     */
    @Test
    void kalaiSmorodinskyOnAPolyline() {
        Bargaining b = Bargaining.of(List.of(new double[] {5.0 / 12, 0.25}, new double[] {1.0 / 3, 1.0 / 3},
                new double[] {0, 0.5}), 2.0 / 3);
        BargainingSolution ks = b.kalaiSmorodinsky();
        assertThat(ks.revenue()).isCloseTo(5.0 / 17, within(1e-15));
        assertThat(ks.surplus()).isCloseTo(6.0 / 17, within(1e-15));
        assertThat(ks.welfareRatio()).isCloseTo(33.0 / 34, within(1e-15));
    }

    /** max R S^b on R + S = 1 is R = 1/(1+b): the clipped-root formula on one segment. */
    @Test
    void weightedNashOnASegment() {
        Bargaining b = Bargaining.of(List.of(new double[] {1, 0}, new double[] {0, 1}), 1);
        assertThat(b.crossSideNash().revenue()).isCloseTo(0.5, within(1e-15));
        assertThat(b.nash(4).revenue()).isCloseTo(0.2, within(1e-15));
        assertThat(b.nash(4).surplus()).isCloseTo(0.8, within(1e-15));
    }

    /** At a kink the maximiser is the vertex when both adjacent roots are clipped towards it. */
    @Test
    void nashAtAKink() {
        // Edges (2,0)-(1,1.9)-(0,2): R S is 1.9 at the kink, below it on each edge.
        Bargaining b = Bargaining.of(List.of(new double[] {2, 0}, new double[] {1, 1.9}, new double[] {0, 2}), 2.9);
        BargainingSolution s = b.crossSideNash();
        // On the first edge R S = (2 - t)(1.9 t) is maximised at t = 1 (clipped); on the second at s=0.
        assertThat(s.revenue()).isCloseTo(1.0, within(1e-15));
        assertThat(s.surplus()).isCloseTo(1.9, within(1e-15));
    }

    @Test
    void singlePointFrontier() {
        Bargaining b = Bargaining.of(List.of(new double[] {2, 0}), 2);
        assertThat(b.kalaiSmorodinsky().revenue()).isEqualTo(2.0);
        assertThat(b.nash(3).revenue()).isEqualTo(2.0);
    }
}
