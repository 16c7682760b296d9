/**
 * A small fluent entry point for research scripts, JShell and single-file Java programs
 * ({@code java -cp ... Script.java}): describe an instance, solve it, read the frontier, the
 * bargaining solutions, the second-price comparison and the characterisation checks.
 *
 * <pre>{@code
 * import org.paretomech.api.*;
 *
 * Result r = Paretomech.family("weibull", Map.of("shape", 2.0)).points(400).buyers(5).solve();
 * r.revenueMax(); r.surplusMax();
 * r.kalaiSmorodinsky().welfareRatio(); r.nash(); r.crossSideNash();
 * r.vertices();          // revenue end first: revenue, surplus, welfare, W/W*, auction
 * r.secondPrice().best(); r.check().render(); r.json(); r.csv();
 * }</pre>
 *
 * <p>{@link org.paretomech.api.Paretomech} has one static method per kind of input (a continuous
 * family, an instance file, explicit values, raw value draws, an eBay bid history). Each returns
 * a {@link org.paretomech.api.Problem}, an immutable builder: every call returns a new one, so a
 * base problem can be varied freely ({@code base.buyers(2)}, {@code base.buyers(10)}).
 * {@link org.paretomech.api.Problem#solve()} traces the exact frontier and returns a
 * {@link org.paretomech.api.Result}. The package only delegates: the numbers are those of
 * {@link org.paretomech.frontier.FrontierTracer} and
 * {@link org.paretomech.analysis.FrontierAnalysis}, the same as the {@code frontier} command,
 * and {@link org.paretomech.api.Result#json()} is byte for byte its {@code --format json}.
 *
 * <p>{@link org.paretomech.api.Paretomech#sweep(java.nio.file.Path)} runs a sweep experiment (the
 * file format of {@code paretomech sweep}, {@link org.paretomech.sweep.Experiment}) and returns its
 * rows ({@link org.paretomech.api.SweepResult}, one {@link org.paretomech.sweep.SweepRow} per grid
 * row): in memory, or into an output directory, resumable, with
 * {@link org.paretomech.api.Sweep#out(java.nio.file.Path)}.
 *
 * <p>Bad arguments throw {@link java.lang.IllegalArgumentException} with a one-line message naming
 * the value and the fix; a file that cannot be read throws {@link java.io.UncheckedIOException}.
 */
package org.paretomech.api;
