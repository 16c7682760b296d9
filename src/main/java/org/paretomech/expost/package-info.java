/**
 * Ex-post (dominant-strategy) implementation of frontier vertices on small instances.
 *
 * <p>The frontier is computed in reduced form (interim {@code x_j}, {@code u_j}; MATH §2–3). For
 * {@code n <= 4} buyers and {@code K <= 6} support points this package writes out the actual
 * auction behind an oracle vertex — for every value profile, who wins with which probability and
 * who pays what ({@link org.paretomech.expost.ExPostAuction}) — and checks it by enumeration
 * ({@link org.paretomech.expost.ExPostVerifier}): feasibility, dominant-strategy IC against every
 * misreport, ex-post IR, the transfer rule, and that averaging over the others' values gives back
 * the oracle's interim allocation, utilities, revenue and surplus to {@code 1e-12}
 * ({@link org.paretomech.expost.ExPostVerification}). This confirms that the reduced form's BIC
 * optimum is attained by a DSIC auction (MATH §1).
 */
package org.paretomech.expost;
