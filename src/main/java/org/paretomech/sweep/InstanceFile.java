package org.paretomech.sweep;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.paretomech.instance.InputFiles;

/**
 * An entry of an experiment's {@code "instances"} list: an instance file as the experiment names
 * it and where it is. A relative path is relative to the directory of the experiment file (not
 * the working directory), so an experiment gives the same rows wherever it is run from.
 *
 * @param path the path as the experiment gives it, e.g. {@code ../instances/palm-pilot-7day.json};
 *             it names the row (column {@code instance}, legends, {@link SweepPoint#key()})
 * @param file the file: {@code path} resolved against the experiment's directory, normalised
 */
public record InstanceFile(String path, Path file) {

    /** {@link #digest()} of a file that cannot be read (missing, a directory, too large). */
    public static final String UNREADABLE = "unreadable";

    /** Checks that the path is given. */
    public InstanceFile {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("an instance path is empty; give the path of an instance JSON file");
        }
        if (file == null) {
            throw new IllegalArgumentException("instance " + path + " has no resolved file");
        }
    }

    /**
     * The entry for {@code path}, resolved against {@code directory} (the experiment file's
     * directory; an absolute {@code path} stays as it is).
     *
     * @throws IllegalArgumentException when {@code path} is blank or not a valid path on this system
     */
    public static InstanceFile of(String path, Path directory) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("an instance path is empty; give the path of an instance JSON file");
        }
        try {
            return new InstanceFile(path, directory.resolve(path).normalize());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(new TextNode(path) + " is not a valid path (" + e.getReason() + ")", e);
        }
    }

    /** The file name without {@code .json}, e.g. {@code palm-pilot-7day}: what an overlay selection may name. */
    public String name() {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString().replaceFirst("\\.json$", "");
    }

    /** Whether an overlay's {@code "instance"} names this file: its {@link #path()} or its {@link #name()}. */
    public boolean isNamedBy(String selection) {
        return path.equals(selection) || name().equals(selection);
    }

    /**
     * The first 16 hex digits of the SHA-256 of the file's bytes, or {@value #UNREADABLE}. It is
     * part of the row key, so a row computed from an earlier version of the file is not reused.
     * Reads at most {@link InputFiles#MAX_BYTES} bytes (a larger file is unreadable, as for
     * {@code frontier}).
     */
    public String digest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256, which every Java platform must provide", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > InputFiles.MAX_BYTES) {
                    return UNREADABLE;
                }
                sha.update(buffer, 0, read);
            }
        } catch (IOException e) {
            return UNREADABLE;
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
