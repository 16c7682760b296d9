package org.paretomech.instance;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Command-line values that replace those of an instance file.
 *
 * @param buyers    replaces {@code buyers} when present
 * @param units     replaces {@code units} when present
 * @param transfers replaces {@code transfers} when present
 */
public record InstanceOverrides(OptionalInt buyers, OptionalInt units, Optional<TransferMode> transfers) {

    /** No overrides. */
    public static final InstanceOverrides NONE = new InstanceOverrides(OptionalInt.empty(), OptionalInt.empty(),
            Optional.empty());
}
