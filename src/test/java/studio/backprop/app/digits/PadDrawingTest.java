package studio.backprop.app.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.app.digits.PadDrawing.Point;

/** The pad's model: brush geometry, and drawings turned into the network's 8×8 inputs. */
class PadDrawingTest {

    private static double at(double[] image, int row, int column) {
        return image[row * 8 + column];
    }

    @Test
    void aVerticalStrokeLightsTheMiddleColumnsOnly() {
        // given: one stroke straight down the middle of the pad
        PadDrawing drawing = PadDrawing.of(List.of(List.of(new Point(112, 30), new Point(112, 110), new Point(112, 194))));
        // when
        double[] image = drawing.image();
        // then: the stroke is 18 px wide in a 182 px square, centred: it falls on columns 3 and 4 of every row
        for (int row = 0; row < 8; row++) {
            assertThat(at(image, row, 3)).as("row %d, column 3", row).isGreaterThan(0.2);
            assertThat(at(image, row, 4)).as("row %d, column 4", row).isGreaterThan(0.2);
            for (int column : new int[] {0, 1, 2, 5, 6, 7}) assertThat(at(image, row, column)).isZero();
        }
        // and the two columns are mirror images of each other
        for (int row = 1; row < 7; row++) assertThat(at(image, row, 3)).isCloseTo(at(image, row, 4), within(1e-9));
    }

    @Test
    void aHorizontalStrokeLightsTheMiddleRowsOnly() {
        PadDrawing drawing = PadDrawing.of(List.of(List.of(new Point(20, 100), new Point(200, 100))));
        double[] image = drawing.image();
        for (int column = 0; column < 8; column++) {
            assertThat(at(image, 3, column) + at(image, 4, column)).as("column %d", column).isGreaterThan(0.4);
            for (int row : new int[] {0, 1, 2, 5, 6, 7}) assertThat(at(image, row, column)).isZero();
        }
    }

    @Test
    void aDotInksTheCellsWithinTheBrushRadius() {
        PadDrawing drawing = new PadDrawing();
        drawing.begin(112, 112);
        int inked = 0;
        for (int r = 0; r < PadDrawing.CELLS; r++) {
            for (int c = 0; c < PadDrawing.CELLS; c++) {
                if (!drawing.inked(r, c)) continue;
                inked++;
                double cell = PadDrawing.SIZE / PadDrawing.CELLS;
                assertThat(Math.hypot((c + 0.5) * cell - 112, (r + 0.5) * cell - 112)).isLessThanOrEqualTo(PadDrawing.BRUSH_RADIUS);
            }
        }
        // π·(9 px / 2 px per cell)² ≈ 63.6 cells
        assertThat(inked).isBetween(56, 72);
    }

    @Test
    void strokesDrawnPointByPointEqualTheSameStrokesGivenAtOnce() {
        PadDrawing live = new PadDrawing();
        live.begin(60, 40);
        live.extend(160, 40);
        live.extend(80, 190);
        live.begin(90, 120);
        live.extend(150, 120);
        PadDrawing replayed = PadDrawing.of(live.strokes());
        assertThat(replayed.image()).containsExactly(live.image());
        assertThat(replayed.strokes()).isEqualTo(live.strokes());
    }

    @Test
    void clearingLeavesABlankImage() {
        PadDrawing drawing = PadDrawing.of(List.of(List.of(new Point(10, 10), new Point(200, 200))));
        assertThat(drawing.isEmpty()).isFalse();
        drawing.clear();
        assertThat(drawing.isEmpty()).isTrue();
        assertThat(drawing.image()).containsOnly(0.0);
    }

    @Test
    void pointsOffThePadAreClippedNotRejected() {
        PadDrawing drawing = PadDrawing.of(List.of(List.of(new Point(-40, 112), new Point(300, 112))));
        assertThat(drawing.inked(56, 0)).isTrue();
        assertThat(drawing.inked(56, PadDrawing.CELLS - 1)).isTrue();
    }
}
