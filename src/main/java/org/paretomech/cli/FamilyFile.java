package org.paretomech.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.instance.FamilySpecJson;
import org.paretomech.instance.InputFiles;
import org.paretomech.instance.Instance;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;

/**
 * The {@code "family"} part of an instance file, for commands that need the continuous family
 * itself (check, refine). The file has already been read and validated by {@link InstanceJson}.
 */
final class FamilyFile {

    private final ObjectNode root;
    private final String name;

    private FamilyFile(ObjectNode root, String name) {
        this.root = root;
        this.name = name;
    }

    static FamilyFile read(Path file) throws IOException {
        String text = InputFiles.readText(file, "an instance file");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode node = new ObjectMapper().readTree(text);
        return new FamilyFile((ObjectNode) node, file.getFileName().toString().replaceFirst("\\.json$", ""));
    }

    /** The continuous family, if the file gives one. */
    Optional<ContinuousFamily> family() {
        return root.has("family") ? Optional.of(FamilySpecJson.family(root.get("family"))) : Optional.empty();
    }

    /** Number of points of the family's grid. */
    int points() {
        return FamilySpecJson.points(root.get("family"));
    }

    /** The instance with the family discretised on {@code points} points instead. */
    Instance withPoints(int points, InstanceOverrides overrides) {
        ObjectNode copy = root.deepCopy();
        ((ObjectNode) copy.get("family")).put("points", points);
        copy.remove("source");
        return InstanceJson.parse(copy.toString(), name, overrides);
    }
}
