package org.paretomech.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.instance.FamilySpecJson;
import org.paretomech.instance.InputFiles;
import org.paretomech.instance.Instance;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;
import org.paretomech.instance.TransferMode;

/**
 * An instance-file row of an experiment's grid: the file read as {@code frontier FILE} reads it,
 * with the experiment's {@code buyers} value, {@code units} and {@code transfers} replacing the
 * file's when the experiment gives them ({@link InstanceOverrides}, as {@code --buyers},
 * {@code --units}, {@code --transfers} do). The file is taken as it is otherwise: the experiment's
 * {@code points} and {@code scheme} do not apply, even to a file with a {@code "family"}.
 *
 * @param index     position in the grid order of {@link Experiment#grid()}
 * @param source    the file
 * @param digest    {@link InstanceFile#digest()} when the grid was expanded
 * @param buyers    replaces the file's {@code buyers} when present
 * @param units     replaces the file's {@code units} when present
 * @param transfers replaces the file's {@code transfers} when present
 */
public record InstancePoint(int index, InstanceFile source, String digest, OptionalInt buyers, OptionalInt units,
                            Optional<TransferMode> transfers) implements SweepPoint {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * {@code instance=<path>;sha256=<digest>;n=<n>;k=<k>;transfers=<label>}, with {@code file} for
     * a value the file gives: the path as the experiment gives it and the content digest, so a row
     * is reused only for the same file with the same content.
     */
    @Override
    public String key() {
        return String.format(Locale.ROOT, "instance=%s;sha256=%s;n=%s;k=%s;transfers=%s", source.path(), digest,
                buyers.isPresent() ? Integer.toString(buyers.getAsInt()) : "file",
                units.isPresent() ? Integer.toString(units.getAsInt()) : "file",
                transfers.map(TransferMode::label).orElse("file"));
    }

    /** The path as the experiment gives it. */
    @Override
    public String label() {
        return source.path();
    }

    /** {@code instances/x.json, n = 5}, or the path alone when the file gives {@code n}. */
    @Override
    public String describe() {
        return source.path() + (buyers.isPresent() ? ", n = " + buyers.getAsInt() : "");
    }

    /** The overrides given to {@link InstanceJson#read}. */
    public InstanceOverrides overrides() {
        return new InstanceOverrides(buyers, units, transfers);
    }

    /**
     * Reads the file with {@link #overrides()}.
     *
     * @throws UncheckedIOException     when the file is missing or unreadable, naming it and where
     *                                  relative paths start
     * @throws IllegalArgumentException when its content is invalid or the overrides do not fit it
     */
    @Override
    public Instance instance() {
        try {
            return InstanceJson.read(source.file(), overrides());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The file's {@code "family"}, if it has one (read again; the file was valid for {@link #instance()}). */
    @Override
    public Optional<ContinuousFamily> continuousFamily() {
        try {
            String text = InputFiles.readText(source.file(), "an instance file");
            JsonNode root = MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            return root.has("family") ? Optional.of(FamilySpecJson.family(root.get("family"))) : Optional.empty();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private UncheckedIOException unreadable(IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "no such file";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        return new UncheckedIOException(String.format(Locale.ROOT,
                "cannot read instance file %s (%s): %s; a relative path in \"instances\" starts at the experiment "
                        + "file's directory", source.path(), source.file(), reason), e);
    }
}
