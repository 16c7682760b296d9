package org.paretomech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every source file under {@code src/test/java} that declares tests has a name Maven Surefire runs
 * by default ({@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}): the jqwik frontier
 * properties sat in {@code FrontierProperties.java} and never ran in {@code mvn test}.
 */
class TestClassNamingTest {

    private static final Pattern RUNS = Pattern.compile("(Test[^/]*|.*Test|.*Tests|.*TestCase)\\.java");
    private static final Pattern DECLARES_TESTS =
            Pattern.compile("@(?:[\\w.]+\\.)?(Test|Property|Example|ParameterizedTest|RepeatedTest|TestFactory)\\b");

    @Test
    void everyTestSourceIsPickedUpBySurefire() throws IOException {
        List<String> missed;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            missed = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !RUNS.matcher(p.getFileName().toString()).matches())
                    .filter(TestClassNamingTest::declaresTests)
                    .map(Path::toString).sorted().toList();
        }
        assertThat(missed).as("test classes Surefire would skip; rename them to *Test").isEmpty();
    }

    private static boolean declaresTests(Path p) {
        try {
            return DECLARES_TESTS.matcher(Files.readString(p)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
