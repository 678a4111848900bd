package studio.backprop.rendering.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.rendering.Graphics2DSurface;
import studio.backprop.rendering.Theme;
import studio.backprop.rendering.diagram.NetworkLayout;

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

    /** The frames as a viewer shows them: each stored box drawn over the previous frame. */
    private static List<BufferedImage> coalesced(byte[] gif) throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage canvas = null;
            for (int k = 0; k < reader.getNumImages(true); k++) {
                BufferedImage part = reader.read(k);
                IIOMetadataNode descriptor = (IIOMetadataNode) ((IIOMetadataNode) reader.getImageMetadata(k)
                        .getAsTree("javax_imageio_gif_image_1.0")).getElementsByTagName("ImageDescriptor").item(0);
                if (canvas == null) canvas = new BufferedImage(part.getWidth(), part.getHeight(), BufferedImage.TYPE_INT_RGB);
                BufferedImage next = new BufferedImage(canvas.getWidth(), canvas.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = next.createGraphics();
                g.drawImage(canvas, 0, 0, null);
                g.drawImage(part, Integer.parseInt(descriptor.getAttribute("imageLeftPosition")),
                        Integer.parseInt(descriptor.getAttribute("imageTopPosition")), null);
                g.dispose();
                frames.add(next);
                canvas = next;
            }
            reader.dispose();
        }
        return frames;
    }

    @Test
    void theFramesShowTheWindowsColoursAndChangeAsTheGradientsFlowBack() throws IOException {
        ExportOptions options = ExportOptions.defaults().look(Theme.LIGHT, 1, ExportBackground.WHITE).frames(15, 16, 100);
        List<BufferedImage> frames = coalesced(gif(ExportView.NETWORK, options));
        assertThat(frames).hasSize(2);
        BufferedImage first = frames.get(0);
        BufferedImage second = frames.get(1);
        assertThat(first.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        int current = Graphics2DSurface.color(Theme.LIGHT.current()).getRGB() & 0xffffff;
        int differing = 0;
        int red = 0;
        for (int y = 0; y < first.getHeight(); y++) {
            for (int x = 0; x < first.getWidth(); x++) {
                if (first.getRGB(x, y) != second.getRGB(x, y)) differing++;
                if ((second.getRGB(x, y) & 0xffffff) == current) red++;
            }
        }
        assertThat(differing).isGreaterThan(50);
        assertThat(red).as("pixels in the current step's red").isGreaterThan(100);
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
