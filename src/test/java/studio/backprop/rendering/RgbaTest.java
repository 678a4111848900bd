package studio.backprop.rendering;

import javafx.scene.paint.Color;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import studio.backprop.app.view.Palette;
import studio.backprop.app.view.WindowTheme;

/** The surfaces' colour computes as JavaFX's does, so the window and the exports show the same colours. */
class RgbaTest {

    @Property
    void darkerIsJavaFxDarker(@ForAll @DoubleRange(min = 0, max = 1) double r, @ForAll @DoubleRange(min = 0, max = 1) double g,
                              @ForAll @DoubleRange(min = 0, max = 1) double b) {
        Color fx = Color.color(r, g, b).darker();
        Rgba ours = CanvasSurface.rgba(Color.color(r, g, b)).darker();
        assertThat(CanvasSurface.color(ours)).isEqualTo(fx);
    }

    @Property
    void interpolateIsJavaFxInterpolate(@ForAll @DoubleRange(min = -0.5, max = 1.5) double t) {
        Color from = Color.web("#a0a0a0");
        Color to = Color.web("#0072b2");
        assertThat(CanvasSurface.color(CanvasSurface.rgba(from).interpolate(CanvasSurface.rgba(to), t)))
                .isEqualTo(from.interpolate(to, t));
    }

    @Property
    void theGradientScaleIsThePalettes(@ForAll @DoubleRange(min = -10, max = 10) double mantissa,
                                       @ForAll @DoubleRange(min = -8, max = 1) double exponent) {
        double gradient = mantissa * Math.pow(10, exponent);
        Theme theme = WindowTheme.current();
        assertThat(CanvasSurface.color(theme.gradientColor(gradient))).isEqualTo(Palette.gradientColor(gradient));
        assertThat(theme.edgeWidth(gradient)).isEqualTo(Palette.edgeWidth(gradient));
    }

    @Test
    void theJavaFxFreeLightThemeIsThePalettesLightTheme() {
        Palette.Scheme light = Palette.LIGHT;
        Theme theme = Theme.LIGHT;
        Color[] fx = {light.background(), light.ink(), light.muted(), light.edge(), light.value(), light.nodeFill(), light.leafFill(),
                light.current(), light.currentFill(), light.selected(), light.path(), light.labelFill(), light.negative(),
                light.positive(), light.zero()};
        Rgba[] ours = {theme.background(), theme.ink(), theme.muted(), theme.edge(), theme.value(), theme.nodeFill(), theme.leafFill(),
                theme.current(), theme.currentFill(), theme.selected(), theme.path(), theme.labelFill(), theme.negative(),
                theme.positive(), theme.zero()};
        for (int k = 0; k < fx.length; k++) {
            Rgba expected = CanvasSurface.rgba(fx[k]);
            assertThat(ours[k].hex()).as("colour %d", k).isEqualTo(expected.hex());
            assertThat(ours[k].opacity255()).as("opacity %d", k).isEqualTo(expected.opacity255());
        }
        assertThat(theme.number().size()).isEqualTo(12);
        assertThat(theme.name().bold()).isTrue();
    }

    @Test
    void hexRoundTripsAndChannelsAreChecked() {
        assertThat(Rgba.hex("#1a7f37").hex()).isEqualTo("#1a7f37");
        assertThat(Rgba.hex("0072b2").blue255()).isEqualTo(0xb2);
        assertThat(Rgba.WHITE.fade(0.35).opacity()).isEqualTo(0.35);
        assertThatThrownBy(() -> new Rgba(1.2, 0, 0, 1)).hasMessageContaining("red");
        assertThatThrownBy(() -> Rgba.hex("#fff")).hasMessageContaining("#rrggbb");
    }

    @Test
    void aFontRoundTripsThroughTheCanvas() {
        FontSpec number = CanvasSurface.spec(Palette.NUMBER);
        assertThat(CanvasSurface.font(number)).isEqualTo(Palette.NUMBER); // equal, not the same: presenter mode rescales the palette
        assertThat(CanvasSurface.spec(Palette.NAME).bold()).isTrue();
        assertThat(number.bold()).isFalse();
    }
}
