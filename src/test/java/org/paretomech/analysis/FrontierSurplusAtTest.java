package org.paretomech.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The binary search of {@link FrontierAnalysis#frontierSurplusAt} against a plain scan of the edges. */
class FrontierSurplusAtTest {

    /** Reference: the first edge (from the revenue end) whose revenue range contains {@code revenue}. */
    private static double scan(List<double[]> pts, double revenue) {
        if (revenue <= pts.get(pts.size() - 1)[0]) {
            return pts.get(pts.size() - 1)[1];
        }
        for (int i = 0; i + 1 < pts.size(); i++) {
            double[] a = pts.get(i);
            double[] b = pts.get(i + 1);
            if (revenue <= a[0] && revenue >= b[0]) {
                double s = a[0] == b[0] ? 1 : (a[0] - revenue) / (a[0] - b[0]);
                return a[1] + s * (b[1] - a[1]);
            }
        }
        return pts.get(0)[1];
    }

    @Property(tries = 300)
    void agreesWithTheScanAtVerticesBetweenAndOutside(@ForAll @IntRange(min = 1, max = 40) int vertices,
                                                      @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                                      @ForAll @DoubleRange(min = -0.2, max = 1.2) double where) {
        java.util.Random rnd = new java.util.Random(seed);
        List<double[]> pts = new ArrayList<>();
        double r = 10;
        double s = 1;
        for (int i = 0; i < vertices; i++) {
            pts.add(new double[] {r, s});
            // Occasional equal revenues exercise the vertical-edge branch.
            r -= rnd.nextInt(5) == 0 ? 0 : rnd.nextDouble();
            s += rnd.nextDouble();
        }
        double rMax = pts.get(0)[0];
        double rMin = pts.get(pts.size() - 1)[0];
        double revenue = rMin + where * (rMax - rMin);
        assertThat(FrontierAnalysis.frontierSurplusAt(pts, revenue)).isEqualTo(scan(pts, revenue));
        for (double[] p : pts) {
            assertThat(FrontierAnalysis.frontierSurplusAt(pts, p[0])).isEqualTo(scan(pts, p[0]));
        }
    }
}
