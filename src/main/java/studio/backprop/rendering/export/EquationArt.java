package studio.backprop.rendering.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import javax.swing.JLabel;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import studio.backprop.rendering.TexImages;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;
import studio.backprop.rendering.Graphics2DSurface;
import studio.backprop.rendering.Rgba;

/**
 * One step's equation typeset by JLaTeXMath, painted into any Graphics2D (SVG, PDF, GIF frames), as the window shows it.
 *
 * @param latex the LaTeX source (math mode)
 * @param icon  the typeset equation
 * @param ink   its colour
 */
record EquationArt(String latex, TeXIcon icon, Color ink) {

    /** The equation of step {@code index} (0-based) at {@code scale} times the window's size. */
    static EquationArt of(Trace trace, int index, double scale, Rgba ink) {
        String latex = trace.step(index).equation().toLatex(NumberStyle.LECTURE);
        TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) (TexImages.TEX_SIZE * scale));
        icon.setInsets(new Insets(4, 4, 4, 4));
        Color color = Graphics2DSurface.color(ink);
        icon.setForeground(color);
        return new EquationArt(latex, icon, color);
    }

    int width() {
        return Math.max(1, icon.getIconWidth());
    }

    int height() {
        return Math.max(1, icon.getIconHeight());
    }

    /** Paints the equation with its top left corner at (x, y). */
    void paint(Graphics2D g, int x, int y) {
        JLabel host = new JLabel();
        host.setForeground(ink);
        icon.paintIcon(host, g, x, y);
    }
}
