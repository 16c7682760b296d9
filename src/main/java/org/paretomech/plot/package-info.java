/**
 * Charts of the revenue–surplus frontier.
 *
 * <p>{@link org.paretomech.plot.FrontierPlot} renders a
 * {@link org.paretomech.analysis.FrontierAnalysis} headless to PNG bytes: the Pareto frontier,
 * the second-price auctions for every reserve, the ideal point with the Kalai–Smorodinsky ray,
 * and the three bargaining solutions, each labelled. Writing the bytes to a file is left to the
 * caller.
 */
package org.paretomech.plot;
