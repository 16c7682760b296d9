/**
 * Charts of the revenue–surplus frontier.
 *
 * <p>{@link org.paretomech.plot.FrontierPlot} renders a
 * {@link org.paretomech.analysis.FrontierAnalysis} headless to PNG bytes: the Pareto frontier,
 * the second-price auctions for every reserve, the ideal point with the Kalai–Smorodinsky ray,
 * and the three bargaining solutions, each labelled, and the auction regimes along the frontier
 * chosen by {@link org.paretomech.plot.FrontierAnnotations} (which runs of vertices share an
 * auction shape, which of them get a label, where it points and what it says). Writing the bytes
 * to a file is left to the caller.
 */
package org.paretomech.plot;
