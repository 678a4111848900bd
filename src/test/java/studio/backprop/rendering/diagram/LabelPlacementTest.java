package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.rendering.diagram.LabelPlacement.Rect;
import studio.backprop.rendering.diagram.LabelPlacement.Request;
import studio.backprop.rendering.diagram.LabelPlacement.Segment;

class LabelPlacementTest {

    @Test
    void aSegmentCrossesABoxOnlyThroughItsInside() {
        Rect box = new Rect(10, 10, 20, 10);

        assertThat(box.crosses(new Segment(0, 15, 40, 15))).isTrue();
        assertThat(box.crosses(new Segment(15, 0, 25, 30))).isTrue();
        assertThat(box.crosses(new Segment(20, 14, 21, 16))).as("wholly inside").isTrue();
        assertThat(box.crosses(new Segment(0, 10, 40, 10))).as("along an edge").isFalse();
        assertThat(box.crosses(new Segment(0, 0, 40, 5))).isFalse();
        assertThat(box.crosses(new Segment(0, 0, 9, 40))).isFalse();
    }

    @Test
    void besideALineMeansClearOfIt() {
        Segment line = new Segment(0, 0, 200, 120);
        for (Rect box : LabelPlacement.beside(line, 80, 30, new double[] {0.3, 0.5, 0.7}, 1)) {
            assertThat(box.crosses(line)).as(box.toString()).isFalse();
            assertThat(NetworkLayout.distanceToSegment(box.centerX(), box.centerY(), line)).isLessThan(60);
        }
        Rect above = LabelPlacement.beside(new Segment(0, 50, 100, 50), 40, 20, new double[] {0.5}, 1).get(0);
        assertThat(above.bottom()).isEqualTo(50 - LabelPlacement.GAP);
    }

    @Test
    void aLabelTakesItsFirstPlaceThatMeetsNothing() {
        Segment edge = new Segment(0, 50, 200, 50);
        Rect onTheEdge = Rect.centred(100, 50, 40, 20);
        Rect taken = new Rect(80, 10, 40, 20);
        Rect free = new Rect(150, 10, 40, 20);
        List<Request> requests = List.of(new Request(List.of(taken)), new Request(List.of(onTheEdge, taken, free)));

        LabelPlacement.Result result = LabelPlacement.place(List.of(edge), List.of(), requests, 1);

        assertThat(result.boxes()).containsExactly(taken, free);
        assertThat(result.conflicts()).isZero();
    }

    @Test
    void aLabelThatCannotAvoidEverythingIsCounted() {
        Segment edge = new Segment(0, 50, 200, 50);
        List<Request> requests = List.of(new Request(List.of(Rect.centred(100, 50, 40, 20))));

        assertThat(LabelPlacement.place(List.of(edge), List.of(), requests, 1).conflicts()).isEqualTo(1);
    }

    @Test
    void theMostConstrainedLabelChoosesFirst() {
        Rect shared = new Rect(0, 0, 40, 20);
        Rect elsewhere = new Rect(100, 0, 40, 20);
        // the first label could go elsewhere; the second has nowhere but the shared place
        List<Request> requests = List.of(new Request(List.of(shared, elsewhere)), new Request(List.of(shared)));

        LabelPlacement.Result result = LabelPlacement.place(List.of(), List.of(), requests, 1);

        assertThat(result.conflicts()).isZero();
        assertThat(result.boxes()).containsExactly(elsewhere, shared);
    }

    @Test
    void labelsOfDifferentGroupsMayShareAPlace() {
        Rect place = new Rect(0, 0, 40, 20);
        List<Request> requests = List.of(new Request(List.of(place), 1), new Request(List.of(place), 2));

        assertThat(LabelPlacement.place(List.of(), List.of(), requests, 1).conflicts()).isZero();
        assertThat(LabelPlacement.exclusive(0, 2)).isTrue();
        assertThat(LabelPlacement.exclusive(1, 1)).isTrue();
        assertThat(LabelPlacement.exclusive(1, 2)).isFalse();
    }
}
