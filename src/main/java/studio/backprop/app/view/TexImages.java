package studio.backprop.app.view;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JLabel;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Typesets LaTeX with JLaTeXMath into an image (works headless). */
public final class TexImages {
    private TexImages() { }

    /**
     * The formula as an image with a transparent background.
     *
     * @param latex math-mode LaTeX
     * @param size  font size in pixels
     * @throws org.scilab.forge.jlatexmath.ParseException when the LaTeX is malformed
     */
    public static BufferedImage render(String latex, float size) {
        TeXFormula formula = new TeXFormula(latex);
        TeXIcon icon = formula.createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        icon.setInsets(new java.awt.Insets(4, 4, 4, 4));
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        JLabel host = new JLabel();
        host.setForeground(new Color(0x1f2328));
        icon.setForeground(new Color(0x1f2328));
        icon.paintIcon(host, g, 0, 0);
        g.dispose();
        return image;
    }
}
