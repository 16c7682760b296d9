package org.paretomech.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Usage errors (exit 2, {@link ExitCode#USAGE}) found after picocli has parsed the arguments: an
 * option value that is out of range, options that conflict, an option that does not fit the
 * input it applies to. They are reported exactly like picocli's own usage errors (an unparsable
 * value, an unknown option): one line ending in "(see 'paretomech COMMAND --help')".
 */
final class Usage {

    private Usage() {
    }

    /** A usage error of the command {@code spec}; throw it from the command's {@code call()}. */
    static ParameterException error(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * Runs a library validation of option values ({@code BidImport.Options}, {@code Backends.byName},
     * ...): its {@link IllegalArgumentException} is a usage error here, since the values came from
     * the command line.
     */
    static <T> T check(CommandSpec spec, Supplier<T> validation) {
        try {
            return validation.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /**
     * Which of {@code names} (one option's spellings, e.g. {@code -o} and {@code --output}) the
     * user typed, so that a message names the option as given; the first name if none is found.
     */
    static String typedName(CommandSpec spec, String... names) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (parsed != null) {
            for (String arg : parsed.originalArgs()) {
                if ("--".equals(arg)) {
                    break;
                }
                for (String name : names) {
                    boolean isShort = name.length() == 2;
                    if (arg.equals(name) || arg.startsWith(name + "=") || (isShort && arg.startsWith(name))) {
                        return name;
                    }
                }
            }
        }
        return names[0];
    }

    /**
     * Refuses an output file that is the input file itself: writing there would replace the data
     * the command reads ({@code import-bids bids.csv -o bids.csv}, {@code export x.json -o x.json}).
     */
    static void refuseToOverwriteInput(CommandSpec spec, String option, Path output, Path input) {
        if (sameExistingFile(output, input)) {
            throw error(spec, option + " " + output + " is the input file itself; writing there would replace the "
                    + "data it holds, so choose another file");
        }
    }

    /**
     * Refuses an output directory that is the input file itself ({@code frontier x.json --out x.json})
     * or in which one of the files written ({@code names}) is the input file.
     */
    static void refuseToOverwriteInputIn(CommandSpec spec, String option, Path dir, List<String> names, Path input) {
        if (sameExistingFile(dir, input)) {
            throw error(spec, option + " " + dir + " is the input file itself; " + option
                    + " names a directory for the output files, so choose a directory");
        }
        for (String name : names) {
            if (dir != null && sameExistingFile(dir.resolve(name), input)) {
                throw error(spec, option + " " + dir + " would write " + name + " over the input file " + input
                        + "; choose another directory");
            }
        }
    }

    private static boolean sameExistingFile(Path a, Path b) {
        if (a == null || b == null || !Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false; // cannot tell (e.g. no permission to stat); the write itself reports any problem
        }
    }

    /** Whole numbers: a message that names the value and the fix instead of picocli's "is not an int". */
    static final class IntConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, Integer::valueOf, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    /**
     * Whole numbers read as {@code long} (counts such as {@code --buyers}, whose own range check
     * then names the tool's limit): the same messages as {@link IntConverter}.
     */
    static final class LongConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return wholeNumber(value, Long::valueOf, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    private static <T> T wholeNumber(String value, java.util.function.Function<String, T> parse, long min, long max) {
        String t = value.strip();
        try {
            return parse.apply(t);
        } catch (NumberFormatException e) {
            if (t.matches("[+-]?[0-9]+")) {
                throw new TypeConversionException("'" + value + "' is too large; give a whole number between " + min
                        + " and " + max);
            }
            throw new TypeConversionException("'" + value + "' is not a whole number; give an integer such as 5");
        }
    }

    /** Decimal numbers: Java's literal suffixes (1d, 2f) and hexadecimal are not accepted. */
    static final class DoubleConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String t = value.strip();
            if (t.matches("(?i)[+-]?(nan|infinity)")) {
                return Double.valueOf(t.replaceFirst("(?i)nan", "NaN").replaceFirst("(?i)infinity", "Infinity"));
            }
            if (!t.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                throw new TypeConversionException("'" + value + "' is not a number; give a decimal number such as 0.5");
            }
            return Double.valueOf(t);
        }
    }

    /**
     * Paths: an empty or blank path is refused (Java reads {@code ""} as the current directory, so
     * {@code --out ""} would write there), as is a path the file system cannot represent.
     */
    static final class PathConverter implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("the path '" + value + "' is " + (value.isEmpty() ? "empty" : "blank")
                        + "; give a file or directory name (use . for the current directory)");
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + value.replace("\0", "\\0") + "' is not a valid path ("
                        + e.getReason() + "); give a file or directory name");
            }
        }
    }
}
