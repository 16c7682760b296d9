import java.util.List;
import java.util.Map;
import org.paretomech.api.*;

/** Weibull(shape 2) values, 5 buyers: the exact frontier's ends and three fair points on it. */
public class QuickStart {
    public static void main(String[] args) {
        Result r = Paretomech.family("weibull", Map.of("shape", 2.0)).points(400).buyers(5).solve();
        System.out.printf("R_max = %.6f%nS_max = %.6f%n", r.revenueMax(), r.surplusMax());
        for (Solution s : List.of(r.kalaiSmorodinsky(), r.nash(), r.crossSideNash())) {
            System.out.printf("%-16s W/W* = %.6f%n", s.concept(), s.welfareRatio());
        }
    }
}
