package org.paretomech.instance;

/**
 * An option that is valid on its own but does not fit the input it is applied to: an override
 * of {@code units} above the instance's {@code buyers}, a bid-import filter that matches no row
 * or several items. The input itself may be fine; the option is what has to change. The command
 * line reports it as a usage error (exit 2) rather than as invalid input (exit 3).
 *
 * <p>It is an {@link IllegalArgumentException}, so callers that catch bad input as such are
 * unaffected.
 */
public class OptionMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An exception with a one-line message naming the option, the value and the fix. */
    public OptionMismatchException(String message) {
        super(message);
    }

    /** As {@link #OptionMismatchException(String)}, keeping the cause. */
    public OptionMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
