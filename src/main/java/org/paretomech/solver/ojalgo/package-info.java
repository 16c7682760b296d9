/**
 * ojAlgo LP backend ({@link org.paretomech.solver.ojalgo.OjAlgoSolver}), the pure-Java default:
 * ojAlgo's simplex with its own choice of variant, or the primal or dual simplex forced.
 */
package org.paretomech.solver.ojalgo;
