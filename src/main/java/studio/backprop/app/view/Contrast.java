package studio.backprop.app.view;

import javafx.scene.paint.Color;

/**
 * WCAG 2 contrast: the relative luminance of a colour and the contrast ratio of two, (L1 + 0.05) / (L2 + 0.05)
 * with L1 the lighter. WCAG AA asks at least {@link #TEXT} for text and {@link #GRAPHICS} for lines and shapes.
 */
public final class Contrast {
    /** Least contrast of normal-size text with its background (WCAG 2, 1.4.3, level AA). */
    public static final double TEXT = 4.5;
    /** Least contrast of graphical objects with their background (WCAG 2, 1.4.11, level AA). */
    public static final double GRAPHICS = 3;

    private Contrast() { }

    /** Relative luminance, 0 (black) to 1 (white), of an opaque colour. */
    public static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    /** The contrast ratio of a colour drawn over a background, 1 to 21; a translucent colour is blended first. */
    public static double ratio(Color color, Color background) {
        Color drawn = over(color, background);
        double a = luminance(drawn);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** A colour as it shows over an opaque background. */
    static Color over(Color color, Color background) {
        double alpha = color.getOpacity();
        return Color.color(color.getRed() * alpha + background.getRed() * (1 - alpha),
                color.getGreen() * alpha + background.getGreen() * (1 - alpha),
                color.getBlue() * alpha + background.getBlue() * (1 - alpha));
    }

    /** An sRGB channel, 0 to 1, as linear light. */
    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
