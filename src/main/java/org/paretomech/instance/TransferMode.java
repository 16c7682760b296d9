package org.paretomech.instance;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Transfer convention of MATH §2.5: which payments the seller may make. */
public enum TransferMode {
    /** Payments are never negative: {@code p_1 >= 0}, i.e. {@code u_1 <= v_1 x_1}. */
    NO_SUBSIDY("no-subsidy"),
    /** Myerson's normalisation: the lowest type gets zero utility, {@code u_1 = 0}. */
    ZERO_LOWEST_UTILITY("zero-lowest-utility");

    private final String label;

    TransferMode(String label) {
        this.label = label;
    }

    /** The name used in instance files and on the command line. */
    public String label() {
        return label;
    }

    /** Parses a label such as {@code no-subsidy}; the error lists the accepted labels. */
    public static TransferMode fromLabel(String label) {
        for (TransferMode m : values()) {
            if (m.label.equals(label) || m.name().equalsIgnoreCase(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "transfers = \"%s\" is unknown; use one of %s", label,
                Arrays.stream(values()).map(TransferMode::label).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label;
    }
}
