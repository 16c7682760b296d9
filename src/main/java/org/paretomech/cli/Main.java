package org.paretomech.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.paretomech.frontier.SolverFailureException;
import org.paretomech.instance.OptionMismatchException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the {@code paretomech} command line. Data goes to standard output (UTF-8),
 * diagnostics to standard error; every failure is one line on standard error and a distinct exit
 * code ({@link ExitCode}); stack traces only with {@code PARETOMECH_DEBUG=1}. A failed write to
 * standard output (a full disk, a closed pipe) is an output error, not a success.
 */
@Command(name = "paretomech", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Pareto frontier of seller revenue and buyer surplus over truthful auction mechanisms.",
        subcommands = {FrontierCommand.class, CheckCommand.class, ExPostCommand.class, ImportBidsCommand.class, ExportCommand.class, SweepCommand.class, SolversCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // Not System.out: a PrintStream swallows write errors, so "> /dev/full" would look like success.
        RecordingOutputStream stdout = new RecordingOutputStream(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, new PrintWriter(System.err, true), stdout::failure));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, () -> null);
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter)}; {@code outFailure} gives the reason a
     * write to {@code out} failed (or null), for the message when {@code out} reports an error.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<String> outFailure) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Integer.class, new Usage.IntConverter());
        cl.registerConverter(Integer.TYPE, new Usage.IntConverter());
        cl.registerConverter(Long.class, new Usage.LongConverter());
        cl.registerConverter(Long.TYPE, new Usage.LongConverter());
        cl.registerConverter(Double.class, new Usage.DoubleConverter());
        cl.registerConverter(Double.TYPE, new Usage.DoubleConverter());
        cl.registerConverter(Path.class, new Usage.PathConverter());
        cl.setParameterExceptionHandler((ex, arguments) -> {
            err.println("paretomech: " + oneLine(String.valueOf(ex.getMessage())).replaceFirst("\\.$", "")
                    + suggestion(ex) + seeHelp(ex.getCommandLine()));
            err.flush();
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            ExitCode code = classify(ex);
            err.println("paretomech: " + oneLine(message(ex, code, inputArgument(parseResult)))
                    + (code == ExitCode.USAGE ? seeHelp(commandLine) : ""));
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
                    + " MB); the instance is too large for this heap: " + memoryAdvice(args));
            code = ExitCode.OUT_OF_MEMORY.code();
        }
        out.flush();
        if (out.checkError() && (code == ExitCode.OK.code() || code == ExitCode.CHECK_FAILED.code())) {
            err.println("paretomech: " + stdoutFailure(outFailure.get()));
            code = ExitCode.OUTPUT_NOT_WRITABLE.code();
        }
        err.flush();
        return code;
    }

    /** The message for a failed write to standard output; {@code reason} may be null. */
    static String stdoutFailure(String reason) {
        if (reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("broken pipe")) {
            return "cannot write to standard output (broken pipe): the program reading it exited before the end, "
                    + "so the output is incomplete; let it read everything or write to a file";
        }
        return "cannot write to standard output (" + (reason == null ? "write error" : reason)
                + "), so the output is incomplete; free disk space or redirect it to a writable file";
    }

    /** " (see 'paretomech COMMAND --help')" for the command {@code cl}. */
    private static String seeHelp(CommandLine cl) {
        String name = commandName(cl);
        return " (see 'paretomech " + (name.isEmpty() ? "" : name + " ") + "--help')";
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

    /**
     * What to do when the heap ran out: the LP engine needs far more memory than the oracle (its
     * factorisations grow faster than K), so LP users are pointed to the oracle; the oracle itself
     * needs O(K) memory (K = 10^6 support points fit in a 256 MB heap), so its users need more heap
     * or fewer points.
     */
    static String memoryAdvice(String[] args) {
        boolean lp = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            lp |= a.startsWith("--solver") || a.equals("--cross-check") || a.equals("--engine=lp")
                    || (a.equals("--engine") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("lp"));
        }
        String heap = "give Java more heap with JAVA_OPTS=-Xmx8g, or use fewer support points";
        return lp ? "the LP engine needs far more memory than the default ironing engine; drop --engine lp, "
                + "--solver and --cross-check to use the oracle (O(K) memory), " + heap
                : "the ironing engine needs memory in proportion to K (10^6 support points fit in 256 MB); " + heap;
    }

    static ExitCode classify(Throwable ex) {
        Throwable e = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (e instanceof OutputException) {
            return ExitCode.OUTPUT_NOT_WRITABLE;
        }
        if (e instanceof SolverFailureException) {
            return ExitCode.SOLVER_FAILURE;
        }
        if (e instanceof OptionMismatchException) {
            // a command-line value (override, filter) that does not fit its input: a usage error
            return ExitCode.USAGE;
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

    /**
     * {@code paretomech} without a command is a usage error (exit 2): one line on standard error
     * listing the commands. {@code --help} and {@code help} print the full usage and exit 0.
     */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "no command given; use one of "
                + String.join(", ", spec.subcommands().keySet()));
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
