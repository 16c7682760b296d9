package org.paretomech.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 800, 600);

    @Test
    void labelsOfOnePointDoNotOverlapAndStayInside() {
        LabelPlacer placer = new LabelPlacer(AREA, 1.0);
        Point2D anchor = new Point2D.Double(400, 300);
        placer.addMarker(anchor, 10);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boxes.add(placer.place(new LabelPlacer.Request(anchor, 10, 220, 22, -Math.PI / 4)).box());
        }

        assertPairwiseDisjointInside(boxes);
    }

    @Test
    void labelsInACornerGoInwards() {
        LabelPlacer placer = new LabelPlacer(AREA, 1.0);
        Point2D corner = new Point2D.Double(0, 600);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            boxes.add(placer.place(new LabelPlacer.Request(corner, 8, 300, 22, Math.PI / 4)).box());
        }

        assertPairwiseDisjointInside(boxes);
    }

    @Test
    void labelsAvoidAPlottedLine() {
        LabelPlacer placer = new LabelPlacer(AREA, 1.0);
        placer.addPolyline(List.of(new Point2D.Double(0, 300), new Point2D.Double(800, 300)));
        Point2D onLine = new Point2D.Double(400, 300);

        Rectangle2D box = placer.place(new LabelPlacer.Request(onLine, 6, 150, 22, 0)).box();

        assertThat(box.getMinY() > 300 || box.getMaxY() < 300).as("box %s clear of y = 300", box).isTrue();
    }

    private static void assertPairwiseDisjointInside(List<Rectangle2D> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(AREA.contains(boxes.get(i))).as("box %s inside", boxes.get(i)).isTrue();
            for (int j = 0; j < i; j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("boxes %d and %d overlap", i, j).isFalse();
            }
        }
    }
}
