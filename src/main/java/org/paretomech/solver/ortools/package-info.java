/**
 * Google OR-Tools LP backends ({@link org.paretomech.solver.ortools.OrToolsSolver}): GLOP, a
 * simplex solver, and PDLP, a first-order primal–dual method, both through OR-Tools' Java
 * {@code MPSolver} API (Maven artifact {@code com.google.ortools:ortools-java}).
 *
 * <p>OR-Tools runs native code, loaded once per JVM from the platform jar on Maven's classpath.
 * Every native failure — natives missing, solver not built in, an exception during a solve —
 * becomes an {@link org.paretomech.solver.LpStatus#FAILED} result with the reason, and no OR-Tools
 * type appears in the public API.
 */
package org.paretomech.solver.ortools;
