package org.paretomech.sweep;

import java.util.Locale;
import java.util.Optional;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.Discretisation;
import org.paretomech.distribution.Discretisation.Binning;
import org.paretomech.distribution.Discretisation.Scheme;
import org.paretomech.distribution.DiscretisedFamily;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;

/**
 * A family row of an experiment's grid: a continuous family discretised on {@code points} points,
 * sold to {@code buyers} buyers.
 *
 * @param index     position in the grid order of {@link Experiment#grid()}
 * @param family    the continuous family (parameters validated, defaults filled in)
 * @param binning   the binning, or empty for the family's default (MATH §8)
 * @param points    grid size {@code K} requested
 * @param scheme    where each bin's point sits
 * @param buyers    {@code n}
 * @param units     {@code k}
 * @param transfers transfer convention
 */
public record FamilyPoint(int index, ContinuousFamily family, Optional<Binning> binning, int points, Scheme scheme,
                          int buyers, int units, TransferMode transfers) implements SweepPoint {

    /**
     * The family as text, e.g. {@code lomax(shape=3, scale=1)}, followed by
     * {@code [equal-width]} when a binning was asked for explicitly.
     */
    public String familyText() {
        return family.describe() + binning.map(b -> " [" + b.label() + "]").orElse("");
    }

    /** {@link #familyText()}. */
    @Override
    public String label() {
        return familyText();
    }

    /** {@code lomax(shape=3, scale=1), n = 5, K = 400}. */
    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s, n = %d, K = %d", familyText(), buyers, points);
    }

    /** The family. */
    @Override
    public Optional<ContinuousFamily> continuousFamily() {
        return Optional.of(family);
    }

    /**
     * A stable string naming every parameter of the row, used to recognise rows that were already
     * computed: {@code family=lomax(shape=3, scale=1);binning=default;points=400;scheme=left;n=5;k=1;transfers=no-subsidy}.
     * It does not depend on the grid position, so reordering or extending an experiment keeps it.
     */
    @Override
    public String key() {
        return String.format(Locale.ROOT, "family=%s;binning=%s;points=%d;scheme=%s;n=%d;k=%d;transfers=%s",
                family.describe(), binning.map(Binning::label).orElse("default"), points, scheme.label(), buyers,
                units, transfers.label());
    }

    /**
     * Discretises the family and builds the instance.
     *
     * @throws IllegalArgumentException when the family cannot be discretised this way or the
     *                                  instance is invalid (e.g. more units than buyers)
     */
    @Override
    public Instance instance() {
        Discretisation.Options options = Discretisation.Options.of(points, scheme);
        if (binning.isPresent()) {
            options = options.withBinning(binning.get());
        }
        DiscretisedFamily d = Discretisation.discretise(family, options);
        String name = String.format(Locale.ROOT, "%s-K%d-n%d", family.describe(), points, buyers);
        return new Instance(name, buyers, units, transfers, d.distribution(), d.source());
    }
}
