package studio.backprop.rendering;

import java.util.Locale;

/**
 * A colour with opacity, each channel from 0 to 1: the drawing surfaces' own colour type, so that a renderer
 * can write SVG, PDF, TikZ or GIF without JavaFX. {@link #interpolate} and {@link #darker} compute exactly as
 * JavaFX's {@code Color} does, so the window and the exports show the same colours.
 *
 * @param red     red, 0 to 1
 * @param green   green, 0 to 1
 * @param blue    blue, 0 to 1
 * @param opacity opacity, 0 (transparent) to 1 (opaque)
 */
public record Rgba(double red, double green, double blue, double opacity) {
    /** Brightness factor of {@link #darker}, as JavaFX's. */
    private static final double DARKER = 0.7;

    public static final Rgba WHITE = new Rgba(1, 1, 1, 1);
    public static final Rgba BLACK = new Rgba(0, 0, 0, 1);

    public Rgba {
        check("red", red);
        check("green", green);
        check("blue", blue);
        check("opacity", opacity);
    }

    private static void check(String channel, double value) {
        if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException(channel + " must be between 0 and 1, not " + value);
    }

    /** An opaque colour from 0–255 channels. */
    public static Rgba rgb(int red, int green, int blue) {
        return new Rgba(red / 255.0, green / 255.0, blue / 255.0, 1);
    }

    /** An opaque colour from a hexadecimal {@code #rrggbb}. */
    public static Rgba hex(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (digits.length() != 6) throw new IllegalArgumentException("a colour is #rrggbb, not " + hex);
        int value = Integer.parseInt(digits, 16);
        return rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    /** The colour a fraction {@code t} of the way to {@code end} (0: this, 1: end), in JavaFX's float arithmetic. */
    public Rgba interpolate(Rgba end, double t) {
        if (t <= 0) return this;
        if (t >= 1) return end;
        float ft = (float) t;
        return new Rgba(mix(red, end.red, ft), mix(green, end.green, ft), mix(blue, end.blue, ft), mix(opacity, end.opacity, ft));
    }

    private static double mix(double from, double to, float t) {
        float start = (float) from;
        return start + ((float) to - start) * t;
    }

    /** This colour with its brightness (HSB) times 0.7, as JavaFX's {@code Color.darker()}. */
    public Rgba darker() {
        double max = Math.max(red, Math.max(green, blue));
        double min = Math.min(red, Math.min(green, blue));
        double saturation = max == 0 ? 0 : (max - min) / max;
        double hue = 0;
        if (saturation != 0) {
            double redc = (max - red) / (max - min);
            double greenc = (max - green) / (max - min);
            double bluec = (max - blue) / (max - min);
            if (red == max) hue = bluec - greenc;
            else if (green == max) hue = 2.0 + redc - bluec;
            else hue = 4.0 + greenc - redc;
            hue = hue / 6.0;
            if (hue < 0) hue = hue + 1.0;
        }
        double degrees = ((hue * 360 % 360) + 360) % 360;
        return fromHsb(degrees, saturation, Math.max(Math.min(max * DARKER, 1.0), 0.0), opacity);
    }

    /** A colour from hue (degrees), saturation and brightness, computed step by step as JavaFX does. */
    private static Rgba fromHsb(double degrees, double saturation, double brightness, double opacity) {
        if (saturation == 0) return new Rgba(brightness, brightness, brightness, opacity);
        double hue = (((degrees % 360) + 360) % 360) / 360;
        double h = (hue - Math.floor(hue)) * 6.0;
        double f = h - Math.floor(h);
        double p = brightness * (1.0 - saturation);
        double q = brightness * (1.0 - saturation * f);
        double t = brightness * (1.0 - saturation * (1.0 - f));
        return switch ((int) h) {
            case 0 -> new Rgba(brightness, t, p, opacity);
            case 1 -> new Rgba(q, brightness, p, opacity);
            case 2 -> new Rgba(p, brightness, t, opacity);
            case 3 -> new Rgba(p, q, brightness, opacity);
            case 4 -> new Rgba(t, p, brightness, opacity);
            default -> new Rgba(brightness, p, q, opacity);
        };
    }

    /** This colour with its opacity multiplied by {@code factor}. */
    public Rgba fade(double factor) {
        return new Rgba(red, green, blue, Math.max(0, Math.min(1, opacity * factor)));
    }

    /** Whether it is fully opaque. */
    public boolean opaque() {
        return opacity >= 1;
    }

    /** Red as 0–255. */
    public int red255() {
        return channel(red);
    }

    /** Green as 0–255. */
    public int green255() {
        return channel(green);
    }

    /** Blue as 0–255. */
    public int blue255() {
        return channel(blue);
    }

    /** Opacity as 0–255. */
    public int opacity255() {
        return channel(opacity);
    }

    private static int channel(double value) {
        return (int) Math.round(value * 255);
    }

    /** {@code #rrggbb}, ignoring opacity. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red255(), green255(), blue255());
    }
}
