package org.paretomech.sweep;

import java.util.Optional;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.instance.Instance;

/**
 * One point of an experiment's grid, one row of the sweep: a continuous family discretised on a
 * grid ({@link FamilyPoint}) or an instance file ({@link InstancePoint}), each with its number of
 * buyers.
 */
public sealed interface SweepPoint permits FamilyPoint, InstancePoint {

    /** Position in the grid order of {@link Experiment#grid()}. */
    int index();

    /**
     * A stable string naming everything the row depends on, used to recognise rows that were already
     * computed. It does not depend on the grid position, so reordering or extending an experiment keeps it.
     */
    String key();

    /** What the row is about, for legends: the family text, or the instance file's path as the experiment gives it. */
    String label();

    /** The row for messages, e.g. {@code lomax(shape=3, scale=1), n = 5, K = 400} or {@code instances/x.json, n = 5}. */
    String describe();

    /**
     * The instance to solve (a family discretised, a file read with the experiment's overrides).
     *
     * @throws IllegalArgumentException       when the instance is invalid (e.g. more units than buyers)
     * @throws java.io.UncheckedIOException   when an instance file cannot be read
     */
    Instance instance();

    /**
     * The continuous family the instance comes from, if any, for the characterisation check (as the
     * {@code check} command uses it): a family row's family, an instance file's {@code "family"}.
     *
     * @throws java.io.UncheckedIOException when an instance file cannot be read
     */
    Optional<ContinuousFamily> continuousFamily();
}
