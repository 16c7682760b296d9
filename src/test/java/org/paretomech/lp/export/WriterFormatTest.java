package org.paretomech.lp.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.lp.LinearProgram;
import org.paretomech.lp.ReducedFormProgram;
import org.paretomech.lp.Weights;

/** What the MPS and CPLEX LP texts look like, line by line, and what the writers refuse. */
class WriterFormatTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** One variable of each bound shape and one row of each kind. */
    private static LinearProgram everyShape() {
        LinearProgram.Builder b = new LinearProgram.Builder("shapes");
        b.addVariable("dflt", 0, INF, 1);        // MPS default: no bound line
        b.addVariable("box", -1.5, 2.5, 0.1);    // LO + UP
        b.addVariable("upper", -INF, -0.5, 1);   // UP then MI
        b.addVariable("lower", 3, INF, -1);      // LO
        b.addVariable("free", -INF, INF, 0.5);   // FR (name is a keyword)
        b.addVariable("fixed", 7, 7, 2);         // FX
        b.addVariable("zeroup", 0, 4, 1);        // UP only
        b.addVariable("unused", 0, 1, 0);        // in no row, zero objective: declared by a zero entry
        b.addRow("eq", new int[] {0, 1}, new double[] {1, 1}, 2, 2);
        b.addRow("le", new int[] {0, 2}, new double[] {1, -1}, -INF, 10);
        b.addRow("ge", new int[] {3, 4}, new double[] {1, 1}, -5, INF);
        b.addRow("span", new int[] {4, 6}, new double[] {1, 2}, -1, 3);
        b.addRow("nobound", new int[] {0, 5}, new double[] {1, 1}, -INF, INF);
        b.addRow("zeroes", new int[] {6}, new double[] {0}, -1, INF);
        b.addRow("span hi", new int[] {1}, new double[] {1}, 0, 1); // clashes with the derived name span_hi
        return b.build();
    }

    @Test
    void mpsStatesTheMinimisationOfMinusCWithEverySectionAndBound() {
        String mps = MpsWriter.write(everyShape(), List.of("a comment", "", "two\nlines"));
        List<String> lines = Arrays.asList(mps.split("\n"));
        assertThat(lines.subList(0, 6)).containsExactly("* a comment", "*", "* two", "* lines",
                MpsWriter.NEGATED, "NAME          shapes");
        assertThat(sections(lines)).containsExactly("NAME", "ROWS", "COLUMNS", "RHS", "RANGES", "BOUNDS", "ENDATA");
        assertThat(between(lines, "ROWS", "COLUMNS")).containsExactly(" N  obj", " E  eq", " L  le", " G  ge",
                " G  span", " N  nobound", " G  zeroes", " G  span_hi");
        List<String> columns = between(lines, "COLUMNS", "RHS");
        assertThat(columns).contains("    dflt      obj       -1             eq        1", "    unused    obj       0");
        assertThat(String.join("\n", columns)).as("zero entries are dropped").doesNotContain("zeroes");
        assertThat(tokens(between(lines, "RANGES", "BOUNDS"))).containsExactly("RNG", "span", "4", "span_hi", "1");
        assertThat(tokens(between(lines, "RHS", "RANGES"))).containsExactly(
                "RHS", "eq", "2", "le", "10", "RHS", "ge", "-5", "span", "-1", "RHS", "zeroes", "-1");
        assertThat(between(lines, "BOUNDS", "ENDATA")).containsExactly(
                " LO BND       box       -1.5",
                " UP BND       box       2.5",
                " UP BND       upper     -0.5",
                " MI BND       upper",
                " LO BND       lower     3",
                " FR BND       _free",
                " FX BND       fixed     7",
                " UP BND       zeroup    4",
                " UP BND       unused    1");
    }

    @Test
    void lpFormatHasEverySectionBoundsEveryVariableAndSplitsRanges() {
        String lp = CplexLpWriter.write(everyShape(), List.of("a comment"));
        List<String> lines = Arrays.asList(lp.split("\n"));
        assertThat(lines.get(0)).isEqualTo("\\ a comment");
        assertThat(sections(lines)).containsExactly("Maximize", "Subject To", "Bounds", "End");
        assertThat(between(lines, "Maximize", "Subject To")).containsExactly(
                " obj: dflt + 0.1 box + upper - lower + 0.5 _free + 2 fixed + zeroup + 0 unused");
        assertThat(between(lines, "Subject To", "Bounds")).containsExactly(
                " eq: dflt + box = 2",
                " le: dflt - upper <= 10",
                " ge: lower + _free >= -5",
                " span_lo: _free + 2 zeroup >= -1",
                " span_hi_2: _free + 2 zeroup <= 3",
                "\\ row nobound has no finite bound and is left out",
                " zeroes: 0 dflt >= -1",
                " span_hi_lo: box >= 0",
                " span_hi_hi: box <= 1");
        assertThat(between(lines, "Bounds", "End")).containsExactly(
                " dflt >= 0",
                " -1.5 <= box <= 2.5",
                " -inf <= upper <= -0.5",
                " lower >= 3",
                " _free free",
                " fixed = 7",
                " 0 <= zeroup <= 4",
                " 0 <= unused <= 1");
    }

    /**
     * The brief's structural check on real programs: sections in order, a Bounds line for every
     * variable stating exactly its bounds, one constraint per row (two for a ranged one), no line
     * of 255 characters or more.
     */
    @Test
    void lpFormatOfReducedFormProgramsIsStructurallyComplete() {
        List<LinearProgram> programs = new ArrayList<>();
        programs.add(new ReducedFormProgram(TestInstances.uniformLeft(300, 3)).build(Weights.WELFARE));
        programs.add(new ReducedFormProgram(TestInstances.twoPoint()).build(Weights.REVENUE,
                Weights.SURPLUS, 0.1));
        LongStream.range(1, 30).forEach(seed -> programs.add(RandomPrograms.program(seed, false)));
        Pattern bound = Pattern.compile(
                "^ (?:(\\S+) <= (\\S+) <= (\\S+)|(\\S+) >= (\\S+)|(\\S+) = (\\S+)|(\\S+) free|-inf <= (\\S+) <= (\\S+))$");
        for (LinearProgram p : programs) {
            ExportView v = new ExportView(p);
            String lp = CplexLpWriter.write(p, List.of());
            List<String> lines = Arrays.asList(lp.split("\n"));
            assertThat(sections(lines)).as(p.name()).containsExactly("Maximize", "Subject To", "Bounds", "End");
            assertThat(lines).as("line lengths of %s", p.name()).allSatisfy(l -> assertThat(l.length()).isLessThan(255));
            List<String> bounds = between(lines, "Bounds", "End");
            assertThat(bounds).hasSize(p.variableCount());
            for (int i = 0; i < p.variableCount(); i++) {
                Matcher m = bound.matcher(bounds.get(i));
                assertThat(m.matches()).as(bounds.get(i)).isTrue();
                double lo;
                double hi;
                String name;
                if (m.group(1) != null) {
                    lo = "-inf".equals(m.group(1)) ? -INF : Double.parseDouble(m.group(1));
                    name = m.group(2);
                    hi = Double.parseDouble(m.group(3));
                } else if (m.group(4) != null) {
                    name = m.group(4);
                    lo = Double.parseDouble(m.group(5));
                    hi = INF;
                } else if (m.group(6) != null) {
                    name = m.group(6);
                    lo = Double.parseDouble(m.group(7));
                    hi = lo;
                } else if (m.group(8) != null) {
                    name = m.group(8);
                    lo = -INF;
                    hi = INF;
                } else {
                    name = m.group(9);
                    lo = -INF;
                    hi = Double.parseDouble(m.group(10));
                }
                assertThat(name).isEqualTo(v.variables[i]);
                assertThat(lo + 0.0).as("lower bound of %s", name).isEqualTo(p.lower(i) + 0.0);
                assertThat(hi + 0.0).as("upper bound of %s", name).isEqualTo(p.upper(i) + 0.0);
            }
            long expectedConstraints = p.rows().stream().mapToLong(r -> !Double.isFinite(r.lower()) && !Double.isFinite(r.upper()) ? 0
                    : Double.isFinite(r.lower()) && Double.isFinite(r.upper()) && r.lower() != r.upper() ? 2 : 1).sum();
            long labelled = between(lines, "Subject To", "Bounds").stream().filter(l -> l.matches("^ \\S+: .*")).count();
            assertThat(labelled).as("constraints of %s", p.name()).isEqualTo(expectedConstraints);
        }
    }

    @Test
    void longRowsAreWrappedBetweenTerms() {
        LinearProgram.Builder b = new LinearProgram.Builder("wide");
        int m = 400;
        int[] idx = new int[m];
        double[] coef = new double[m];
        for (int i = 0; i < m; i++) {
            b.addVariable("a_rather_long_variable_name_" + i, 0, 1, -0.1234567890123456789 * (i + 1));
            idx[i] = i;
            coef[i] = 1.0 / (i + 3);
        }
        b.addRow("wide", idx, coef, -INF, 1);
        LinearProgram p = b.build();
        String lp = CplexLpWriter.write(p, List.of());
        assertThat(lp.split("\n")).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(CplexLpWriter.WRAP));
        assertThat(lp.split("\n").length).isGreaterThan(100);
        OjAlgoModels.assertSameProgram(OjAlgoModels.parse(lp, ModelFormat.LP), p, ModelFormat.LP);
    }

    /**
     * A row may not name a variable twice: backends keep one coefficient per (row, variable), so the
     * builder refuses rather than let a writer and a solver disagree on the sum.
     */
    @Test
    void repeatedVariablesAreRejected() {
        LinearProgram.Builder a = new LinearProgram.Builder("m");
        a.addVariable("x", 0, 1, 1);
        a.addVariable("y", 0, 1, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> a.addRow("r", new int[] {0, 1, 0}, new double[] {0.5, 2, 0.25}, -INF, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names variable x twice");
    }

    @Test
    void numbersAreShortestRoundTripDecimals() {
        assertThat(ExportView.number(0.0)).isEqualTo("0");
        assertThat(ExportView.number(-0.0)).isEqualTo("0");
        assertThat(ExportView.number(3)).isEqualTo("3");
        assertThat(ExportView.number(-12345678)).isEqualTo("-12345678");
        assertThat(ExportView.number(0.1)).isEqualTo("0.1");
        assertThat(ExportView.number(1e-20)).isEqualTo("1.0E-20");
        assertThat(ExportView.number(1e300)).isEqualTo("1.0E300");
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isFinite(x)) {
                assertThat(Double.parseDouble(ExportView.number(x))).isEqualTo(x + 0.0);
            }
        }
    }

    @Test
    void refusesWhatNoFileCanState() {
        LinearProgram.Builder b = new LinearProgram.Builder("bad");
        b.addVariable("x", INF, INF, 1);
        assertThatThrownBy(() -> MpsWriter.write(b.build(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variable x has bounds [Infinity, Infinity]");
        LinearProgram.Builder n = new LinearProgram.Builder("bad");
        n.addVariable("x", 0, 1, Double.NaN);
        assertThatThrownBy(() -> MpsWriter.write(n.build(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("objective coefficient NaN");
        LinearProgram.Builder c = new LinearProgram.Builder("bad");
        c.addVariable("x", 0, 1, Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> CplexLpWriter.write(c.build(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("objective coefficient Infinity");
        LinearProgram.Builder d = new LinearProgram.Builder("bad");
        d.addVariable("x", 0, 1, 1);
        d.addRow("r", new int[] {0}, new double[] {1}, 2, 1);
        assertThatThrownBy(() -> MpsWriter.write(d.build(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row r has bounds [2.0, 1.0]");
        LinearProgram.Builder e = new LinearProgram.Builder("bad");
        e.addVariable("x", 0, 1, 1);
        e.addRow("r", new int[] {0}, new double[] {Double.NaN}, 0, 1);
        assertThatThrownBy(() -> CplexLpWriter.write(e.build(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row r has coefficient NaN");
        assertThatThrownBy(() -> MpsWriter.write(new LinearProgram.Builder("empty").build(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no variables");
    }

    private static List<String> tokens(List<String> lines) {
        List<String> t = new ArrayList<>();
        for (String l : lines) {
            t.addAll(Arrays.asList(l.trim().split("\\s+")));
        }
        return t;
    }

    private static List<String> sections(List<String> lines) {
        List<String> s = new ArrayList<>();
        for (String l : lines) {
            if (!l.isEmpty() && !l.startsWith(" ") && !l.startsWith("*") && !l.startsWith("\\")) {
                s.add(l.split(" ")[0].equals("Subject") ? l : l.split(" ")[0]);
            }
        }
        return s;
    }

    /** Lines strictly between the section header starting with {@code from} and the one starting with {@code to}. */
    private static List<String> between(List<String> lines, String from, String to) {
        int a = -1;
        int b = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (a < 0 && lines.get(i).startsWith(from)) {
                a = i;
            } else if (a >= 0 && lines.get(i).startsWith(to)) {
                b = i;
                break;
            }
        }
        assertThat(a).as("section %s", from).isGreaterThanOrEqualTo(0);
        assertThat(b).as("section %s", to).isGreaterThan(a);
        return lines.subList(a + 1, b);
    }
}
