package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.data.Datasets;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.UpdateOrder;

/** Symmetric hidden neurons are spotted, and training from an all-equal start keeps them equal. */
class SymmetryTest {
    /** A 2-3-1 network whose three hidden neurons are the same. */
    private static NetworkSpec allEqual() {
        double[][][] w = {{{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}}, {{0.5, 0.5, 0.5}}};
        double[][] b = {{0.1, 0.1, 0.1}, {0.2}};
        return new NetworkSpec(new int[] {2, 3, 1}, List.of(Activation.SIGMOID, Activation.SIGMOID), Loss.HALF_SSE,
                BiasMode.PER_NEURON, true, 0.5, UpdateOrder.EXACT, w, b);
    }

    @Test
    void identicalHiddenNeuronsAreFoundAndStayIdenticalUnderTraining() {
        NetworkSpec spec = allEqual();
        assertThat(Symmetry.symmetricLayer(spec)).hasValue(1);
        NetworkSpec trained = Trainer.train(spec, Datasets.xor().train(), TrainingOptions.iterations(50)).network();
        assertThat(trained).isNotEqualTo(spec);
        assertThat(Symmetry.symmetricLayer(trained)).hasValue(1);
    }

    @Test
    void oneDifferentWeightBreaksTheSymmetry() {
        NetworkSpec spec = allEqual();
        assertThat(Symmetry.symmetricLayer(spec.withWeight(0, 2, 1, 0.51))).isEmpty();
        assertThat(Symmetry.symmetricLayer(spec.withBias(0, 1, 0.3))).isEmpty();
        assertThat(Symmetry.symmetricLayer(spec.withWeight(1, 0, 0, -0.5))).isEmpty();
        assertThat(Symmetry.symmetricLayer(LectureNetwork.spec())).as("the lecture's own start").isEmpty();
    }
}
