package org.paretomech.cli;

import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files so that each appears complete or not at all: every content is written to a
 * temporary file in the target directory, and only when all succeeded are they moved into place.
 * Contents are either prepared in memory or streamed ({@link #stream}), so large tables need not be
 * held as one string.
 */
final class AtomicOutput {

    /** Streams one file's text. */
    @FunctionalInterface
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes one file's bytes. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Map<String, Content> files = new LinkedHashMap<>();

    AtomicOutput add(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        files.put(name, out -> out.write(bytes));
        return this;
    }

    AtomicOutput add(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        files.put(name, out -> out.write(copy));
        return this;
    }

    /** A file whose UTF-8 text is streamed by {@code text} when the set is written. */
    AtomicOutput stream(String name, Text text) {
        files.put(name, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.writeTo(w);
            w.flush();
        });
        return this;
    }

    /** Writes every file into {@code dir}, creating it if needed. */
    List<Path> writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException("cannot create output directory " + dir + " (" + reason(e)
                    + "); choose a writable --out directory", e);
        }
        // A target that is a directory would make its move fail after earlier files were already
        // moved into place, leaving half a result set; refuse before anything is written.
        for (String name : files.keySet()) {
            Path target = dir.resolve(name);
            if (Files.isDirectory(target)) {
                throw new OutputException("cannot write " + target
                        + ": a directory of that name exists; remove it or write elsewhere", null);
            }
        }
        List<Path[]> moves = new ArrayList<>();
        List<Path> created = new ArrayList<>();
        try {
            for (Map.Entry<String, Content> f : files.entrySet()) {
                Path tmp = Files.createTempFile(dir, "." + f.getKey(), ".tmp");
                moves.add(new Path[] {tmp, dir.resolve(f.getKey())});
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    f.getValue().writeTo(out);
                }
                makeReadable(tmp);
            }
            List<Path> written = new ArrayList<>();
            for (Path[] m : moves) {
                boolean existed = Files.exists(m[1], LinkOption.NOFOLLOW_LINKS);
                move(m[0], m[1]);
                written.add(m[1]);
                if (!existed) {
                    created.add(m[1]);
                }
            }
            return written;
        } catch (IOException e) {
            for (Path[] m : moves) {
                deleteQuietly(m[0]);
            }
            // files this call created are removed again so that a failure leaves no partial set
            for (Path c : created) {
                deleteQuietly(c);
            }
            throw new OutputException("cannot write into " + dir + " (" + reason(e)
                    + "); choose a writable --out directory", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort clean-up of a file this class wrote
        }
    }

    /** Writes a single file atomically. */
    static void writeFile(Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        new AtomicOutput().add(file.getFileName().toString(), text).writeTo(dir);
    }

    /** Temporary files are created owner-only; results are ordinary files readable by all. */
    private static void makeReadable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String reason(IOException e) {
        String simple = e.getClass().getSimpleName();
        switch (simple) {
            case "AccessDeniedException":
                return "permission denied";
            case "FileAlreadyExistsException":
                return "a file of that name exists";
            case "NoSuchFileException":
                return "no such file or directory";
            case "FileSystemException":
                return e.getMessage();
            default:
                return e.getMessage() == null ? simple : e.getMessage();
        }
    }
}
