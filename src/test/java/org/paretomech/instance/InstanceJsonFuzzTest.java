package org.paretomech.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fuzzes {@link InstanceJson#parse}: whatever the text, it returns an {@link Instance} or throws
 * an {@link IllegalArgumentException} with a one-line message; never another exception. Inputs
 * are random JSON-like token soups and random mutations of a valid instance (dropped fields,
 * wrong types, NaN and infinities, random numbers and arrays, random family objects).
 *
 * <p>Seeds are fixed so that runs are reproducible; change a seed to explore further. Family
 * parameters avoid huge finite values: {@code gamma} with {@code shape = 1e300} makes Commons
 * Math iterate for about 13 s before it gives up (reported separately, see the bad-input corpus
 * for the fast {@code beta} variant).
 */
class InstanceJsonFuzzTest {

    private static final List<String> FIELDS = List.of("name", "buyers", "units", "transfers", "values",
            "probabilities", "counts", "family", "source");

    private static final List<String> FAMILY_NAMES = List.of("uniform", "exponential", "weibull", "gamma",
            "lognormal", "lomax", "pareto", "beta", "equal-revenue", "cauchy", "Uniform", "");

    private static final List<String> FAMILY_KEYS = List.of("name", "lo", "hi", "rate", "shape", "scale", "mu",
            "sigma", "alpha", "beta", "points", "scheme", "binning", "range", "width");

    /** The outcome contract: an instance, or an IllegalArgumentException with a one-line message. */
    private static void parsesOrRejects(String json) {
        Instance instance;
        try {
            instance = InstanceJson.parse(json, "fuzz", InstanceOverrides.NONE);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as("message for %s", json).isNotBlank().doesNotContain("\n", "\r");
            return;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("InstanceJson.parse threw " + e + " for input: " + json, e);
        }
        assertThat(instance.buyers()).isBetween(1, Instance.MAX_BUYERS);
        assertThat(instance.units()).isBetween(1, instance.buyers());
        assertThat(instance.supportSize()).isPositive();
    }

    @Property(tries = 600, seed = "20260101")
    void tokenSoupParsesOrRejects(@ForAll("tokenSoup") String json) {
        parsesOrRejects(json);
    }

    @Property(tries = 600, seed = "20260102")
    void randomCharactersParseOrReject(@ForAll("jsonCharacters") String json) {
        parsesOrRejects(json);
    }

    @Property(tries = 1000, seed = "20260103")
    void mutatedInstancesParseOrReject(@ForAll("mutatedInstance") String json) {
        parsesOrRejects(json);
    }

    @Property(tries = 400, seed = "20260104")
    void randomFamiliesParseOrReject(@ForAll("familyInstance") String json) {
        parsesOrRejects(json);
    }

    /** Strings from the file are quoted in messages; a line break in one must not split the message. */
    @Example
    void quotedStringsWithLineBreaksStayOnOneLine() {
        for (String field : List.of("transfers", "name")) {
            String json = "{\"buyers\": 0, \"" + field + "\": \"a\\nb\\r\", \"values\": [1], \"probabilities\": [1]}";
            parsesOrRejects(json);
        }
        parsesOrRejects("{\"buyers\": 2, \"family\": {\"name\": \"uni\\nform\"}}");
        parsesOrRejects("{\"buyers\": 2, \"family\": {\"name\": \"uniform\", \"scheme\": \"le\\nft\"}}");
    }

    // ---- generators ---------------------------------------------------------------------------

    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[", "]", ",", ":", " ", "\"", "\"buyers\"", "\"values\"",
                        "\"probabilities\"", "\"counts\"", "\"family\"", "\"units\"", "\"transfers\"",
                        "\"name\"", "\"points\"", "null", "true", "false", "NaN", "-Infinity", "\uFEFF", "//"),
                numberText(), stringText());
        return token.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> jsonCharacters() {
        return Arbitraries.strings().withChars("{}[]\":,.-+eE0123456789 \n\tabnuyrsvlNIfit\\\u00e9\u0000")
                .ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> mutatedInstance() {
        Arbitrary<Mutation> mutation = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(FIELDS).map(f -> (Mutation) m -> m.remove(f))),
                Tuple.of(5, Combinators.combine(Arbitraries.of(FIELDS), anyValue())
                        .as((f, v) -> (Mutation) m -> m.put(f, v))),
                Tuple.of(1, Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8), anyValue())
                        .as((f, v) -> (Mutation) m -> m.put(f, v))),
                Tuple.of(2, numberArray().map(a -> (Mutation) m -> m.put("values", a))),
                Tuple.of(2, numberArray().map(a -> (Mutation) m -> m.put("probabilities", a))),
                Tuple.of(1, numberArray().map(a -> (Mutation) m -> m.put("counts", a))),
                Tuple.of(1, family().map(fam -> (Mutation) m -> m.put("family", fam))));
        return mutation.list().ofMinSize(1).ofMaxSize(4).map(ms -> {
            Map<String, String> m = validFields();
            for (Mutation mu : ms) {
                mu.apply(m);
            }
            return render(m);
        });
    }

    @Provide
    Arbitrary<String> familyInstance() {
        return Combinators.combine(family(), Arbitraries.integers().between(1, 5))
                .as((fam, n) -> "{\"buyers\": " + n + ", \"family\": " + fam + "}");
    }

    private interface Mutation {
        void apply(Map<String, String> fields);
    }

    private static Map<String, String> validFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", "\"fuzz\"");
        m.put("buyers", "3");
        m.put("units", "1");
        m.put("transfers", "\"no-subsidy\"");
        m.put("values", "[0, 1, 2.5, 4]");
        m.put("probabilities", "[0.125, 0.25, 0.5, 0.125]");
        m.put("source", "\"test\"");
        return m;
    }

    private static String render(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add("\"" + k + "\": " + v));
        return "{" + String.join(", ", parts) + "}";
    }

    /** Numbers as JSON text, including the non-standard literals the parser accepts. */
    private static Arbitrary<String> numberText() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(-3, 25).map(String::valueOf)),
                Tuple.of(3, Arbitraries.doubles().between(-100, 100).map(String::valueOf)),
                Tuple.of(2, Arbitraries.of("NaN", "Infinity", "-Infinity", "+INF", "1e400", "-1e400", "1e12",
                        "-0.0", "2147483648", "-2147483649", "1.5", "0.1", "1e-320", "4.9E-324",
                        "1.7976931348623157E308", "-1", "0", "3.0", "1e2", "0.30000000000000004")));
    }

    private static Arbitrary<String> stringText() {
        return Arbitraries.of("\"no-subsidy\"", "\"zero-lowest-utility\"", "\"NO_SUBSIDY\"", "\"x\"", "\"\"",
                "\"uniform\"", "\"NaN\"", "\"3\"", "\"left\"", "\"\\u0000\"", "\"\\n\"", "\"caf\u00e9\"");
    }

    private static Arbitrary<String> numberArray() {
        return numberText().list().ofMaxSize(20).map(l -> "[" + String.join(", ", l) + "]");
    }

    /** Arrays that are mostly sorted non-negative numbers, so that later checks are reached too. */
    private static Arbitrary<String> plausibleArray() {
        return Arbitraries.doubles().between(0, 10).ofScale(2).list().ofMinSize(1).ofMaxSize(20)
                .map(l -> {
                    List<String> s = new ArrayList<>();
                    l.stream().sorted().forEach(d -> s.add(String.valueOf(d)));
                    return "[" + String.join(", ", s) + "]";
                });
    }

    private static Arbitrary<String> anyValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, numberText()),
                Tuple.of(2, stringText()),
                Tuple.of(2, numberArray()),
                Tuple.of(2, plausibleArray()),
                Tuple.of(1, Arbitraries.of("null", "true", "false", "{}", "[]", "[[1]]", "[\"a\", 1]",
                        "{\"name\": \"uniform\"}", "[null]")),
                Tuple.of(1, family()));
    }

    /** Family parameters stay moderate: see the class comment about huge gamma shapes. */
    private static Arbitrary<String> familyParameterValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(-5, 50).ofScale(3).map(String::valueOf)),
                Tuple.of(2, Arbitraries.integers().between(-2, 20).map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("NaN", "Infinity", "-Infinity", "1e400", "-0.0", "1e-300", "2.5",
                        "1e12", "null", "\"x\"", "[0, 1]", "[1, 0]", "[0.5]", "[]", "\"left\"", "\"mid\"",
                        "\"mean\"", "\"right\"", "\"equal-width\"", "\"equal-probability\"", "\"uniform\"")));
    }

    private static Arbitrary<String> family() {
        Arbitrary<String> name = Arbitraries.of(FAMILY_NAMES).map(n -> "\"name\": \"" + n + "\"");
        Arbitrary<String> entry = Combinators.combine(Arbitraries.of(FAMILY_KEYS), familyParameterValue())
                .as((k, v) -> "\"" + k + "\": " + v);
        return Combinators.combine(name.injectNull(0.1), entry.list().uniqueElements(e -> e.split(":")[0])
                        .ofMaxSize(5))
                .as((n, es) -> {
                    List<String> parts = new ArrayList<>();
                    if (n != null) {
                        parts.add(n);
                    }
                    for (String e : es) {
                        if (!e.startsWith("\"name\"")) {
                            parts.add(e);
                        }
                    }
                    return "{" + String.join(", ", parts) + "}";
                });
    }
}
