package org.paretomech.frontier;

/**
 * A stretch of the frontier between two certified vertices whose interior could not be searched
 * because no engine solved the weighted problem of its edge. The polyline keeps the straight edge
 * (a certified inner bound); the true frontier may bulge above it.
 *
 * @param fromRevenue revenue of the vertex on the revenue side
 * @param fromSurplus surplus of the vertex on the revenue side
 * @param toRevenue   revenue of the vertex on the surplus side
 * @param toSurplus   surplus of the vertex on the surplus side
 * @param reason      what failed
 */
public record UnresolvedSegment(double fromRevenue, double fromSurplus, double toRevenue, double toSurplus,
                                String reason) {
}
