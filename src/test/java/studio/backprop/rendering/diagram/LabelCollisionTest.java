package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import studio.backprop.core.Computation;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.data.Networks;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.train.Trainer;
import studio.backprop.core.train.TrainingOptions;
import studio.backprop.rendering.diagram.LabelPlacement.Rect;
import studio.backprop.rendering.diagram.LabelPlacement.Segment;

/**
 * No label of a diagram crosses an edge, a node or another label, for every preset and for trained networks, in
 * the network and the graph layouts alike; every label's text fits its box at every step; the lecture network
 * fits a 900 × 450 area with labels of at least 13 px. The labelling rule: a network of at most
 * {@link NetworkLayout#LABELLED_WEIGHTS} weights and {@link NetworkLayout#FULL_ROWS} neurons a layer, and a graph
 * of at most {@link GraphLayout#LABELLED_NODES} nodes, is labelled clear of everything; larger ones are overviews.
 */
class LabelCollisionTest {

    static Stream<String> presets() {
        return Presets.names().stream();
    }

    /** A 2-8-1 network as the Training tab makes it, trained on the circle data. */
    static NetworkDocument trained281() {
        NetworkDocument circle = (NetworkDocument) Presets.load("circle").document();
        NetworkSpec spec = Networks.create(new int[] {2, 8, 1}, List.of(Activation.TANH, Activation.SIGMOID), Loss.CROSS_ENTROPY,
                BiasMode.PER_NEURON, 0.1, Initializer.xavier(), 7);
        NetworkSpec trained = Trainer.train(spec, circle.data().train(), TrainingOptions.iterations(300)).network();
        return new NetworkDocument("trained", trained, circle.data(), 0);
    }

    /** A network that shares its biases by layer, deeper than the lecture's. */
    static NetworkDocument perLayer2332() {
        NetworkDocument lecture = (NetworkDocument) Presets.load("mazur").document();
        NetworkSpec spec = Networks.create(new int[] {2, 3, 3, 2}, List.of(Activation.SIGMOID, Activation.SIGMOID, Activation.SIGMOID),
                Loss.HALF_SSE, BiasMode.PER_LAYER, 0.5, Initializer.xavier(), 3);
        return new NetworkDocument("2-3-3-2", spec, lecture.data(), 0);
    }

    static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        for (String name : Presets.names()) documents.add(Presets.load(name).document());
        documents.add(trained281());
        documents.add(perLayer2332());
        return documents;
    }

    /** Every network document in both arrangements. */
    static Stream<Arguments> arranged() {
        return documents().stream().filter(NetworkDocument.class::isInstance)
                .flatMap(document -> Stream.of(Arrangement.values()).map(arrangement -> Arguments.of(document, arrangement)));
    }

    @ParameterizedTest
    @MethodSource("arranged")
    void noNetworkLabelMeetsAnEdgeANodeOrAnotherLabel(NetworkDocument network, Arrangement arrangement) {
        NetworkLayout layout = NetworkLayout.of(network.network(), arrangement);
        int tallest = 0;
        for (int l = 0; l < network.network().layerCount(); l++) tallest = Math.max(tallest, network.network().size(l));
        assertThat(layout.labelled()).as("the labelling rule").isEqualTo(layout.weights().size() <= NetworkLayout.LABELLED_WEIGHTS
                && tallest <= NetworkLayout.FULL_ROWS);
        if (!layout.labelled()) return;
        assertClear(network.name() + " " + arrangement, layout.labels(), layout.lines(), layout.shapes());
        for (DiagramLabel label : layout.labels()) {
            assertThat(label.box().x()).as(label.name()).isGreaterThanOrEqualTo(0);
            assertThat(label.box().y()).as(label.name()).isGreaterThanOrEqualTo(0);
            assertThat(label.box().right()).as(label.name()).isLessThanOrEqualTo(layout.width());
            assertThat(label.box().bottom()).as(label.name()).isLessThanOrEqualTo(layout.height());
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noGraphLabelMeetsAnEdgeABoxOrAnotherLabel(Document document) {
        Trace trace = Computation.trace(document);
        GraphLayout layout = GraphLayout.of(trace.graph());
        if (trace.graph().size() > GraphLayout.LABELLED_NODES) return;
        List<Rect> boxes = layout.boxes().stream().map(b -> new Rect(b.x(), b.y(), b.width(), b.height())).toList();
        assertClear(String.valueOf(document), layout.labels(), layout.lines(), boxes);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyLineFitsItsLabelAtEveryStep(Document document) {
        Trace trace = Computation.trace(document);
        List<DiagramLabel> labels = new ArrayList<>();
        if (trace.graph().size() <= GraphLayout.LABELLED_NODES) labels.addAll(GraphLayout.of(trace.graph()).labels());
        if (document instanceof NetworkDocument network) {
            for (Arrangement arrangement : Arrangement.values()) {
                NetworkLayout layout = NetworkLayout.of(network.network(), arrangement);
                if (layout.labelled()) labels.addAll(layout.labels());
            }
        }
        Reveal reveal = Reveal.of(trace);
        int steps = trace.steps().size();
        for (int cursor : new int[] {-1, steps / 3, steps / 2, 2 * steps / 3, steps - 1}) {
            DiagramState state = DiagramState.of(trace, reveal, cursor, null, 1);
            for (DiagramLabel label : labels) {
                List<LabelText.Line> lines = LabelText.of(label, state);
                assertThat(lines.size()).as(label.name()).isLessThanOrEqualTo(label.lines());
                for (LabelText.Line line : lines) {
                    double width = TextMeasure.DEJAVU_SANS.width(line.text(), label.size(), false);
                    assertThat(width + 8).as(String.valueOf(document) + " " + line.text()).isLessThanOrEqualTo(label.box().w() + 1e-9);
                }
            }
        }
    }

    @Test
    void theLectureNetworkShowsThirteenPixelLabelsIn900By450() {
        NetworkLayout lecture = NetworkLayout.of(((NetworkDocument) Presets.load("mazur").document()).network());
        double scale = Math.min(900 / lecture.width(), 450 / lecture.height());

        assertThat(NetworkLayout.LABEL_SIZE * scale).isGreaterThanOrEqualTo(13);
        assertThat(lecture.everyWeight()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Arrangement.class)
    void aSharedBiasIsOneNodePerLayerAndABiasPerNeuronALabelBesideIt(Arrangement arrangement) {
        NetworkLayout lecture = NetworkLayout.of(((NetworkDocument) Presets.load("mazur").document()).network(), arrangement);
        NetworkLayout trained = NetworkLayout.of(trained281().network(), arrangement);

        assertThat(lecture.biases()).extracting(NetworkLayout.BiasNode::name).containsExactly("b1", "b2");
        assertThat(lecture.biasEdges()).hasSize(4);
        assertThat(trained.biases()).isEmpty();
        assertThat(trained.labels().stream().filter(l -> l.role() == DiagramLabel.Role.BIAS).map(DiagramLabel::name))
                .containsExactly("b_h1", "b_h2", "b_h3", "b_h4", "b_h5", "b_h6", "b_h7", "b_h8", "b_o1");
    }

    @Test
    void aLabelIsFoundByItsQuantity() {
        NetworkLayout lecture = NetworkLayout.of(((NetworkDocument) Presets.load("mazur").document()).network());
        DiagramLabel w5 = lecture.label("w5", DiagramLabel.Role.WEIGHT).orElseThrow();

        assertThat(lecture.hit(w5.box().centerX(), w5.box().centerY())).contains("w5");
    }

    private static void assertClear(String what, List<DiagramLabel> labels, List<Segment> lines, List<Rect> shapes) {
        for (DiagramLabel label : labels) {
            for (Segment line : lines) {
                assertThat(label.box().crosses(line)).as(what + ": " + label.name() + " " + label.role() + " crosses " + line).isFalse();
            }
            for (Rect shape : shapes) {
                assertThat(label.box().intersects(shape)).as(what + ": " + label.name() + " " + label.role() + " meets " + shape).isFalse();
            }
            for (DiagramLabel other : labels) {
                if (other == label || !LabelPlacement.exclusive(label.group(), other.group())) continue;
                assertThat(label.box().intersects(other.box())).as(what + ": " + label.name() + " " + label.role() + " meets "
                        + other.name() + " " + other.role()).isFalse();
            }
        }
    }
}
