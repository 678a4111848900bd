package studio.backprop.app.matrix;

import static studio.backprop.app.Fx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Scaling;
import studio.backprop.core.train.Trainer;

/** The raw-and-scaled table of the Matrix tab for Welch's sleep-and-study data. */
class ScalingTableTest {

    @BeforeAll
    static void startToolkit() {
        FxTestToolkit.start();
    }


    @Test
    void rawAndScaledValuesSideBySideAndTheOutputScaledBack() throws Exception {
        NetworkDocument welch = (NetworkDocument) Presets.load("welch").document();
        Scaling scaling = new Scaling(new double[] {10, 5}, new double[] {100}, List.of("sleep", "study"), List.of("score"));
        NetworkDocument scaled = new NetworkDocument("welch", welch.network(),
                new Dataset("sleep and study", welch.data().train(), List.of(), scaling), 0);
        double output = Trainer.outputs(welch.network(), welch.data().train())[1][0];

        ScalingTable table = fx(() -> {
            ScalingTable t = new ScalingTable();
            t.show(scaled);
            return t;
        });

        assertThat(table.isVisible()).isTrue();
        assertThat(text(table, "matrixScaling-input-0-0")).isEqualTo("3 → 0.3");
        assertThat(text(table, "matrixScaling-input-1-1")).isEqualTo("1 → 0.2");
        assertThat(text(table, "matrixScaling-target-2-0")).isEqualTo("93 → 0.93");
        assertThat(text(table, "matrixScaling-output-1-0"))
                .isEqualTo(NumberStyle.LECTURE.format(output) + " → " + NumberStyle.LECTURE.format(output * 100));
        NetworkDocument unscaled = new NetworkDocument("welch", welch.network(),
                new Dataset("sleep and study", welch.data().train(), List.of()), 0);
        fx(() -> {
            table.show(unscaled);
            return null;
        });
        assertThat(table.isVisible()).isFalse();
    }

    private static String text(ScalingTable table, String id) {
        return ((Label) table.lookup("#" + id)).getText();
    }
}
