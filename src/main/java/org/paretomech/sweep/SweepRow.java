package org.paretomech.sweep;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.numeric.Tolerances;
import org.paretomech.report.ReportedValues;

/**
 * One row of a sweep: the grid point and, when it was computed, what its frontier shows. A family
 * row has {@code family}, {@code points} and {@code scheme} and no {@code instance}; an
 * instance-file row has {@code instance} and none of the three.
 *
 * @param key       {@link SweepPoint#key()}
 * @param index     position in grid order
 * @param family    {@link FamilyPoint#familyText()}; empty on an instance row
 * @param instance  the instance file's path as the experiment gives it; empty on a family row
 * @param points    grid size {@code K} requested; empty on an instance row
 * @param scheme    discretisation scheme label; empty on an instance row
 * @param transfers transfer convention label; empty only on a failed instance row whose file gives it
 * @param buyers    {@code n}; empty only on a failed instance row whose file gives it
 * @param units     {@code k}; empty only on a failed instance row whose file gives it
 * @param outcome   the results, empty when the row failed
 * @param engine    frontier engine name ({@code ironing})
 * @param millis    wall-clock time of the row in milliseconds: the only field that differs between
 *                  runs of the same experiment
 * @param status    {@code ok}, or {@code failed: <one-line reason>}
 */
public record SweepRow(String key, int index, Optional<String> family, Optional<String> instance,
                       OptionalInt points, Optional<String> scheme, Optional<String> transfers, OptionalInt buyers,
                       OptionalInt units, Optional<Outcome> outcome, String engine, long millis, String status) {

    /** Status of a row whose frontier was computed. */
    public static final String OK = "ok";

    /**
     * A bargaining solution: its revenue, buyers' total surplus and welfare ratio {@code (R + S) / W*}.
     *
     * @param revenue      {@code R}
     * @param surplus      {@code S}
     * @param welfareRatio {@code (R + S) / W*}
     */
    public record Solution(double revenue, double surplus, double welfareRatio) {

        /** This solution with {@code rule} applied: amounts near 0 as 0, a ratio near 1 as 1. */
        Solution reported(ReportedValues rule) {
            return new Solution(rule.amount(revenue), rule.amount(surplus), rule.ratio(welfareRatio));
        }
    }

    /**
     * What a computed row shows.
     *
     * @param supportSize   {@code K}, support points of the discretised distribution (the requested
     *                      grid size, less empty or merged bins, plus an atom if the family has one)
     * @param revenueMax    {@code R_max}
     * @param surplusMax    {@code S_max}
     * @param welfareMax    {@code W*}, the efficient welfare
     * @param solutions     the bargaining solutions of the row (MATH §6), in column order: all three
     *                      when computed, the experiment's {@code "solutions"} once the runner has
     *                      {@linkplain #restrictedTo restricted} the row, those present in the line
     *                      when read from {@code rows.jsonl}
     * @param verdicts      the characterisation verdicts, e.g.
     *                      {@code regular+anti-MHR: PASS; second-price on frontier: PASS; MHR: NOT APPLICABLE; KS>=1/2: PASS}
     * @param vertices      number of frontier vertices
     */
    public record Outcome(int supportSize, double revenueMax, double surplusMax, double welfareMax,
                          Map<BargainingConcept, Solution> solutions, String verdicts, int vertices) {

        /** Copies the map into column order. */
        public Outcome {
            EnumMap<BargainingConcept, Solution> copy = new EnumMap<>(BargainingConcept.class);
            copy.putAll(solutions);
            solutions = Collections.unmodifiableMap(copy);
        }

        /** An outcome with all three solutions: Kalai–Smorodinsky, Nash ({@code R S^n}), cross-side Nash ({@code R S}). */
        public static Outcome of(int supportSize, double revenueMax, double surplusMax, double welfareMax,
                                 Solution ks, Solution nash, Solution crossSideNash, String verdicts, int vertices) {
            return new Outcome(supportSize, revenueMax, surplusMax, welfareMax,
                    Map.of(BargainingConcept.KALAI_SMORODINSKY, ks, BargainingConcept.NASH, nash,
                            BargainingConcept.CROSS_SIDE_NASH, crossSideNash), verdicts, vertices);
        }

        /** The solution {@code concept}, if the row has it. */
        public Optional<Solution> solution(BargainingConcept concept) {
            return Optional.ofNullable(solutions.get(concept));
        }

        /** Whether the row has every solution of {@code concepts}. */
        public boolean hasAll(Collection<BargainingConcept> concepts) {
            return solutions.keySet().containsAll(concepts);
        }

        /** This outcome with only the solutions of {@code concepts} (those it has). */
        public Outcome restrictedTo(Collection<BargainingConcept> concepts) {
            Map<BargainingConcept, Solution> kept = new EnumMap<>(BargainingConcept.class);
            solutions.forEach((c, s) -> {
                if (concepts.contains(c)) {
                    kept.put(c, s);
                }
            });
            return new Outcome(supportSize, revenueMax, surplusMax, welfareMax, kept, verdicts, vertices);
        }

        /**
         * This outcome as the sweep reports it, by the rule of {@code frontier}'s reports
         * ({@link ReportedValues} with this row's {@code W*} and {@link Tolerances#DEFAULT}, the
         * tolerances the sweep solves with): an amount within {@code 1e-8 W*} of 0 is 0, a welfare
         * ratio within {@code 1e-8} of 1 is 1, everything else unchanged. Applying it twice changes
         * nothing, so a row read back from {@code rows.jsonl} is the row that was written.
         */
        public Outcome reported() {
            ReportedValues rule = ReportedValues.forWelfareMax(welfareMax, Tolerances.DEFAULT);
            Map<BargainingConcept, Solution> rounded = new EnumMap<>(BargainingConcept.class);
            solutions.forEach((c, s) -> rounded.put(c, s.reported(rule)));
            return new Outcome(supportSize, rule.amount(revenueMax), rule.amount(surplusMax), welfareMax, rounded,
                    verdicts, vertices);
        }
    }

    /** Checks that the row is a family row or an instance row, and that a computed row has its outcome and market. */
    public SweepRow {
        if (family.isPresent() == instance.isPresent()) {
            throw new IllegalArgumentException("row " + key + " must have either a family or an instance");
        }
        if (family.isPresent() && (points.isEmpty() || scheme.isEmpty())) {
            throw new IllegalArgumentException("family row " + key + " needs its points and scheme");
        }
        if (instance.isPresent() && (points.isPresent() || scheme.isPresent())) {
            throw new IllegalArgumentException("instance row " + key + " has no points or scheme");
        }
        if (OK.equals(status) && (outcome.isEmpty() || buyers.isEmpty() || units.isEmpty() || transfers.isEmpty())) {
            throw new IllegalArgumentException("computed row " + key + " needs its outcome, n, k and transfers");
        }
        if (!OK.equals(status) && outcome.isPresent()) {
            throw new IllegalArgumentException("failed row " + key + " cannot have an outcome");
        }
    }

    /** Whether the row was computed. */
    public boolean ok() {
        return OK.equals(status);
    }

    /** What the row is about, for legends: the family text or the instance path ({@link SweepPoint#label()}). */
    public String label() {
        return family.orElseGet(instance::orElseThrow);
    }

    /** The same row with {@code millis = 0}, for comparing runs. */
    public SweepRow withoutTiming() {
        return new SweepRow(key, index, family, instance, points, scheme, transfers, buyers, units, outcome, engine, 0,
                status);
    }

    /** The same row with only the solutions of {@code concepts} ({@link Outcome#restrictedTo}). */
    SweepRow restrictedTo(Collection<BargainingConcept> concepts) {
        return new SweepRow(key, index, family, instance, points, scheme, transfers, buyers, units,
                outcome.map(o -> o.restrictedTo(concepts)), engine, millis, status);
    }

    /** The same row at another grid position (a row reused from an earlier run). */
    SweepRow atIndex(int i) {
        return new SweepRow(key, i, family, instance, points, scheme, transfers, buyers, units, outcome, engine, millis,
                status);
    }

    /**
     * A failed row for {@code point}; {@code reason} is made one line. An instance row keeps the
     * experiment's overrides and leaves empty what only the file would have said.
     */
    static SweepRow failed(SweepPoint point, String engine, long millis, String reason) {
        String line = reason == null ? "unknown error" : reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        String status = "failed: " + line;
        if (point instanceof FamilyPoint f) {
            return new SweepRow(f.key(), f.index(), Optional.of(f.familyText()), Optional.empty(),
                    OptionalInt.of(f.points()), Optional.of(f.scheme().label()), Optional.of(f.transfers().label()),
                    OptionalInt.of(f.buyers()), OptionalInt.of(f.units()), Optional.empty(), engine, millis, status);
        }
        InstancePoint i = (InstancePoint) point;
        return new SweepRow(i.key(), i.index(), Optional.empty(), Optional.of(i.source().path()), OptionalInt.empty(),
                Optional.empty(), i.transfers().map(TransferMode::label), i.buyers(), i.units(), Optional.empty(),
                engine, millis, status);
    }

    /** A computed row for {@code point}, whose {@code instance} (as solved) gives {@code n}, {@code k} and the transfers. */
    static SweepRow computed(SweepPoint point, Instance instance, String engine, long millis, Outcome outcome) {
        Optional<String> transfers = Optional.of(instance.transfers().label());
        OptionalInt n = OptionalInt.of(instance.buyers());
        OptionalInt k = OptionalInt.of(instance.units());
        if (point instanceof FamilyPoint f) {
            return new SweepRow(f.key(), f.index(), Optional.of(f.familyText()), Optional.empty(),
                    OptionalInt.of(f.points()), Optional.of(f.scheme().label()), transfers, n, k, Optional.of(outcome),
                    engine, millis, OK);
        }
        InstancePoint i = (InstancePoint) point;
        return new SweepRow(i.key(), i.index(), Optional.empty(), Optional.of(i.source().path()), OptionalInt.empty(),
                Optional.empty(), transfers, n, k, Optional.of(outcome), engine, millis, OK);
    }
}
