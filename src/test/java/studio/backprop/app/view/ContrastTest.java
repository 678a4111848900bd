package studio.backprop.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Every theme's diagram colours pass WCAG AA on their background: 4.5:1 for text, 3:1 for lines and shapes. */
class ContrastTest {

    @Test
    void luminanceAndRatioFollowWcag() {
        assertThat(Contrast.luminance(Color.WHITE)).isCloseTo(1, within(1e-12));
        assertThat(Contrast.luminance(Color.BLACK)).isCloseTo(0, within(1e-12));
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21, within(1e-9));
        assertThat(Contrast.ratio(Color.WHITE, Color.BLACK)).isCloseTo(21, within(1e-9));
        // WebAIM's reference: #767676 on white is 4.54:1, the lightest grey that passes AA
        assertThat(Contrast.ratio(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(Contrast.ratio(Color.web("#777777"), Color.WHITE)).isLessThan(Contrast.TEXT);
        // a translucent colour counts as blended over the background
        assertThat(Contrast.ratio(Color.rgb(0, 0, 0, 0), Color.WHITE)).isCloseTo(1, within(1e-12));
    }

    @Test
    void everyTextColourOfEveryThemeReadsAtFourAndAHalfToOne() {
        for (Palette.Scheme scheme : Palette.Scheme.all()) {
            Map<String, Color> text = new LinkedHashMap<>();
            text.put("ink", scheme.ink());
            text.put("muted", scheme.muted());
            text.put("value", scheme.value());
            text.put("current", scheme.current());
            text.put("selected", scheme.selected());
            text.put("negative", scheme.negative());
            text.put("positive", scheme.positive());
            text.put("zero", scheme.zero());
            text.forEach((name, color) -> assertThat(Contrast.ratio(color, scheme.background()))
                    .as(name + " on " + scheme.background()).isGreaterThanOrEqualTo(Contrast.TEXT));
            for (Color fill : new Color[] {scheme.nodeFill(), scheme.leafFill(), scheme.currentFill(), scheme.labelFill()}) {
                Color shown = Contrast.over(fill, scheme.background());
                assertThat(Contrast.ratio(scheme.ink(), shown)).as("names on " + fill).isGreaterThanOrEqualTo(Contrast.TEXT);
            }
            assertThat(Contrast.ratio(scheme.background(), scheme.path())).as("a path's number on its badge")
                    .isGreaterThanOrEqualTo(Contrast.TEXT);
        }
    }

    @Test
    void everyGradientColourReadsAsTextAtEveryMagnitude() {
        for (Palette.Scheme scheme : Palette.Scheme.all()) {
            for (int e = -9; e <= 2; e++) {
                for (double sign : new double[] {-1, 1}) {
                    double gradient = sign * Math.pow(10, e);
                    assertThat(Contrast.ratio(scheme.gradientColor(gradient), scheme.background()))
                            .as(gradient + " on " + scheme.background()).isGreaterThanOrEqualTo(Contrast.TEXT);
                }
            }
            assertThat(Contrast.ratio(scheme.gradientColor(0), scheme.background())).isGreaterThanOrEqualTo(Contrast.TEXT);
        }
    }

    @Test
    void everyLineColourStandsOutAtThreeToOne() {
        for (Palette.Scheme scheme : Palette.Scheme.all()) {
            for (Color line : new Color[] {scheme.edge(), scheme.path(), scheme.current(), scheme.selected(), scheme.ink(),
                scheme.muted(), scheme.negative(), scheme.positive(), scheme.zero()}) {
                assertThat(Contrast.ratio(line, scheme.background())).as(line + " on " + scheme.background())
                        .isGreaterThanOrEqualTo(Contrast.GRAPHICS);
            }
        }
    }
}
