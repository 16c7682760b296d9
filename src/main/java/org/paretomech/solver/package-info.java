/**
 * LP backends behind one interface.
 *
 * <p>{@link org.paretomech.solver.LpSolver} solves a {@link org.paretomech.lp.LinearProgram}
 * (always a maximisation) and returns an immutable {@link org.paretomech.solver.LpResult} with an
 * {@link org.paretomech.solver.LpStatus}; backend exceptions and native failures become statuses,
 * never exceptions. {@link org.paretomech.solver.Backends} is the registry by name ({@code ojalgo},
 * the default; {@code ojalgo-primal}; {@code glop}; {@code pdlp}; {@code commons-math}), with
 * availability ({@link org.paretomech.solver.BackendInfo}) and the fallback order. Adapters live
 * in one subpackage per library: {@code ojalgo}, {@code ortools}, {@code commonsmath}.
 *
 * <p>No backend's answer is trusted alone: callers map the primal back to a mechanism and check
 * it with {@link org.paretomech.mechanism.Certificate}.
 */
package org.paretomech.solver;
