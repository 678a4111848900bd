package studio.backprop.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.view.NetworkLayout;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;

/** The pass as an animated GIF: one frame per step, the diagram's size times the scale, the delay, looping. */
class GifExportTest {
    private final NetworkDocument lecture = TestDocuments.lecture();
    private final Trace trace = TestDocuments.compute().compute(lecture);

    private byte[] gif(ExportView view, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(lecture, trace, view, 0, ExportFormat.GIF, options, out);
        return out.toByteArray();
    }

    /** Frame count, first frame's size, and each frame's delay (hundredths) and the loop extension. */
    private record Read(int frames, int width, int height, int delay, boolean loops) { }

    private static Read read(byte[] gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            int delay = Integer.parseInt(((IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0))
                    .getAttribute("delayTime"));
            Node loop = root.getElementsByTagName("ApplicationExtension").item(0);
            boolean loops = loop != null && "NETSCAPE".equals(((IIOMetadataNode) loop).getAttribute("applicationID"));
            Read read = new Read(frames, reader.getWidth(0), reader.getHeight(0), delay, loops);
            reader.dispose();
            return read;
        }
    }

    @Test
    void everyStepOfTheLecturePassIsOneFrame() throws IOException {
        NetworkLayout layout = NetworkLayout.of(lecture.network());
        Read read = read(gif(ExportView.NETWORK, ExportOptions.defaults().look(ExportOptions.defaults().theme(), 1, ExportBackground.WHITE)));
        assertThat(trace.steps()).hasSizeGreaterThanOrEqualTo(51);
        assertThat(read.frames()).isEqualTo(trace.steps().size());
        assertThat(read.width()).isEqualTo((int) Math.ceil(layout.width()));
        assertThat(read.height()).isEqualTo((int) Math.ceil(layout.height()));
        assertThat(read.delay()).isEqualTo(ExportOptions.DEFAULT_DELAY / 10);
        assertThat(read.loops()).isTrue();
    }

    @Test
    void aRangeAndADelayAreKept() throws IOException {
        ExportOptions options = ExportOptions.defaults().look(ExportOptions.defaults().theme(), 0.5, ExportBackground.WHITE)
                .frames(12, 20, 250);
        Read read = read(gif(ExportView.GRAPH, options));
        assertThat(read.frames()).isEqualTo(9);
        assertThat(read.delay()).isEqualTo(25);
    }

    @Test
    void theFramesDifferAsTheGradientsFlowBack() throws IOException {
        ExportOptions options = ExportOptions.defaults().look(ExportOptions.defaults().theme(), 0.5, ExportBackground.WHITE)
                .frames(15, 16, 100);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif(ExportView.NETWORK, options)))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var first = reader.read(0);
            var second = reader.read(1);
            int differing = 0;
            for (int y = 0; y < first.getHeight(); y++) {
                for (int x = 0; x < first.getWidth(); x++) if (first.getRGB(x, y) != second.getRGB(x, y)) differing++;
            }
            assertThat(differing).isGreaterThan(50);
        }
    }

    @Test
    void aBadRangeIsRefused() {
        int steps = trace.steps().size();
        assertThatThrownBy(() -> gif(ExportView.NETWORK, ExportOptions.defaults().frames(1, steps + 1, 100)))
                .hasMessageContaining("--to").hasMessageContaining(String.valueOf(steps));
        assertThatThrownBy(() -> ExportOptions.defaults().frames(10, 5, 100)).hasMessageContaining("--to");
        assertThatThrownBy(() -> ExportOptions.defaults().frames(1, -1, -5)).hasMessageContaining("--delay");
        assertThatThrownBy(() -> gif(ExportView.EQUATION, ExportOptions.defaults().frames(0, 3, 100))).hasMessageContaining("step 1");
    }
}
