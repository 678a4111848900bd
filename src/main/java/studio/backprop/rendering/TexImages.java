package studio.backprop.rendering;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets LaTeX with JLaTeXMath into an image (works headless). The first formula costs the loading of
 * JLaTeXMath's fonts and of AWT (about two seconds on a slow machine): {@link #warm} pays it off the JavaFX
 * thread while the window opens. The last images are kept (a few MB), so stepping back and forth typesets each once, and the
 * equation panel typesets the next steps' in the background.
 */
public final class TexImages {
    /** The equation's size in the window at presenter scale 1, in points; exports scale it. */
    public static final float TEX_SIZE = 22f;
    /** How many images are kept. */
    static final int CACHED = 256;

    /** JLaTeXMath typesets one formula at a time. */
    private static final Object TYPESETTER = new Object();
    private static final Map<Key, BufferedImage> CACHE = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
            return size() > CACHED;
        }
    };

    private record Key(String latex, float size) { }

    private TexImages() { }

    /**
     * The formula as an image with a transparent background. Safe from any thread (one formula is set at a
     * time: JLaTeXMath's first use loads shared tables). The image must not be drawn on.
     *
     * @param latex math-mode LaTeX
     * @param size  font size in pixels
     * @throws org.scilab.forge.jlatexmath.ParseException when the LaTeX is malformed
     */
    public static BufferedImage render(String latex, float size) {
        Key key = new Key(latex, size);
        BufferedImage cached = cached(key);
        if (cached != null) return cached; // a hit never waits for the typesetter working ahead in the background
        synchronized (TYPESETTER) {
            cached = cached(key);
            if (cached != null) return cached;
            BufferedImage image = typeset(latex, size);
            synchronized (CACHE) {
                CACHE.put(key, image);
            }
            return image;
        }
    }

    private static BufferedImage cached(Key key) {
        synchronized (CACHE) {
            return CACHE.get(key);
        }
    }

    /**
     * Typesets {@code formulas} at {@code size} and keeps them, loading the fonts on the way; meant for a
     * background thread at start-up. A formula that does not parse is skipped (the panel reports it when shown).
     */
    public static void warm(List<String> formulas, float size) {
        for (String latex : formulas) {
            try {
                render(latex, size);
            } catch (RuntimeException malformed) {
                // shown as plain text when its step comes
            }
        }
    }

    private static BufferedImage typeset(String latex, float size) {
        TeXFormula formula = new TeXFormula(latex);
        TeXIcon icon = formula.createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        icon.setInsets(new Insets(4, 4, 4, 4));
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.setForeground(new Color(0x1f2328));
        icon.paintIcon(null, g, 0, 0); // the icon's own colour: no Swing component (its look and feel costs 250 classes)
        g.dispose();
        return image;
    }
}
