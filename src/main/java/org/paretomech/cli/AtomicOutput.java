package org.paretomech.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files so that each appears complete or not at all: all contents are prepared in
 * memory, written to temporary files in the target directory, and only then moved into place.
 */
final class AtomicOutput {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    AtomicOutput add(String name, String text) {
        files.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    AtomicOutput add(String name, byte[] bytes) {
        files.put(name, bytes.clone());
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
        List<Path[]> moves = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path tmp = Files.createTempFile(dir, "." + f.getKey(), ".tmp");
                moves.add(new Path[] {tmp, dir.resolve(f.getKey())});
                Files.write(tmp, f.getValue());
            }
            List<Path> written = new ArrayList<>();
            for (Path[] m : moves) {
                move(m[0], m[1]);
                written.add(m[1]);
            }
            return written;
        } catch (IOException e) {
            for (Path[] m : moves) {
                try {
                    Files.deleteIfExists(m[0]);
                } catch (IOException ignored) {
                    // best effort clean-up of our own temporary file
                }
            }
            throw new OutputException("cannot write into " + dir + " (" + reason(e)
                    + "); choose a writable --out directory", e);
        }
    }

    /** Writes a single file atomically. */
    static void writeFile(Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        new AtomicOutput().add(file.getFileName().toString(), text).writeTo(dir);
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
