package org.paretomech.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.paretomech.frontier.SolverFailureException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the {@code paretomech} command line. Data goes to standard output, diagnostics
 * to standard error; every failure is one line on standard error and a distinct exit code
 * ({@link ExitCode}); stack traces only with {@code PARETOMECH_DEBUG=1}.
 */
@Command(name = "paretomech", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Pareto frontier of seller revenue and buyer surplus over truthful auction mechanisms.",
        subcommands = {FrontierCommand.class, CheckCommand.class, ImportBidsCommand.class, ExportCommand.class, SweepCommand.class, SolversCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, arguments) -> {
            String name = commandName(ex.getCommandLine());
            err.println("paretomech: " + oneLine(String.valueOf(ex.getMessage())) + suggestion(ex)
                    + " (see 'paretomech " + (name.isEmpty() ? "" : name + " ") + "--help')");
            err.flush();
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            ExitCode code = classify(ex);
            err.println("paretomech: " + oneLine(message(ex, code, inputArgument(parseResult))));
            if ("1".equals(System.getenv("PARETOMECH_DEBUG"))) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code.code();
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; an instance too large for the heap lands here.
            err.println("paretomech: out of memory (heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); the instance is too large for this heap: use fewer support points or give Java more "
                    + "heap with JAVA_OPTS=-Xmx8g (a frontier keeps every vertex's mechanism, so memory grows with "
                    + "K times the number of vertices; --engine lp needs more still)");
            code = ExitCode.OUT_OF_MEMORY.code();
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String commandName(CommandLine cl) {
        String name = cl.getCommandName();
        return "paretomech".equals(name) ? "" : name;
    }

    /** Picocli's "did you mean" for a mistyped option or subcommand, or nothing. */
    private static String suggestion(CommandLine.ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> s = u.getSuggestions();
            if (!s.isEmpty()) {
                return "; did you mean " + String.join(" or ", s.subList(0, Math.min(3, s.size()))) + "?";
            }
        }
        return "";
    }

    /** The first positional argument of the command that ran (its input file), or null. */
    private static String inputArgument(ParseResult parseResult) {
        ParseResult p = parseResult;
        while (p != null && p.hasSubcommand()) {
            p = p.subcommand();
        }
        if (p == null) {
            return null;
        }
        for (PositionalParamSpec spec : p.matchedPositionals()) {
            Object value = spec.getValue();
            if (value instanceof Path path) {
                return path.toString();
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    static ExitCode classify(Throwable ex) {
        Throwable e = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (e instanceof OutputException) {
            return ExitCode.OUTPUT_NOT_WRITABLE;
        }
        if (e instanceof SolverFailureException) {
            return ExitCode.SOLVER_FAILURE;
        }
        if (e instanceof CharacterCodingException) {
            // the file was read, but its bytes are not text in the expected encoding
            return ExitCode.INVALID_INPUT;
        }
        if (e instanceof IOException) {
            return ExitCode.INPUT_NOT_READABLE;
        }
        if (e instanceof IllegalArgumentException) {
            return ExitCode.INVALID_INPUT;
        }
        if (e instanceof OutOfMemoryError) {
            return ExitCode.INTERNAL_ERROR;
        }
        return ExitCode.INTERNAL_ERROR;
    }

    static String message(Throwable ex, ExitCode code) {
        return message(ex, code, null);
    }

    /**
     * The one-line diagnostic for {@code ex}; {@code input} (the command's input file, may be null)
     * names the file when an I/O exception does not.
     */
    static String message(Throwable ex, ExitCode code, String input) {
        Throwable e = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        String file = input == null ? "input" : input;
        if (e instanceof NoSuchFileException nf) {
            return "file not found: " + nf.getFile() + "; check the path";
        }
        if (e instanceof AccessDeniedException ad) {
            return "cannot read " + ad.getFile() + ": permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return file + " is not UTF-8 text; save it as UTF-8";
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null && code == ExitCode.INPUT_NOT_READABLE) {
            return "cannot read " + fs.getFile() + ": "
                    + (fs.getReason() == null ? AtomicOutput.reason(fs) : fs.getReason());
        }
        if (e instanceof IOException io && code == ExitCode.INPUT_NOT_READABLE) {
            return "cannot read " + file + ": " + AtomicOutput.reason(io);
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; give the JVM more heap (JAVA_OPTS=-Xmx8g) or use a smaller instance";
        }
        if (code == ExitCode.INTERNAL_ERROR) {
            return "internal error (" + e + "); please report it with the input that caused it";
        }
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replace('\n', ' ');
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Version from the jar manifest, or "development". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"paretomech " + (v == null ? "development build" : v)};
        }
    }
}
