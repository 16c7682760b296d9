package org.paretomech.instance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads input files (instances, bid histories) as UTF-8 text, at most {@link #MAX_BYTES} bytes.
 * Without the cap, an endless or huge input ({@code /dev/zero}, a wrong file of many gigabytes)
 * would exhaust the heap and be reported as an instance too large for memory.
 */
public final class InputFiles {

    /**
     * Largest input file accepted: 512 MiB. An explicit instance with a million support points
     * takes about 40 MB, the largest public bid histories a few MB.
     */
    public static final int MAX_BYTES = 512 << 20;

    private InputFiles() {
    }

    /**
     * The text of {@code file}.
     *
     * @param what what the file should be, for the messages ("an instance file", "a bid history")
     * @throws FileSystemException              if {@code file} is a directory (the message says so)
     * @throws java.nio.charset.CharacterCodingException if the bytes are not UTF-8
     * @throws IOException                      if the file is missing or cannot be read
     * @throws IllegalArgumentException         if the file is longer than {@link #MAX_BYTES}
     */
    public static String readText(Path file, String what) throws IOException {
        return readText(file, what, MAX_BYTES);
    }

    /** {@link #readText(Path, String)} with another cap (tests). */
    static String readText(Path file, String what, int maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null,
                    "is a directory, not " + what + "; give the path of a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s is larger than %s, far more than %s holds (is it the right file?); "
                            + "give a smaller file", file, maxBytes >= 1 << 20 ? (maxBytes >> 20) + " MB"
                            : maxBytes + " bytes", what));
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * The lines of {@code file} as {@link Files#readAllLines} splits them ({@code \n}, {@code \r}
     * or {@code \r\n}; a final terminator does not start another line), read by {@link #readText}.
     */
    public static List<String> readLines(Path file, String what) throws IOException {
        return readText(file, what).lines().toList();
    }
}
