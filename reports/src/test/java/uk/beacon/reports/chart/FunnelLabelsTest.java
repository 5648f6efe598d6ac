package uk.beacon.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FunnelLabelsTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 400, 300);

    @Test
    void aLoneLabelSitsUpAndToTheRightOfItsPoint() {
        Rectangle2D r = FunnelLabels.place(100, 100, 10, 8, List.of(), AREA);
        assertThat(r.getX()).isGreaterThan(100);
        assertThat(r.getMaxY()).isLessThan(100);
    }

    @Test
    void labelsOfPointsCloseTogetherDoNotOverlapEachOtherOrThePoints() {
        // Five points within a few pixels of each other: each label must find its own place.
        double[][] points = {{200, 150}, {204, 151}, {201, 155}, {206, 148}, {198, 152}};
        List<Rectangle2D> taken = new ArrayList<>();
        for (double[] p : points) {
            taken.add(new Rectangle2D.Double(p[0] - 4, p[1] - 4, 8, 8));
        }
        List<Rectangle2D> placed = new ArrayList<>();
        for (double[] p : points) {
            Rectangle2D r = FunnelLabels.place(p[0], p[1], 10, 8, taken, AREA);
            taken.add(r);
            placed.add(r);
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = 0; j < placed.size(); j++) {
                if (i != j) {
                    assertThat(placed.get(i).intersects(placed.get(j))).as("labels %d and %d", i, j).isFalse();
                }
            }
            assertThat(AREA.contains(placed.get(i))).isTrue();
        }
    }

    @Test
    void aLabelAtTheEdgeStaysInsideThePlot() {
        Rectangle2D r = FunnelLabels.place(398, 2, 10, 8, List.of(), AREA);
        assertThat(AREA.contains(r)).isTrue();
    }
}
