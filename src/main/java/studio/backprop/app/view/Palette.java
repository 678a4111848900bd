package studio.backprop.app.view;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Every colour and font of the diagrams. Gradients use a diverging, colour-blind-safe scale (Okabe–Ito
 * blue for negative, grey at zero, orange for positive) with the magnitude on a log scale from 1e-6 to 1;
 * signs are always printed as well, and negative gradients draw dashed lines.
 *
 * <p>Each theme's colours are readable on its background by WCAG AA ({@link Contrast}): every text colour,
 * the gradient scale included at every magnitude, at least 4.5:1; every line and shape colour at least 3:1.
 * Labels are drawn on a halo of the background, so these are the contrasts the eye gets.
 *
 * <p>The colours follow the window's theme and the fonts and line widths its presenter scale: {@link #use}
 * swaps them (on the JavaFX thread, then the diagrams redraw). The defaults are the light theme at scale 1,
 * which is what the command line's export draws.
 */
public final class Palette {
    /** The light theme, the default. */
    public static final Scheme LIGHT = new Scheme(Color.WHITE, Color.web("#1f2328"), Color.web("#6e7781"), Color.web("#848d97"),
            Color.web("#1a7f37"), Color.web("#f6f8fa"), Color.web("#fff8e6"), Color.web("#cf222e"), Color.web("#ffebe9"),
            Color.web("#8250df"), Color.web("#b3407f"), Color.rgb(255, 255, 255, 0.88), Color.web("#0072b2"),
            Color.web("#b35c00"), Color.web("#767676"));

    /** The dark theme: light ink on a dark canvas, the Okabe–Ito scale brightened to stay visible. */
    public static final Scheme DARK = new Scheme(Color.web("#0d1117"), Color.web("#e6edf3"), Color.web("#8d96a0"),
            Color.web("#656d76"), Color.web("#56d364"), Color.web("#161b22"), Color.web("#2d2410"), Color.web("#ff7b72"),
            Color.web("#3d1d20"), Color.web("#d2a8ff"), Color.web("#cc79a7"), Color.rgb(13, 17, 23, 0.85),
            Color.web("#56b4e9"), Color.web("#f0c14b"), Color.web("#7d8590"));

    /** High contrast for a washed-out projector: black on white, saturated colours, no tints. */
    public static final Scheme HIGH_CONTRAST = new Scheme(Color.WHITE, Color.BLACK, Color.web("#303030"), Color.web("#505050"),
            Color.web("#005a00"), Color.WHITE, Color.web("#fff2b3"), Color.web("#c00000"), Color.web("#ffd6d6"),
            Color.web("#5a00b4"), Color.web("#a0006e"), Color.rgb(255, 255, 255, 0.95), Color.web("#0050a0"),
            Color.web("#a35200"), Color.web("#707070"));

    public static Color BACKGROUND = LIGHT.background();
    public static Color INK = LIGHT.ink();
    public static Color MUTED = LIGHT.muted();
    public static Color EDGE = LIGHT.edge();
    public static Color VALUE = LIGHT.value();
    public static Color NODE_FILL = LIGHT.nodeFill();
    public static Color LEAF_FILL = LIGHT.leafFill();
    public static Color CURRENT = LIGHT.current();
    public static Color CURRENT_FILL = LIGHT.currentFill();
    public static Color SELECTED = LIGHT.selected();
    public static Color PATH = LIGHT.path();
    public static Color LABEL_FILL = LIGHT.labelFill();
    public static Color NEGATIVE = LIGHT.negative();
    public static Color POSITIVE = LIGHT.positive();
    public static Color ZERO = LIGHT.zero();

    /** Smallest magnitude that gets any colour; at and below it a gradient is drawn grey. */
    public static final double LOG_MIN = -6;

    public static Font NAME = Font.font("DejaVu Sans", FontWeight.BOLD, 13);
    public static Font NUMBER = Font.font("DejaVu Sans", 12);
    public static Font SMALL = Font.font("DejaVu Sans", 11);
    public static Font TITLE = Font.font("DejaVu Sans", FontWeight.BOLD, 14);

    private static double lineScale = 1;
    private static Scheme scheme = LIGHT;

    private Palette() { }

    /**
     * The canvas colours of one theme.
     *
     * @param background canvas background
     * @param ink        names and outlines
     * @param muted      secondary text
     * @param edge       edges whose gradient is not known yet
     * @param value      forward values
     * @param nodeFill   computed nodes
     * @param leafFill   given numbers
     * @param current    what the current step touches
     * @param currentFill the current step's node
     * @param selected   the selected node
     * @param path       the paths of a summed gradient
     * @param labelFill  a translucent backing (labels themselves sit on a halo of the background)
     * @param negative   negative gradients
     * @param positive   positive gradients
     * @param zero       vanishing gradients
     */
    public record Scheme(Color background, Color ink, Color muted, Color edge, Color value, Color nodeFill, Color leafFill,
                         Color current, Color currentFill, Color selected, Color path, Color labelFill, Color negative,
                         Color positive, Color zero) {
        /** Every theme, for those that check them all. */
        public static List<Scheme> all() {
            return List.of(LIGHT, DARK, HIGH_CONTRAST);
        }

        /** The colour of a gradient, for its line and its text: negative, positive, towards zero as it shrinks. */
        public Color gradientColor(double gradient) {
            double t = intensity(gradient);
            return zero.interpolate(gradient < 0 ? negative : positive, 0.25 + 0.75 * t);
        }
    }


    /**
     * Draws with a theme's colours, fonts {@code fontScale} times their normal size and lines
     * {@code lineScale} times as thick (the presenter mode's 1.15 and 1.75; 1 and 1 otherwise).
     */
    public static void use(Scheme scheme, double fontScale, double lineScale) {
        Palette.scheme = scheme;
        BACKGROUND = scheme.background();
        INK = scheme.ink();
        MUTED = scheme.muted();
        EDGE = scheme.edge();
        VALUE = scheme.value();
        NODE_FILL = scheme.nodeFill();
        LEAF_FILL = scheme.leafFill();
        CURRENT = scheme.current();
        CURRENT_FILL = scheme.currentFill();
        SELECTED = scheme.selected();
        PATH = scheme.path();
        LABEL_FILL = scheme.labelFill();
        NEGATIVE = scheme.negative();
        POSITIVE = scheme.positive();
        ZERO = scheme.zero();
        NAME = Font.font("DejaVu Sans", FontWeight.BOLD, 13 * fontScale);
        NUMBER = Font.font("DejaVu Sans", 12 * fontScale);
        SMALL = Font.font("DejaVu Sans", 11 * fontScale);
        TITLE = Font.font("DejaVu Sans", FontWeight.BOLD, 14 * fontScale);
        Palette.lineScale = lineScale;
    }

    /** How many times thicker than normal lines are drawn (presenter mode). */
    public static double lineScale() {
        return lineScale;
    }

    /** How strongly a gradient's magnitude shows, 0 (≤ 1e-6) to 1 (≥ 1), on a log scale. */
    public static double intensity(double gradient) {
        double magnitude = Math.abs(gradient);
        if (!(magnitude > 0)) return 0;
        return Math.max(0, Math.min(1, (Math.log10(magnitude) - LOG_MIN) / -LOG_MIN));
    }

    /**
     * The colour of a gradient, for its line and its text alike: blue when negative, orange when positive,
     * towards grey as it shrinks; readable on the theme's background at every magnitude.
     */
    public static Color gradientColor(double gradient) {
        return scheme.gradientColor(gradient);
    }

    /** The theme the diagrams draw with. */
    public static Scheme scheme() {
        return scheme;
    }

    /** Line width for an edge carrying this gradient. */
    public static double edgeWidth(double gradient) {
        return (1.2 + 4.0 * intensity(gradient)) * lineScale;
    }
}
