package org.paretomech.instance;

import java.util.Locale;
import java.util.Objects;
import org.paretomech.distribution.DiscreteDistribution;

/**
 * A problem instance: {@code n} buyers with i.i.d. values from a discrete distribution, {@code k}
 * identical units, and a transfer convention.
 *
 * @param name         short name shown in reports
 * @param buyers       number of buyers {@code n >= 1}
 * @param units        number of units {@code 1 <= k <= n}
 * @param transfers    transfer convention
 * @param distribution value distribution
 * @param source       how the instance was made (free text)
 */
public record Instance(String name, int buyers, int units, TransferMode transfers,
                       DiscreteDistribution distribution, String source) {

    /** Largest number of buyers accepted; Border bounds stay accurate well beyond this. */
    public static final int MAX_BUYERS = 1_000_000;

    public Instance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transfers, "transfers");
        Objects.requireNonNull(distribution, "distribution");
        source = source == null ? "" : source;
        if (buyers < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "buyers = %d; there must be at least 1 buyer", buyers));
        }
        if (buyers > MAX_BUYERS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "buyers = %d exceeds the supported maximum %d", buyers, MAX_BUYERS));
        }
        if (units < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "units = %d; there must be at least 1 unit", units));
        }
        if (units > buyers) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "units = %d exceeds buyers = %d; with unit demand at most one unit per buyer "
                            + "can be sold, so use units <= buyers", units, buyers));
        }
    }

    /** Number of support points {@code K}. */
    public int supportSize() {
        return distribution.size();
    }

    /** The same instance with another number of buyers. */
    public Instance withBuyers(int n) {
        return new Instance(name, n, units, transfers, distribution, source);
    }

    /** The same instance with another number of units. */
    public Instance withUnits(int k) {
        return new Instance(name, buyers, k, transfers, distribution, source);
    }

    /** The same instance with another transfer convention. */
    public Instance withTransfers(TransferMode mode) {
        return new Instance(name, buyers, units, mode, distribution, source);
    }
}
