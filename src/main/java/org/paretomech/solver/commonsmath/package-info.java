/**
 * Apache Commons Math 3.6.1 LP backend
 * ({@link org.paretomech.solver.commonsmath.CommonsMathSolver}): a dense-tableau simplex in pure
 * Java, independent of ojAlgo and OR-Tools, for small programs only (it states its variable limit
 * and refuses larger programs with {@link org.paretomech.solver.LpStatus#FAILED}). Its exceptions
 * are turned into statuses; none reaches the caller.
 */
package org.paretomech.solver.commonsmath;
