package studio.backprop.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void intensityIsLogarithmicBetweenAMillionthAndOne() {
        assertThat(Palette.intensity(0)).isZero();
        assertThat(Palette.intensity(1e-7)).isZero();
        assertThat(Palette.intensity(1e-3)).isCloseTo(0.5, within(1e-12));
        assertThat(Palette.intensity(-1e-3)).isCloseTo(0.5, within(1e-12));
        assertThat(Palette.intensity(1)).isEqualTo(1);
        assertThat(Palette.intensity(250)).isEqualTo(1);
    }

    @Test
    void negativeIsBluePositiveIsOrange() {
        assertThat(distance(Palette.gradientColor(-1), Palette.NEGATIVE)).isLessThan(0.01);
        assertThat(distance(Palette.gradientColor(1), Palette.POSITIVE)).isLessThan(0.01);
        assertThat(distance(Palette.gradientColor(1e-9), Palette.ZERO)).isLessThan(distance(Palette.gradientColor(1e-2), Palette.ZERO));
    }

    @Test
    void largerGradientsDrawWiderEdges() {
        assertThat(Palette.edgeWidth(0.5)).isGreaterThan(Palette.edgeWidth(0.001));
        assertThat(Palette.edgeWidth(-0.5)).isEqualTo(Palette.edgeWidth(0.5));
    }
}
