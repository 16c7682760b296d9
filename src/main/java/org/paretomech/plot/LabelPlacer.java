package org.paretomech.plot;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy placement of point labels in pixel space: each label is tried at a ring of directions
 * and leader lengths around its anchor and put where it overlaps least with the labels already
 * placed, the markers, the plotted lines and the edge of the data area.
 *
 * <p>All coordinates are Java2D pixels (y grows downwards). Not thread-safe; one placer per
 * rendered image.
 */
final class LabelPlacer {

    /** Number of directions tried around each anchor. */
    private static final int DIRECTIONS = 16;
    /** Extra space kept free around each label box, in pixels (before scaling). */
    private static final double BOX_MARGIN = 3.0;

    /** A label to place: its anchor, the radius of the marker drawn there, its text size. */
    record Request(Point2D anchor, double markerRadius, double width, double height, double preferredAngle) {
    }

    /**
     * A placed label.
     *
     * @param box        the text box (background rectangle)
     * @param leaderFrom leader start, just outside the marker
     * @param leaderTo   leader end, on the edge of the box
     */
    record Placement(Rectangle2D box, Point2D leaderFrom, Point2D leaderTo) {
    }

    private final Rectangle2D bounds;
    private final double scale;
    private final List<Point2D> linePoints = new ArrayList<>();
    private final List<Rectangle2D> markers = new ArrayList<>();
    private final List<Rectangle2D> placedBoxes = new ArrayList<>();
    private final List<Line2D> placedLeaders = new ArrayList<>();

    /**
     * @param bounds the area labels must stay inside (the plot's data area)
     * @param scale  pixel scale of the image (1 for the default size); leader lengths grow with it
     */
    LabelPlacer(Rectangle2D bounds, double scale) {
        this.bounds = bounds;
        this.scale = scale;
    }

    /** Adds a plotted polyline as an obstacle, sampled every few pixels. */
    void addPolyline(List<Point2D> points) {
        double step = 3.0 * scale;
        for (int i = 0; i < points.size(); i++) {
            Point2D a = points.get(i);
            linePoints.add(a);
            if (i + 1 < points.size()) {
                Point2D b = points.get(i + 1);
                int steps = (int) Math.min(10_000, Math.floor(a.distance(b) / step));
                for (int s = 1; s < steps; s++) {
                    double t = (double) s / steps;
                    linePoints.add(new Point2D.Double(a.getX() + t * (b.getX() - a.getX()),
                            a.getY() + t * (b.getY() - a.getY())));
                }
            }
        }
    }

    /** Adds a marker (drawn shape) that labels must not cover. */
    void addMarker(Point2D centre, double radius) {
        markers.add(new Rectangle2D.Double(centre.getX() - radius, centre.getY() - radius, 2 * radius, 2 * radius));
    }

    /** Places one label, records it as an obstacle for later labels, and returns where it went. */
    Placement place(Request request) {
        double[] lengths = {22 * scale, 38 * scale, 60 * scale, 90 * scale, 130 * scale, 180 * scale, 240 * scale,
            320 * scale};
        Placement best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double length : lengths) {
            for (int d = 0; d < DIRECTIONS; d++) {
                double angle = 2 * Math.PI * d / DIRECTIONS;
                Placement candidate = candidate(request, angle, length);
                double cost = cost(candidate, request, angle, length);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = candidate;
                }
            }
        }
        placedBoxes.add(best.box());
        placedLeaders.add(new Line2D.Double(best.leaderFrom(), best.leaderTo()));
        return best;
    }

    /** The box attached at the end of a leader of {@code length} pointing at {@code angle}. */
    private Placement candidate(Request r, double angle, double length) {
        double dx = Math.cos(angle);
        double dy = Math.sin(angle);
        double ax = r.anchor().getX();
        double ay = r.anchor().getY();
        double gap = r.markerRadius() + 2 * scale;
        Point2D from = new Point2D.Double(ax + dx * gap, ay + dy * gap);
        Point2D to = new Point2D.Double(ax + dx * length, ay + dy * length);
        // The box sits beyond the leader end: the side facing the anchor touches the end.
        double w = r.width();
        double h = r.height();
        double x;
        if (dx > 0.38) {
            x = to.getX();
        } else if (dx < -0.38) {
            x = to.getX() - w;
        } else {
            x = to.getX() - w / 2;
        }
        double y;
        if (dy > 0.38) {
            y = to.getY();
        } else if (dy < -0.38) {
            y = to.getY() - h;
        } else {
            y = to.getY() - h / 2;
        }
        return new Placement(new Rectangle2D.Double(x, y, w, h), from, to);
    }

    private double cost(Placement p, Request r, double angle, double length) {
        Rectangle2D box = p.box();
        double m = BOX_MARGIN * scale;
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - m, box.getY() - m,
                box.getWidth() + 2 * m, box.getHeight() + 2 * m);
        double cost = 0;
        if (!bounds.contains(box)) {
            Rectangle2D inside = box.createIntersection(bounds);
            double insideArea = inside.isEmpty() ? 0 : inside.getWidth() * inside.getHeight();
            cost += 1e6 + (box.getWidth() * box.getHeight() - insideArea);
        }
        for (Rectangle2D other : placedBoxes) {
            if (padded.intersects(other)) {
                Rectangle2D overlap = padded.createIntersection(other);
                cost += 20_000 + 10 * overlap.getWidth() * overlap.getHeight();
            }
        }
        for (Rectangle2D marker : markers) {
            if (padded.intersects(marker)) {
                cost += 5_000;
            }
        }
        Line2D leader = new Line2D.Double(p.leaderFrom(), p.leaderTo());
        for (Rectangle2D other : placedBoxes) {
            if (leader.intersects(other)) {
                cost += 4_000;
            }
        }
        for (Line2D other : placedLeaders) {
            if (leader.intersectsLine(other)) {
                cost += 1_000;
            }
        }
        for (Rectangle2D marker : markers) {
            // A leader through another marker would point at the wrong thing.
            if (!marker.contains(r.anchor()) && leader.intersects(marker)) {
                cost += 3_000;
            }
        }
        int covered = 0;
        for (Point2D q : linePoints) {
            if (padded.contains(q)) {
                covered++;
            }
        }
        cost += 60 * covered;
        cost += length / scale;
        double turn = Math.abs(Math.atan2(Math.sin(angle - r.preferredAngle()), Math.cos(angle - r.preferredAngle())));
        cost += 25 * turn;
        return cost;
    }
}
