package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.core.Computation;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.data.Networks;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.rendering.export.ExportBackground;
import studio.backprop.rendering.export.ExportView;
import studio.backprop.rendering.export.PngExport;

/** The low-detail drawing of networks with more than {@link NetworkRenderer#OVERVIEW_EDGES} edges. */
class NetworkOverviewTest {
    @BeforeAll
    static void startToolkitThroughTestFx() {
        FxTestToolkit.start();
    }


    @Test
    void theThresholdKeepsTheLargestValuesAndIgnoresUnknownOnes() {
        double[] strengths = {0.5, -1, 0.1, 0.9, 0.3, -1, 0.7};

        assertThat(NetworkRenderer.strongest(strengths, 2)).isEqualTo(0.7);
        assertThat(NetworkRenderer.strongest(strengths, 4)).isEqualTo(0.3);
        assertThat(NetworkRenderer.strongest(strengths, 5)).isZero();
        assertThat(NetworkRenderer.strongest(strengths, 9)).isZero();
    }

    @Test
    void aLargeNetworkIsDrawnAsBandsAndItsStrongestEdges() {
        int[] sizes = {60, 40, 2};
        NetworkSpec spec = Networks.create(sizes, List.of(Activation.SIGMOID, Activation.SIGMOID), Loss.HALF_SSE,
                Initializer.xavier(), 3);
        double[] inputs = new double[sizes[0]];
        for (int k = 0; k < inputs.length; k++) inputs[k] = (k % 5) / 5.0;
        NetworkDocument document = new NetworkDocument("wide", spec,
                Dataset.single("one", new Sample(inputs, new double[] {0.2, 0.8})), 0);
        Trace trace = Computation.trace(document);
        NetworkLayout layout = NetworkLayout.of(spec);
        assertThat(layout.weights()).hasSizeGreaterThan(NetworkRenderer.OVERVIEW_EDGES);

        BufferedImage image = PngExport.render(document, trace, ExportView.NETWORK, trace.steps().size() - 1, 0.1,
                ExportBackground.WHITE);

        // between the input and hidden columns, half-way down: the band (or an edge over it) is drawn, not the background
        NetworkLayout.Neuron input = layout.neurons().get(sizes[0] / 2);
        NetworkLayout.Neuron hidden = layout.neurons().get(sizes[0] + sizes[1] / 2);
        int x = (int) ((input.x() + hidden.x()) / 2 * 0.1);
        int y = (int) ((input.y() + hidden.y()) / 2 * 0.1);
        assertThat(image.getRGB(x, y)).isNotEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB(1, 1)).isEqualTo(0xFFFFFFFF);
    }
}
