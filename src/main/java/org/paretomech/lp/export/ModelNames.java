package org.paretomech.lp.export;

import java.util.Locale;
import java.util.Set;

/**
 * Names as the MPS and CPLEX LP formats accept them: characters outside {@code [A-Za-z0-9_]}
 * become {@code _}; a name that is empty, starts with a digit, reads like an exponent
 * ({@code e1}, {@code E}, {@code ee}) or is a keyword of either format (case-insensitive) gets a
 * leading {@code _}; a name already taken gets a suffix {@code _2}, {@code _3}, ...
 */
final class ModelNames {

    /**
     * Section and bound keywords of CPLEX LP (as read by CPLEX, GLPK, HiGHS and ojAlgo) and the set
     * names this package writes in MPS ({@code RHS}, {@code RNG}, {@code BND}), lower case.
     */
    private static final Set<String> RESERVED = Set.of(
            "min", "minimize", "minimise", "minimum", "max", "maximize", "maximise", "maximum",
            "subject", "to", "such", "that", "st", "s", "t",
            "bound", "bounds", "free", "inf", "infinity",
            "general", "generals", "gen", "integer", "integers", "int", "binary", "binaries", "bin",
            "semi", "semis", "semicontinuous", "semi_continuous", "sec", "sos", "sos1", "sos2",
            "indicator", "indicators", "lazy", "pwl", "end",
            "rhs", "rng", "bnd", "name", "rows", "columns", "ranges", "endata", "objsense", "marker");

    private ModelNames() {
    }

    /** {@code raw} made safe for both formats (not yet unique). */
    static String sanitise(String raw) {
        String s = raw.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || Character.isDigit(s.charAt(0)) || looksLikeExponent(s)
                || RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            s = "_" + s;
        }
        return s;
    }

    /** {@code sanitise(raw)}, suffixed until it is not in {@code taken}; the result is added to {@code taken}. */
    static String unique(String raw, Set<String> taken) {
        String base = sanitise(raw);
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    private static boolean looksLikeExponent(String s) {
        char c = s.charAt(0);
        if (c != 'e' && c != 'E') {
            return false;
        }
        if (s.length() == 1) {
            return true;
        }
        char d = s.charAt(1);
        return Character.isDigit(d) || d == 'e' || d == 'E';
    }
}
