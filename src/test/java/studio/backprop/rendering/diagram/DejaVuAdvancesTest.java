package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layouts' width table is the font's own: every listed advance is the TTF's, rounded to a thousandth of an em. */
class DejaVuAdvancesTest {
    private static final String FONTS = "/studio/backprop/rendering/fonts/";

    @Test
    void everyAdvanceInTheTableIsTheFontFilesOwn() throws Exception {
        Font regular = font("DejaVuSans.ttf");
        Font bold = font("DejaVuSans-Bold.ttf");
        List<String> rows = rows();
        assertThat(rows).hasSizeGreaterThan(100);
        List<String> differing = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split("\\s+");
            String c = String.valueOf((char) Integer.parseInt(f[0], 16));
            int r = Integer.parseInt(f[1]);
            int b = Integer.parseInt(f[2]);
            if (Math.abs(r - advance(regular, c)) > 1 || Math.abs(b - advance(bold, c)) > 1) {
                differing.add(f[0] + " '" + c + "' table " + r + "/" + b + ", font " + advance(regular, c) + "/" + advance(bold, c));
            }
            assertThat(TextMeasure.DEJAVU_SANS.width(c, 1000, false)).isEqualTo(r);
            assertThat(TextMeasure.DEJAVU_SANS.width(c, 1000, true)).isEqualTo(b);
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void aCharacterNotInTheTableCountsAFullEm() {
        assertThat(TextMeasure.DEJAVU_SANS.width("\u4e2d", 10, false)).isEqualTo(10);
        assertThat(TextMeasure.DEJAVU_SANS.width("w5 = 0.4", 10, false))
                .isEqualTo(TextMeasure.DEJAVU_SANS.width("w5", 10, false) + TextMeasure.DEJAVU_SANS.width(" = 0.4", 10, false));
    }

    private static int advance(Font font, String c) {
        FontRenderContext exact = new FontRenderContext(null, true, true);
        return Math.round(font.createGlyphVector(exact, c).getGlyphMetrics(0).getAdvance());
    }

    private static Font font(String file) throws Exception {
        try (InputStream in = DejaVuAdvancesTest.class.getResourceAsStream(FONTS + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(1000f);
        }
    }

    private static List<String> rows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DejaVuAdvances.class.getResourceAsStream("dejavu-sans-advances.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) rows.add(line.trim());
            }
        }
        return rows;
    }
}
