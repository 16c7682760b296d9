package org.paretomech.solver.ortools;

import com.google.ortools.Loader;

/**
 * Loads the OR-Tools native libraries once per JVM, on first use, and remembers the outcome.
 * A failure (no native jar for this platform, {@link UnsatisfiedLinkError}, an unwritable temporary
 * directory, ...) is caught and kept as the reason the OR-Tools backends are unavailable; it is
 * never rethrown.
 */
final class OrToolsNatives {

    private OrToolsNatives() {
    }

    /** Empty when the natives loaded, otherwise why they did not. */
    static String failure() {
        return Holder.FAILURE;
    }

    /** Whether the natives are loaded. */
    static boolean loaded() {
        return Holder.FAILURE.isEmpty();
    }

    /** Initialisation-on-demand holder: the JVM runs {@link #load()} exactly once, thread-safely. */
    private static final class Holder {
        private static final String FAILURE = load();

        private static String load() {
            try {
                Loader.loadNativeLibraries();
                return "";
            } catch (RuntimeException | LinkageError e) {
                String os = System.getProperty("os.name") + "/" + System.getProperty("os.arch");
                return "OR-Tools native libraries did not load on " + os + ": " + e;
            }
        }
    }
}
