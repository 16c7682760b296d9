/**
 * Model export: writers for {@link org.paretomech.lp.LinearProgram} in the standard text formats
 * read by external LP solvers (HiGHS, GLPK, CPLEX, Gurobi, Clp, ojAlgo), and the self-describing
 * export of a reduced-form program of MATH §2 ({@link org.paretomech.lp.export.ModelExport}).
 *
 * <ul>
 *   <li>{@link org.paretomech.lp.export.MpsWriter}: free MPS. MPS has no sense marker that every
 *       reader accepts (GLPK 5.0 rejects an {@code OBJSENSE} section), so the file states the
 *       <em>minimisation</em> of {@code -c·z}; a comment line {@code * objective negated: maximise c.z}
 *       says so, and a solver reports {@code min = -max}.</li>
 *   <li>{@link org.paretomech.lp.export.CplexLpWriter}: CPLEX LP format ({@code Maximize},
 *       {@code Subject To}, {@code Bounds}, {@code End}) with the objective as it is.</li>
 * </ul>
 *
 * <p>Numbers are written with {@link Double#toString(double)} (integers without a fraction), the
 * shortest decimal that reads back as the same {@code double}, so a reader that rounds correctly
 * reproduces every coefficient and bound exactly. Names are sanitised to {@code [A-Za-z0-9_]},
 * kept clear of the formats' keywords and made unique.
 */
package org.paretomech.lp.export;
