package org.paretomech.cli;

import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * Writes every file into {@code dir}, creating it if needed. {@code option} is the option that
     * named {@code dir} as the user typed it ({@code --out}), for the messages.
     */
    List<Path> writeTo(Path dir, String option) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException("cannot create output directory " + dir + " (" + reason(e, dir)
                    + "); choose a writable " + option + " directory", e);
        }
        try {
            return writeInto(dir);
        } catch (IOException e) {
            throw new OutputException("cannot write into " + dir + " (" + reason(e, dir)
                    + "); choose a writable " + option + " directory", e);
        }
    }

    /**
     * Writes the single file {@code file} atomically, creating its directory if needed. {@code option}
     * is the option that named it as the user typed it ({@code -o} or {@code --output}).
     */
    static void writeFile(Path file, String option, String text) {
        Path dir = file.toAbsolutePath().getParent();
        AtomicOutput one = new AtomicOutput().add(file.getFileName().toString(), text);
        String fix = "; give " + option + " a file in a writable directory";
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException("cannot write " + option + " " + file + " (creating its directory " + dir
                    + " failed: " + reason(e, file) + ")" + fix, e);
        }
        try {
            one.writeInto(dir);
        } catch (IOException e) {
            throw new OutputException("cannot write " + option + " " + file + " (" + reason(e, dir) + ")" + fix, e);
        }
    }

    /** Writes every file into the existing directory {@code dir}; on failure nothing this call created remains. */
    private List<Path> writeInto(Path dir) throws IOException {
        // A target that is a directory would make its move fail after earlier files were already
        // moved into place, leaving half a result set; refuse before anything is written.
        for (String name : files.keySet()) {
            Path target = dir.resolve(name);
            if (Files.isDirectory(target)) {
                throw new OutputException("cannot write " + target
                        + ": a directory of that name exists; remove it or write elsewhere", null);
            }
        }
        List<Placement> placements = new ArrayList<>();
        List<Path> created = new ArrayList<>();
        try {
            for (Map.Entry<String, Content> f : files.entrySet()) {
                Path target = destination(dir.resolve(f.getKey()));
                if (isSpecial(target)) {
                    // a device or pipe (-o /dev/stdout): written through in the second pass, never replaced
                    placements.add(new Placement(null, target, f.getValue()));
                    continue;
                }
                Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + f.getKey(), ".tmp");
                placements.add(new Placement(tmp, target, f.getValue()));
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    f.getValue().writeTo(out);
                }
                makeReadable(tmp);
            }
            List<Path> written = new ArrayList<>();
            for (Placement p : placements) {
                if (p.tmp() == null) {
                    try (OutputStream out = Files.newOutputStream(p.target())) {
                        p.content().writeTo(out);
                    }
                } else {
                    boolean existed = Files.exists(p.target(), LinkOption.NOFOLLOW_LINKS);
                    move(p.tmp(), p.target());
                    if (!existed) {
                        created.add(p.target());
                    }
                }
                written.add(p.target());
            }
            return written;
        } catch (IOException e) {
            for (Placement p : placements) {
                if (p.tmp() != null) {
                    deleteQuietly(p.tmp());
                }
            }
            // files this call created are removed again so that a failure leaves no partial set
            for (Path c : created) {
                deleteQuietly(c);
            }
            throw e;
        }
    }

    /** One file's temporary copy (null for a device or pipe written directly) and where it goes. */
    private record Placement(Path tmp, Path target, Content content) {
    }

    /**
     * Where {@code target}'s content goes: a symbolic link to a regular file is followed, so the
     * file it points to is replaced and the link stays; anything else is {@code target} itself.
     */
    private static Path destination(Path target) throws IOException {
        if (Files.isSymbolicLink(target) && Files.isRegularFile(target)) {
            return target.toRealPath();
        }
        return target;
    }

    /**
     * An existing target that is neither a regular file nor a directory: a device such as
     * {@code /dev/null} or a named pipe. Renaming a temporary file over it would replace the
     * device node itself (as root even {@code /dev/null}), so it is written to instead.
     */
    private static boolean isSpecial(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort clean-up of a file this class wrote
        }
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

    /** Why {@code e} happened, in words, for a message that names the path itself. */
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

    /**
     * Why writing into {@code dir} failed with {@code e}, in words that are true of {@code dir}.
     * The operating system's own error is kept, but where it misleads it is explained: creating a
     * file in {@code /proc} fails with "no such file or directory" although {@code /proc} exists,
     * and a temporary file's generated name is never shown.
     */
    static String reason(IOException e, Path dir) {
        Path file = e instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : dir;
        boolean fileInTheWay = e instanceof java.nio.file.FileAlreadyExistsException
                || (e instanceof FileSystemException fs && "Not a directory".equalsIgnoreCase(fs.getReason()));
        Path blocking = fileInTheWay ? nearestExisting(file) : null;
        if (blocking != null && !Files.isDirectory(blocking)) {
            // "not a directory", "file exists": a file stands where a directory is needed
            return samePath(blocking, dir) ? "a file of that name exists" : blocking + " is a file, not a directory";
        }
        if (e instanceof NoSuchFileException) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return parent + " exists, but " + fileSystem(parent)
                        + " refuses new entries; the system reports \"no such file or directory\"";
            }
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return reason(e);
    }

    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** {@code p} or its nearest ancestor that exists (links followed), or null. */
    private static Path nearestExisting(Path p) {
        for (Path q = p.toAbsolutePath().normalize(); q != null; q = q.getParent()) {
            if (Files.exists(q)) {
                return q;
            }
        }
        return null;
    }

    /** "its proc file system", or "its file system" when the type cannot be read. */
    private static String fileSystem(Path dir) {
        try {
            String type = Files.getFileStore(dir).type();
            return type == null || type.isBlank() ? "its file system" : "its " + type + " file system";
        } catch (IOException | SecurityException e) {
            return "its file system";
        }
    }
}
