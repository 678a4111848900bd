package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;

/**
 * Divergence is detected the same way for every preset: at a learning rate of 10¹² each run either stays within
 * the rule (a finite loss below a million times its start, every parameter within ±10¹²) or ends DIVERGED with a
 * message naming the iteration, and never returns a NaN.
 */
class DivergenceTest {
    static List<String> presets() {
        return Presets.names().stream().filter(name -> Presets.load(name).document() instanceof NetworkDocument).toList();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void aHugeLearningRateDivergesOrStaysWithinTheRule(String preset) {
        NetworkDocument document = (NetworkDocument) Presets.load(preset).document();
        NetworkSpec spec = document.network().withLearningRate(1e12);
        var train = document.data().train().subList(0, Math.min(50, document.data().train().size()));
        TrainingResult result = Trainer.train(spec, train, TrainingOptions.iterations(30));
        assertThat(result.finalError()).isFinite();
        for (var parameter : NetworkSpecs.parameters(result.network())) {
            assertThat(Math.abs(NetworkSpecs.value(result.network(), parameter))).isLessThanOrEqualTo(Trainer.MAX_PARAMETER);
        }
        if (result.diverged()) {
            assertThat(result.message()).startsWith("training diverged at iteration ");
        } else {
            double start = Trainer.loss(spec, train);
            assertThat(result.finalError()).isLessThanOrEqualTo(Trainer.LOSS_GROWTH * Math.max(start, 1e-6));
        }
    }
}
