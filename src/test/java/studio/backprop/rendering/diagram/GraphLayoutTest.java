package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.expr.Parser;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;

class GraphLayoutTest {

    @Test
    void theSimpleExampleReadsLeftToRight() {
        Graph graph = Parser.parse(TestDocuments.EXPRESSION).toGraph(Map.of("x", -2.0, "y", 5.0, "z", -4.0));
        GraphLayout layout = GraphLayout.of(graph);

        assertThat(layout.box(graph.node("x").id()).column()).isZero();
        assertThat(layout.box(graph.node("y").id()).column()).isZero();
        assertThat(layout.box(graph.node("q").id()).column()).isEqualTo(1);
        assertThat(layout.box(graph.node("z").id()).column()).isEqualTo(1);
        assertThat(layout.box(graph.node("f").id()).column()).isEqualTo(2);
    }

    @Test
    void everyEdgeRunsRightwardsAndNoBoxesOverlap() {
        Graph graph = TestDocuments.lectureGraph();
        GraphLayout layout = GraphLayout.of(graph);

        for (Node node : graph.nodes()) {
            for (int input : node.inputs()) {
                assertThat(layout.box(input).column()).as(graph.node(input).name() + " → " + node.name())
                        .isLessThan(layout.box(node.id()).column());
            }
        }
        List<GraphLayout.Box> boxes = layout.boxes();
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                GraphLayout.Box p = boxes.get(a);
                GraphLayout.Box q = boxes.get(b);
                boolean apart = Math.abs(p.x() - q.x()) >= GraphLayout.BOX_WIDTH || Math.abs(p.y() - q.y()) >= GraphLayout.BOX_HEIGHT;
                assertThat(apart).as(p.name() + " and " + q.name()).isTrue();
            }
        }
    }

    @Test
    void theDrawingContainsEveryBox() {
        GraphLayout layout = GraphLayout.of(TestDocuments.lectureGraph());

        for (GraphLayout.Box box : layout.boxes()) {
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.y() - 20).as(box.name() + " value label").isGreaterThanOrEqualTo(0);
            assertThat(box.x() + box.width()).isLessThanOrEqualTo(layout.width());
            assertThat(box.y() + box.height() + 20).as(box.name() + " gradient label").isLessThanOrEqualTo(layout.height());
        }
    }

    @Test
    void aWeightSitsBesideTheNeuronItFeeds() {
        Graph graph = TestDocuments.lectureGraph();
        GraphLayout layout = GraphLayout.of(graph);

        assertThat(layout.box(graph.node("w5").id()).column()).isEqualTo(layout.box(graph.node("net_o1").id()).column() - 1);
        assertThat(layout.box(graph.node("target_o1").id()).column()).isEqualTo(layout.box(graph.node("E_o1").id()).column() - 1);
    }

    @Test
    void hitTestingFindsTheBoxUnderAPoint() {
        Graph graph = TestDocuments.lectureGraph();
        GraphLayout layout = GraphLayout.of(graph);
        GraphLayout.Box box = layout.box(graph.node("out_h1").id());

        assertThat(layout.hit(box.centerX(), box.centerY())).map(GraphLayout.Box::name).contains("out_h1");
        assertThat(layout.hit(box.x() - 1, box.y() - 1)).isEmpty();
    }
}
