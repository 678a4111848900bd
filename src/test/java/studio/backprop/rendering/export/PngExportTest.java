package studio.backprop.rendering.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;

/** Runs without a Stage: the export starts the toolkit itself, as the command line will. */
class PngExportTest {
    @BeforeAll
    static void startToolkitThroughTestFx() {
        FxTestToolkit.start();
    }

    private final NetworkDocument document = TestDocuments.lecture();
    private final Trace trace = TestDocuments.compute().compute(document);

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) colours.add(image.getRGB(x, y));
        }
        return colours.size();
    }

    @Test
    void twiceTheScaleGivesTwiceTheWidthAndTheDiagramIsDrawn() {
        int midBackward = trace.steps().size() / 2 + 4;

        BufferedImage one = PngExport.render(document, trace, ExportView.NETWORK, midBackward, 1, ExportBackground.WHITE);
        BufferedImage two = PngExport.render(document, trace, ExportView.NETWORK, midBackward, 2, ExportBackground.WHITE);

        assertThat(two.getWidth()).isBetween(2 * one.getWidth() - 1, 2 * one.getWidth() + 1);
        assertThat(two.getHeight()).isBetween(2 * one.getHeight() - 1, 2 * one.getHeight() + 1);
        assertThat(distinctColours(one)).isGreaterThan(20);
        assertThat(one.getRGB(1, 1)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void theGraphExportsWithATransparentBackground(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("out/graph.png");

        PngExport.export(document, trace, ExportView.GRAPH, 20, 1, ExportBackground.TRANSPARENT, file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(Files.size(file)).isGreaterThan(1000);
        assertThat(read.getColorModel().hasAlpha()).isTrue();
        assertThat(read.getRGB(0, 0) >>> 24).isZero();
        assertThat(distinctColours(read)).isGreaterThan(20);
    }

    @Test
    void theEquationExportTypesetsTheStep() {
        BufferedImage small = PngExport.render(document, trace, ExportView.EQUATION, 1, 1, ExportBackground.WHITE);
        BufferedImage large = PngExport.render(document, trace, ExportView.EQUATION, 1, 4, ExportBackground.WHITE);

        assertThat(large.getWidth()).isGreaterThan(3 * small.getWidth());
        assertThat(distinctColours(small)).isGreaterThan(5);
    }

    @Test
    void impossibleRequestsSayWhatIsWrong() {
        Trace expression = TestDocuments.compute().compute(new ExpressionDocument(TestDocuments.EXPRESSION, Map.of("x", -2.0, "y", 5.0, "z", -4.0)));
        ExpressionDocument source = new ExpressionDocument(TestDocuments.EXPRESSION, Map.of("x", -2.0, "y", 5.0, "z", -4.0));

        assertThatThrownBy(() -> PngExport.render(source, expression, ExportView.NETWORK, 0, 1, ExportBackground.WHITE))
                .hasMessageContaining("network document");
        assertThatThrownBy(() -> PngExport.render(document, trace, ExportView.EQUATION, -1, 1, ExportBackground.WHITE))
                .hasMessageContaining("needs a step");
        assertThatThrownBy(() -> PngExport.render(document, trace, ExportView.GRAPH, 999, 1, ExportBackground.WHITE))
                .hasMessageContaining("step 999");
        assertThatThrownBy(() -> PngExport.render(document, trace, ExportView.GRAPH, 0, 0, ExportBackground.WHITE))
                .hasMessageContaining("scale");
    }
}
