package org.paretomech.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through and remembers the first failure, so that the command line can say why
 * standard output could not be written ({@code No space left on device}, {@code Broken pipe}).
 * The {@link java.io.PrintWriter} on top still swallows the exception and only sets its error
 * flag; {@link Main} checks that flag when the command ends.
 */
final class RecordingOutputStream extends OutputStream {

    private final OutputStream target;
    private volatile String failure;

    RecordingOutputStream(OutputStream target) {
        this.target = target;
    }

    /** The message of the first failed write or flush, or null if none failed. */
    String failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            target.write(b);
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            target.write(b, off, len);
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            target.flush();
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            target.close();
        } catch (IOException e) {
            throw record(e);
        }
    }

    private IOException record(IOException e) {
        if (failure == null) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return e;
    }
}
