package org.paretomech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a user-facing Java script (README, examples/) on the test class path and runs its main. */
final class JavaScripts {

    private JavaScripts() {
    }

    /**
     * Compiles {@code source} with {@code -Xlint:all -Werror} into {@code outDir}, runs the main of
     * class {@code className} and returns what it printed on standard output.
     */
    static String compileAndRun(Path source, String className, Path outDir) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK compiler").isNotNull();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int code = javac.run(null, diagnostics, diagnostics, "-encoding", "UTF-8", "-Xlint:all", "-Werror",
                "-cp", System.getProperty("java.class.path"), "-d", outDir.toString(), source.toString());
        assertThat(code).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {outDir.toUri().toURL()},
                JavaScripts.class.getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
