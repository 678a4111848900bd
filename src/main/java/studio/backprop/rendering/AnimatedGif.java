package studio.backprop.rendering;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Writes frames as one looping animated GIF with the JDK's own ImageIO writer. */
public final class AnimatedGif {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    /** Colours of a GIF palette. */
    private static final int COLOURS = 256;
    /** Every how many pixels the palette's colour count looks. */
    private static final int SAMPLE = 3;

    private AnimatedGif() { }

    /**
     * Writes the frames, each shown for {@code delayMillis} (GIF counts hundredths of a second), looping forever.
     *
     * @throws IllegalArgumentException when there are no frames or the delay is negative
     */
    public static void write(List<BufferedImage> frames, int delayMillis, OutputStream out) throws IOException {
        if (frames.isEmpty()) throw new IllegalArgumentException("an animation needs at least one frame");
        if (delayMillis < 0) throw new IllegalArgumentException("the delay must not be negative, not " + delayMillis + " ms");
        List<BufferedImage> indexed = indexed(frames);
        ImageWriter writer = ImageIO.getImageWritersBySuffix("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int k = 0; k < indexed.size(); k++) {
                BufferedImage whole = indexed.get(k);
                int[] box = k == 0 ? new int[] {0, 0, whole.getWidth(), whole.getHeight()} : changed(indexed.get(k - 1), whole);
                BufferedImage frame = whole.getSubimage(box[0], box[1], box[2], box[3]);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
                configure(metadata, delayMillis, k == 0, box, (IndexColorModel) frame.getColorModel());
                writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /**
     * The frames on one shared palette of their {@link #COLOURS} most frequent colours, every other colour
     * mapped to its nearest. Diagrams have a few flat colours and their antialiased blends, so this looks like
     * the original and is many times faster than the writer quantising each frame on its own.
     */
    static List<BufferedImage> indexed(List<BufferedImage> frames) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (BufferedImage frame : frames) {
            int[] pixels = pixels(frame);
            for (int k = 0; k < pixels.length; k += SAMPLE) counts.merge(pixels[k] & 0xffffff, 1, Integer::sum);
        }
        int[] palette = counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(COLOURS).mapToInt(Map.Entry::getKey).toArray();
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int k = 0; k < palette.length; k++) {
            r[k] = (byte) (palette[k] >> 16);
            g[k] = (byte) (palette[k] >> 8);
            b[k] = (byte) palette[k];
        }
        IndexColorModel model = new IndexColorModel(8, palette.length, r, g, b);
        byte[] nearest = new byte[1 << 24];
        long[] known = new long[(1 << 24) / 64];
        List<BufferedImage> out = new ArrayList<>();
        for (BufferedImage frame : frames) {
            BufferedImage image = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_BYTE_INDEXED, model);
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            int[] pixels = pixels(frame);
            for (int k = 0; k < pixels.length; k++) {
                int rgb = pixels[k] & 0xffffff;
                if ((known[rgb >>> 6] & 1L << rgb) == 0) {
                    nearest[rgb] = (byte) closest(palette, rgb);
                    known[rgb >>> 6] |= 1L << rgb;
                }
                data[k] = nearest[rgb];
            }
            out.add(image);
        }
        return out;
    }

    private static int[] pixels(BufferedImage frame) {
        if (frame.getType() == BufferedImage.TYPE_INT_RGB && frame.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getData().length == frame.getWidth() * frame.getHeight()) {
            return buffer.getData();
        }
        return frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth());
    }

    private static int closest(int[] palette, int rgb) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int k = 0; k < palette.length; k++) {
            long dr = (palette[k] >> 16 & 0xff) - (rgb >> 16 & 0xff);
            long dg = (palette[k] >> 8 & 0xff) - (rgb >> 8 & 0xff);
            long db = (palette[k] & 0xff) - (rgb & 0xff);
            long distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = k;
            }
        }
        return best;
    }

    /**
     * The box (x, y, width, height) of the pixels that differ between two frames of the same size, at least one
     * pixel: a frame stores only that box and keeps the rest of the previous one (disposal "none"), which makes
     * the pass, where each step changes a few labels, many times smaller.
     */
    static int[] changed(BufferedImage previous, BufferedImage next) {
        byte[] a = ((DataBufferByte) previous.getRaster().getDataBuffer()).getData();
        byte[] b = ((DataBufferByte) next.getRaster().getDataBuffer()).getData();
        int width = next.getWidth();
        int minX = width;
        int minY = next.getHeight();
        int maxX = -1;
        int maxY = -1;
        for (int k = 0; k < b.length; k++) {
            if (a[k] == b[k]) continue;
            int x = k % width;
            int y = k / width;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return maxX < 0 ? new int[] {0, 0, 1, 1} : new int[] {minX, minY, maxX - minX + 1, maxY - minY + 1};
    }

    private static void configure(IIOMetadata metadata, int delayMillis, boolean first, int[] box, IndexColorModel colours)
            throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getFirstChild() != null) table.removeChild(table.getFirstChild());
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(COLOURS));
        table.setAttribute("sortFlag", "FALSE");
        for (int k = 0; k < COLOURS; k++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            boolean used = k < colours.getMapSize();
            entry.setAttribute("index", Integer.toString(k));
            entry.setAttribute("red", Integer.toString(used ? colours.getRed(k) : 0));
            entry.setAttribute("green", Integer.toString(used ? colours.getGreen(k) : 0));
            entry.setAttribute("blue", Integer.toString(used ? colours.getBlue(k) : 0));
            table.appendChild(entry);
        }
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(box[0]));
        descriptor.setAttribute("imageTopPosition", Integer.toString(box[1]));
        descriptor.setAttribute("imageWidth", Integer.toString(box[2]));
        descriptor.setAttribute("imageHeight", Integer.toString(box[3]));
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.round(delayMillis / 10f)));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int k = 0; k < root.getLength(); k++) {
            if (root.item(k).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(k);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
