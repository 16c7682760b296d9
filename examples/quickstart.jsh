// JShell version of QuickStart.java. From the project root, after one `./paretomech --version`:
//   jshell --class-path "target/paretomech.jar:$(cat target/classpath.txt)" examples/quickstart.jsh
import java.util.Map
import org.paretomech.api.*

var r = Paretomech.family("weibull", Map.of("shape", 2.0)).points(400).buyers(5).solve();
System.out.printf("R_max = %.6f%nS_max = %.6f%n", r.revenueMax(), r.surplusMax());
for (var s : List.of(r.kalaiSmorodinsky(), r.nash(), r.crossSideNash())) System.out.printf("%-16s W/W* = %.6f%n", s.concept(), s.welfareRatio());
System.out.println(r.vertices().get(0));   // revenue end: (revenue, surplus, welfare, W/W*, auction)
System.out.println(r.secondPrice().best());
/exit
