package org.paretomech.lp.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paretomech.lp.LinearProgram;

/** The model file formats written by this package. */
public enum ModelFormat {
    /** Free MPS, objective negated (a minimisation of {@code -c·z}); see {@link MpsWriter}. */
    MPS("mps"),
    /** CPLEX LP format, {@code Maximize c·z}; see {@link CplexLpWriter}. */
    LP("lp");

    private final String extension;

    ModelFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension without the dot, also the label on the command line. */
    public String extension() {
        return extension;
    }

    /** The text of {@code program} in this format, preceded by {@code comments}. */
    public String write(LinearProgram program, List<String> comments) {
        return this == MPS ? MpsWriter.write(program, comments) : CplexLpWriter.write(program, comments);
    }

    /** The format whose extension {@code fileName} has ({@code .mps} or {@code .lp}, any case), if any. */
    public static Optional<ModelFormat> fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ModelFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
