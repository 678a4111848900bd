package studio.backprop.rendering;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AWT fonts of the file surfaces. DejaVu Sans, the diagrams' font, is bundled (regular and bold), so SVG,
 * PDF and GIF exports measure and look the same on every machine and a PDF can embed it as real text; any
 * other family is asked of the system.
 */
public final class AwtFonts {
    /** The diagrams' family, bundled. */
    public static final String DEJAVU_SANS = "DejaVu Sans";
    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    private static final Map<String, Font> BASE = new ConcurrentHashMap<>();
    private static final Map<FontSpec, Font> SIZED = new ConcurrentHashMap<>();

    private AwtFonts() { }

    /** The AWT font of a spec, at its size. */
    public static Font font(FontSpec spec) {
        return SIZED.computeIfAbsent(spec, s -> base(s.family(), s.bold()).deriveFont((float) s.size()));
    }

    /** Whether a spec is drawn with a bundled font (whose file {@link #open} gives). */
    public static boolean bundled(FontSpec spec) {
        return DEJAVU_SANS.equals(available(spec.family()));
    }

    /** The bundled TrueType file of DejaVu Sans, regular or bold. */
    public static InputStream open(boolean bold) {
        InputStream in = AwtFonts.class.getResourceAsStream(bold ? BOLD : REGULAR);
        if (in == null) throw new IllegalStateException("the bundled font " + (bold ? BOLD : REGULAR) + " is missing from the jar");
        return in;
    }

    /** The family drawn for a requested one: itself when AWT has it, else the bundled DejaVu Sans. */
    private static String available(String family) {
        if (DEJAVU_SANS.equals(family)) return family;
        Font font = new Font(family, Font.PLAIN, 1);
        return font.getFamily().equals(family) ? family : DEJAVU_SANS;
    }

    private static Font base(String requested, boolean bold) {
        String family = available(requested);
        if (!DEJAVU_SANS.equals(family)) return new Font(family, bold ? Font.BOLD : Font.PLAIN, 1);
        return BASE.computeIfAbsent(bold ? BOLD : REGULAR, file -> {
            try (InputStream in = open(bold)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the bundled font " + file, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + file + " is damaged", e);
            }
        });
    }
}
