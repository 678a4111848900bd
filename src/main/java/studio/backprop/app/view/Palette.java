package studio.backprop.app.view;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Every colour and font of the diagrams. Gradients use a diverging, colour-blind-safe scale (Okabe–Ito
 * blue for negative, grey at zero, orange for positive) with the magnitude on a log scale from 1e-6 to 1;
 * signs are always printed as well, and negative gradients draw dashed lines.
 */
public final class Palette {
    public static final Color BACKGROUND = Color.WHITE;
    public static final Color INK = Color.web("#1f2328");
    public static final Color MUTED = Color.web("#6e7781");
    public static final Color EDGE = Color.web("#9aa4ae");
    public static final Color VALUE = Color.web("#1a7f37");
    public static final Color NODE_FILL = Color.web("#f6f8fa");
    public static final Color LEAF_FILL = Color.web("#fff8e6");
    public static final Color CURRENT = Color.web("#cf222e");
    public static final Color CURRENT_FILL = Color.web("#ffebe9");
    public static final Color SELECTED = Color.web("#8250df");
    public static final Color PATH = Color.web("#cc79a7");
    public static final Color LABEL_FILL = Color.rgb(255, 255, 255, 0.88);
    public static final Color NEGATIVE = Color.web("#0072b2");
    public static final Color POSITIVE = Color.web("#e69f00");
    public static final Color ZERO = Color.web("#a0a0a0");

    /** Smallest magnitude that gets any colour; at and below it a gradient is drawn grey. */
    public static final double LOG_MIN = -6;

    public static final Font NAME = Font.font("DejaVu Sans", FontWeight.BOLD, 13);
    public static final Font NUMBER = Font.font("DejaVu Sans", 12);
    public static final Font SMALL = Font.font("DejaVu Sans", 11);
    public static final Font TITLE = Font.font("DejaVu Sans", FontWeight.BOLD, 14);

    private Palette() { }

    /** How strongly a gradient's magnitude shows, 0 (≤ 1e-6) to 1 (≥ 1), on a log scale. */
    public static double intensity(double gradient) {
        double magnitude = Math.abs(gradient);
        if (!(magnitude > 0)) return 0;
        return Math.max(0, Math.min(1, (Math.log10(magnitude) - LOG_MIN) / -LOG_MIN));
    }

    /** The colour of a gradient: blue when negative, orange when positive, towards grey as it shrinks. */
    public static Color gradientColor(double gradient) {
        double t = intensity(gradient);
        Color end = gradient < 0 ? NEGATIVE : POSITIVE;
        return ZERO.interpolate(end, 0.25 + 0.75 * t);
    }

    /** Line width for an edge carrying this gradient. */
    public static double edgeWidth(double gradient) {
        return 1.2 + 4.0 * intensity(gradient);
    }
}
