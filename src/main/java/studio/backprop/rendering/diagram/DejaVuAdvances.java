package studio.backprop.rendering.diagram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link TextMeasure#DEJAVU_SANS}: the advance widths of DejaVu Sans, regular and bold, in thousandths of an em,
 * read once from {@code dejavu-sans-advances.txt} beside this class. Printable ASCII sits in arrays (the layouts
 * measure every label of a 100,000-edge network); the few other characters the labels use sit in a map.
 */
final class DejaVuAdvances implements TextMeasure {
    private static final String TABLE = "dejavu-sans-advances.txt";
    /** What a character missing from the table counts: a full em, so that a box is never too narrow. */
    private static final int UNKNOWN = 1000;

    private final int[] regular = new int[95];
    private final int[] bold = new int[95];
    private final Map<Character, int[]> others = new HashMap<>();

    DejaVuAdvances() {
        Arrays.fill(regular, UNKNOWN);
        Arrays.fill(bold, UNKNOWN);
        try (InputStream in = DejaVuAdvances.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException(TABLE + " is missing from the build");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.trim().split("\\s+");
                char c = (char) Integer.parseInt(fields[0], 16);
                int r = Integer.parseInt(fields[1]);
                int b = Integer.parseInt(fields[2]);
                if (c >= 32 && c < 127) {
                    regular[c - 32] = r;
                    bold[c - 32] = b;
                } else {
                    others.put(c, new int[] {r, b});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
    }

    @Override
    public double width(String text, double size, boolean boldText) {
        double total = 0;
        for (int k = 0; k < text.length(); k++) total += advance(text.charAt(k), boldText);
        return total * size / 1000;
    }

    private int advance(char c, boolean boldText) {
        if (c >= 32 && c < 127) return (boldText ? bold : regular)[c - 32];
        int[] pair = others.get(c);
        return pair == null ? UNKNOWN : pair[boldText ? 1 : 0];
    }
}
