package studio.backprop.rendering.export;

import studio.backprop.rendering.Theme;

/**
 * How an export looks: the theme, the pixel scale of raster formats, the background, the steps an animation
 * shows and how long each frame stays, and whether TikZ is a whole document or the picture alone.
 *
 * @param theme       colours and fonts
 * @param scale       pixels per layout unit for PNG and GIF, above 0 and at most 8 (vector formats ignore it)
 * @param background  white or transparent (GIF and TikZ are always on the theme's background or none)
 * @param from        first step an animation shows, as {@code trace} numbers them (0 = nothing computed yet)
 * @param to          last step an animation shows; -1 = the end of the pass
 * @param delayMillis how long each frame of an animation is shown
 * @param tikzBody    TikZ: the picture alone (for {@code \input}), not a standalone document
 */
public record ExportOptions(Theme theme, double scale, ExportBackground background, int from, int to, int delayMillis,
                            boolean tikzBody) {
    /** Frame time of an animation unless told otherwise. */
    public static final int DEFAULT_DELAY = 800;
    /** Largest pixel scale, as the PNG export's. */
    public static final double MAX_SCALE = 8;

    public ExportOptions {
        if (theme == null || background == null) throw new IllegalArgumentException("export options need a theme and a background");
        if (!(scale > 0) || scale > MAX_SCALE) throw new IllegalArgumentException("export scale must be between 0 and 8, not " + scale);
        if (from < 0) throw new IllegalArgumentException("--from: the first step must be 0 or more, not " + from);
        if (to < -1 || to >= 0 && to < from) throw new IllegalArgumentException("--to: the last step must not come before the first (" + from + "), not " + to);
        if (delayMillis < 0 || delayMillis > 60_000) throw new IllegalArgumentException("--delay: frames last 0 to 60000 ms, not " + delayMillis);
    }

    /** The light theme, scale 2, white, the whole pass from step 1, 800 ms a frame, a standalone TikZ document. */
    public static ExportOptions defaults() {
        return new ExportOptions(Theme.LIGHT, 2, ExportBackground.WHITE, 1, -1, DEFAULT_DELAY, false);
    }

    /** These options with another look. */
    public ExportOptions look(Theme theme, double scale, ExportBackground background) {
        return new ExportOptions(theme, scale, background, from, to, delayMillis, tikzBody);
    }

    /** These options with another step range and frame time. */
    public ExportOptions frames(int from, int to, int delayMillis) {
        return new ExportOptions(theme, scale, background, from, to, delayMillis, tikzBody);
    }

    /** These options writing TikZ as the picture alone ({@code true}) or a standalone document. */
    public ExportOptions tikzBody(boolean body) {
        return new ExportOptions(theme, scale, background, from, to, delayMillis, body);
    }
}
