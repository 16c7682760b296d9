package org.paretomech.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.paretomech.analysis.CharacterisationCheck.Status;
import org.paretomech.analysis.CharacterisationCheck.Verdict;
import org.paretomech.auction.SecondPriceTable;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.distribution.classification.DiscreteClassification;
import org.paretomech.distribution.classification.DiscreteClassifier;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.mechanism.description.AuctionDescription;
import org.paretomech.numeric.Tolerances;

/**
 * The {@code check} verdicts: both halves of the regular ∩ anti-MHR characterisation pass on
 * random grids built to be regular and anti-MHR, and each verdict fails, naming its evidence, when
 * the analysis it is given contradicts it.
 */
class CharacterisationCheckTest {

    /**
     * Random discrete distributions that are regular and anti-MHR by construction (MATH §7): pick
     * masses {@code f_j} and a non-decreasing rent {@code g⁻_j} whose increments are at most the
     * spacing they create, then {@code v_{j+1} = v_j + g⁻_j f_j / (1 - F_j)}; so {@code g⁻} is
     * non-decreasing (anti-MHR) and {@code φ_{j+1} - φ_j = Δ_{j+1} - (g⁻_{j+1} - g⁻_j) >= 0}
     * (regular).
     */
    @Provide
    Arbitrary<Instance> regularAntiMhr() {
        return Arbitraries.integers().between(2, 30).flatMap(kk -> Combinators.combine(
                Arbitraries.doubles().between(0.05, 1).ofScale(3).list().ofSize(kk),
                Arbitraries.doubles().between(0, 1).ofScale(3).list().ofSize(kk),
                Arbitraries.doubles().between(0.05, 2).ofScale(3),
                Arbitraries.doubles().between(0, 1).ofScale(2),
                Arbitraries.integers().between(1, 8),
                Arbitraries.of(TransferMode.class),
                Arbitraries.of(true, false)).as((weights, steps, firstRent, lowest, n, mode, equal) -> {
                    double total = weights.stream().mapToDouble(Double::doubleValue).sum();
                    double[] f = weights.stream().mapToDouble(w -> equal ? 1.0 / kk : w / total).toArray();
                    double[] v = new double[kk];
                    v[0] = lowest;
                    double rent = firstRent;
                    double below = 0;
                    for (int j = 0; j + 1 < kk; j++) {
                        below += f[j];
                        double spacing = rent * f[j] / Math.max(1 - below, 1e-9);
                        v[j + 1] = v[j] + spacing;
                        rent += steps.get(j) * spacing;
                    }
                    return new Instance("regular-anti-mhr", n, 1, mode, DiscreteDistribution.ofWeights(v, f), "jqwik");
                }));
    }

    /**
     * Where the characterisation applies (buyer-side rents {@code g⁺} non-decreasing as well) both
     * halves pass; where it does not, the converse still passes (it needs regularity only). With
     * equal masses {@code g⁺_j = g⁻_{j-1}}, so it applies whenever {@code g⁺_1} is 0 (v_1 = 0 or
     * zero-lowest-utility): those cases are checked to occur, so the property is not vacuous.
     */
    @Property(tries = 120)
    void bothHalvesOfTheCharacterisationHoldOnRegularAntiMhrGrids(@ForAll("regularAntiMhr") Instance in) {
        DiscreteDistribution d = in.distribution();
        DiscreteClassification c = DiscreteClassifier.classify(d);
        double tol = DiscreteClassifier.DEFAULT_RELATIVE_TOLERANCE;
        assertThat(c.regular().holdsWithin(tol) && c.antiMhr().holdsWithin(tol)).as("generator").isTrue();
        boolean noSubsidy = in.transfers() == TransferMode.NO_SUBSIDY;
        boolean applies = DiscreteClassifier.buyerSideAntiMhr(d, noSubsidy).holdsWithin(tol);
        boolean equalMasses = java.util.Arrays.stream(d.masses()).allMatch(m -> m == d.mass(0));
        if (equalMasses && (d.value(0) == 0 || !noSubsidy)) {
            assertThat(applies).as("equal masses with g⁺_1 = 0").isTrue();
        }

        CharacterisationCheck check = CharacterisationCheck.of(analysis(in), Optional.empty());

        String why = check.render() + in + java.util.Arrays.toString(d.values()) + java.util.Arrays.toString(d.masses());
        assertThat(verdict(check, "every Pareto-optimal mechanism").status()).as(why)
                .isEqualTo(applies ? Status.PASS : Status.NOT_APPLICABLE);
        assertThat(verdict(check, CharacterisationCheck.CONVERSE_CLAIM).status()).as(why).isEqualTo(Status.PASS);
        assertThat(check.passed()).as(why).isTrue();
    }

    /**
     * MATH §7's anti-MHR (on {@code g⁻}) is not what the buyer side needs: values {0, 1, 2} with
     * masses 1/2, 1/4, 1/4, n = 2, have {@code g⁻ = (1, 1)} (regular, MHR and anti-MHR) but
     * {@code g⁺ = (0, 2, 1)}, so the surplus end pools values 1 and 2. By hand: the pooled class
     * wins with probability {@code (1 - 1/4) / (2 · 1/2) = 3/4}, {@code u = (0, 3/4, 3/2)},
     * {@code S = 2 (3/16 + 3/8) = 9/8}, against {@code S = 2 (0.625/4 + 1.5/4) = 17/16} for the
     * second-price auction with buyer-side payments. The check says why it does not apply.
     */
    @Test
    void anAntiMhrGridWhoseBuyerSideRentsFallIsNotApplicable() {
        Instance in = new Instance("geometric-3", 2, 1, TransferMode.NO_SUBSIDY,
                DiscreteDistribution.of(new double[] {0, 1, 2}, new double[] {0.5, 0.25, 0.25}), "test");
        FrontierAnalysis a = analysis(in);
        assertThat(a.frontier().surplusMax()).isCloseTo(9.0 / 8, org.assertj.core.data.Offset.offset(1e-12));
        CharacterisationCheck check = CharacterisationCheck.of(a, Optional.empty());
        Verdict v = verdict(check, "every Pareto-optimal mechanism");
        assertThat(v.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(v.evidence()).contains("buyer-side anti-MHR fails: g⁺ falls from 2 at v = 1 to 1 at v = 2");
        assertThat(verdict(check, CharacterisationCheck.CONVERSE_CLAIM).status()).isEqualTo(Status.PASS);
    }

    /**
     * The smallest case where the transfer convention decides the characterisation: values {1, 2}
     * with masses 1/2, n = 2 (regular and anti-MHR). Under no-subsidy the lowest type may keep
     * {@code u_1 = v_1 x_1}, so the free lottery gives {@code S = E[v] = 1.5} (by hand: x = 1/2,
     * u = (1/2, 1), S = 2 (1/4 + 1/2)), more than the second-price auction's buyer-side extreme
     * ({@code x = (1/4, 3/4)}, {@code u = (1/4, 1)}, S = 1.25): the surplus end pools both values and
     * the claim is not applicable. Under zero-lowest-utility it passes.
     */
    @Test
    void noSubsidyAboveZeroPoolsTheLowestBids() {
        DiscreteDistribution d = DiscreteDistribution.of(new double[] {1, 2}, new double[] {0.5, 0.5});
        Instance noSubsidy = new Instance("one-two", 2, 1, TransferMode.NO_SUBSIDY, d, "test");
        FrontierAnalysis a = analysis(noSubsidy);
        assertThat(a.frontier().surplusMax()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.auctions().get(a.auctions().size() - 1).kind()).isEqualTo(AuctionDescription.Kind.FREE_LOTTERY);
        Verdict v = verdict(CharacterisationCheck.of(a, Optional.empty()), "every Pareto-optimal mechanism");
        assertThat(v.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(v.evidence()).contains("--transfers zero-lowest-utility").contains("free lottery");

        Instance myerson = new Instance("one-two", 2, 1, TransferMode.ZERO_LOWEST_UTILITY, d, "test");
        CharacterisationCheck check = CharacterisationCheck.of(analysis(myerson), Optional.empty());
        assertThat(verdict(check, "every Pareto-optimal mechanism").status()).isEqualTo(Status.PASS);
        assertThat(verdict(check, CharacterisationCheck.CONVERSE_CLAIM).status()).isEqualTo(Status.PASS);
    }

    /** A vertex that is not a second-price auction fails the first half, naming the vertex. */
    @Test
    void aPooledVertexFailsTheCharacterisation() {
        Instance in = threePointRegular();
        FrontierAnalysis a = analysis(in);
        AuctionDescription pooled = analysis(mhrFivePoint()).auctions().stream()
                .filter(d -> d.kind() == AuctionDescription.Kind.POOLED).findFirst().orElseThrow();
        List<AuctionDescription> auctions = new ArrayList<>(a.auctions());
        auctions.set(1, pooled);
        FrontierAnalysis doctored = new FrontierAnalysis(a.frontier(), a.kalaiSmorodinsky(), a.nash(),
                a.crossSideNash(), a.secondPrice(), a.surplusGaps(), auctions);

        CharacterisationCheck check = CharacterisationCheck.of(doctored, Optional.empty());

        Verdict v = verdict(check, "every Pareto-optimal mechanism");
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.evidence()).startsWith("vertex 1 ").contains(pooled.text());
        assertThat(check.passed()).isFalse();
        assertThat(check.render()).endsWith("verdict: FAIL\n");
    }

    /**
     * Second-price auctions below the frontier fail the converse: the table of the same grid with
     * every value halved has half the revenue and surplus, so each auction lies far inside.
     */
    @Test
    void secondPriceAuctionsInsideTheFrontierFailTheConverse() {
        Instance in = threePointRegular();
        FrontierAnalysis a = analysis(in);
        DiscreteDistribution d = in.distribution();
        double[] halved = d.values();
        for (int j = 0; j < halved.length; j++) {
            halved[j] /= 2;
        }
        Instance half = new Instance("halved", in.buyers(), in.units(), in.transfers(),
                DiscreteDistribution.of(halved, d.masses()), "test");
        FrontierAnalysis doctored = new FrontierAnalysis(a.frontier(), a.kalaiSmorodinsky(), a.nash(),
                a.crossSideNash(), SecondPriceTable.of(half), a.surplusGaps(), a.auctions());

        Verdict v = verdict(CharacterisationCheck.of(doctored, Optional.empty()), CharacterisationCheck.CONVERSE_CLAIM);

        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.evidence()).contains("of W* below the frontier");
    }

    /** An MHR grid whose buyer side never pools fails the MHR claim. */
    @Test
    void anMhrBuyerSideWithoutPoolingFails() {
        FrontierAnalysis a = analysis(mhrFivePoint());
        AuctionDescription plain = analysis(threePointRegular()).auctions().get(0);
        List<AuctionDescription> auctions = new ArrayList<>();
        for (int i = 0; i < a.auctions().size(); i++) {
            auctions.add(plain);
        }
        FrontierAnalysis doctored = new FrontierAnalysis(a.frontier(), a.kalaiSmorodinsky(), a.nash(),
                a.crossSideNash(), a.secondPrice(), a.surplusGaps(), auctions);

        Verdict v = verdict(CharacterisationCheck.of(doctored, Optional.empty()), "MHR: the buyer side");

        assertThat(a.auctions()).anyMatch(d -> !d.pooledIntervals().isEmpty());
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.evidence()).startsWith("0 of ");
    }

    /**
     * With as many units as buyers (here one buyer) bids never compete: the MHR pooling claim does
     * not apply, even where the buyer-side rents fall (uniform on five points: g⁺ = 0, 4, 3, 2, 1).
     */
    @Test
    void theMhrClaimDoesNotApplyWhenEveryBidderCanWin() {
        for (int[] nk : new int[][] {{1, 1}, {3, 3}}) {
            Instance in = new Instance("uniform-5", nk[0], nk[1], TransferMode.NO_SUBSIDY, mhrFivePoint().distribution(),
                    "test");
            CharacterisationCheck check = CharacterisationCheck.of(analysis(in), Optional.empty());
            Verdict v = verdict(check, "MHR: the buyer side");
            assertThat(v.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(v.evidence()).contains("no bids compete");
            assertThat(check.passed()).isTrue();
        }
    }

    /**
     * Values 0, 0.5, 1.75 with masses 1/3, n = 2: {@code g⁻ = (1, 1.25)} (anti-MHR),
     * {@code g⁺ = (0, 1, 1.25)}, {@code φ = (-1, -0.75, 1.75)} (regular); monopoly reserve 1.75, so
     * three reserves are checked.
     */
    private static Instance threePointRegular() {
        double third = 1.0 / 3;
        return new Instance("three-point", 2, 1, TransferMode.NO_SUBSIDY,
                DiscreteDistribution.of(new double[] {0, 0.5, 1.75}, new double[] {third, third, 1 - 2 * third}), "test");
    }

    /** Uniform on five equally spaced points, n = 3: MHR (g⁻ falls), so the buyer side pools. */
    private static Instance mhrFivePoint() {
        return new Instance("uniform-5", 3, 1, TransferMode.NO_SUBSIDY,
                DiscreteDistribution.of(new double[] {0, 1, 2, 3, 4}, new double[] {0.2, 0.2, 0.2, 0.2, 0.2}), "test");
    }

    private static FrontierAnalysis analysis(Instance in) {
        Frontier f = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in);
        return FrontierAnalysis.of(f);
    }

    private static Verdict verdict(CharacterisationCheck check, String claimPrefix) {
        return check.verdicts().stream().filter(v -> v.claim().contains(claimPrefix)).findFirst().orElseThrow();
    }
}
