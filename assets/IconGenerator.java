import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the application icon, assets/icon.png: a 2-2-2 network glyph on a rounded square, edges in the
 * diagrams' gradient colours (orange positive, blue dashed negative). Run once from the project folder with
 * {@code java assets/IconGenerator.java}; the PNG is committed, so the build does not run this.
 */
public class IconGenerator {
    public static void main(String[] args) throws Exception {
        int size = 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(0x1f, 0x23, 0x28));
        g.fill(new RoundRectangle2D.Double(8, 8, size - 16, size - 16, 56, 56));
        double[] xs = {60, 128, 196};
        double[][] ys = {{88, 168}, {88, 168}, {88, 168}};
        Color positive = new Color(0xe6, 0x9f, 0x00);
        Color negative = new Color(0x56, 0xb4, 0xe9);
        float[] dash = {14, 9};
        int k = 0;
        for (int layer = 0; layer < 2; layer++) {
            for (double from : ys[layer]) {
                for (double to : ys[layer + 1]) {
                    boolean minus = k++ % 3 == 1;
                    g.setColor(minus ? negative : positive);
                    g.setStroke(minus ? new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, dash, 0)
                            : new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(xs[layer], from, xs[layer + 1], to));
                }
            }
        }
        for (int layer = 0; layer < 3; layer++) {
            for (double y : ys[layer]) {
                double r = 24;
                g.setColor(layer == 0 ? new Color(0xff, 0xf8, 0xe6) : new Color(0xf6, 0xf8, 0xfa));
                g.fill(new Ellipse2D.Double(xs[layer] - r, y - r, 2 * r, 2 * r));
                g.setColor(layer == 2 ? new Color(0xcf, 0x22, 0x2e) : new Color(0x8c, 0x95, 0x9f));
                g.setStroke(new BasicStroke(6));
                g.draw(new Ellipse2D.Double(xs[layer] - r, y - r, 2 * r, 2 * r));
            }
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args.length > 0 ? args[0] : "assets/icon.png"));
    }
}
