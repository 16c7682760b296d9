package org.paretomech.solver;

import java.util.Objects;

/**
 * What the registry knows about one LP backend ({@link Backends#all()}).
 *
 * @param name         registry name, accepted by {@link Backends#byName(String)}
 * @param description  one line: library and method
 * @param available    whether the backend can run in this JVM (OR-Tools needs its natives)
 * @param reason       why it is unavailable; empty when available
 * @param exact        whether an {@code OPTIMAL} status means a basic (vertex) solution accurate to
 *                     the simplex tolerances; false for first-order methods (PDLP), whose answers
 *                     are approximate and reported as {@link LpStatus#IMPRECISE}
 * @param maxVariables largest number of variables the backend attempts;
 *                     {@link Integer#MAX_VALUE} when it states no limit
 */
public record BackendInfo(String name, String description, boolean available, String reason, boolean exact,
                          int maxVariables) {

    /** Value of {@link #maxVariables()} for a backend without a stated size limit. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public BackendInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        reason = reason == null ? "" : reason;
        if (available && !reason.isEmpty()) {
            throw new IllegalArgumentException("backend " + name + " is available but has a reason: " + reason);
        }
        if (maxVariables < 1) {
            throw new IllegalArgumentException("backend " + name + ": maxVariables = " + maxVariables
                    + "; expected at least 1");
        }
    }
}
