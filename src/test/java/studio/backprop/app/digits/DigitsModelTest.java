package studio.backprop.app.digits;

import static studio.backprop.app.Fx.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.LatestWins;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.train.FastNetwork;

/** The digits workspace's model without a view: training, the pad's answer layer by layer, a picked example, opening its pass. */
class DigitsModelTest {

    @BeforeAll
    static void startToolkit() {
        FxTestToolkit.start();
    }


    @Test
    void trainsAnswersThePadLayerByLayerAndOpensAPickedExample() throws Exception {
        StudioModel studio = fx(() -> new StudioModel(TestDocuments.compute(), TestDocuments.lecture()));
        AtomicInteger passShown = new AtomicInteger();
        DigitsModel model = fx(() -> new DigitsModel(studio, passShown::incrementAndGet));
        assertThat(fx(() -> model.probabilities().isPresent())).isFalse();

        // when: trained
        CompletableFuture<LatestWins.Outcome> training = fx(model::train);
        assertThat(fx(model::isTraining)).isTrue();
        assertThat(fx(() -> model.train() == training)).as("a second request joins the run going on").isTrue();
        assertThat(training.get(180, TimeUnit.SECONDS)).isEqualTo(LatestWins.Outcome.DELIVERED);

        // then: the accuracy is reported and a blank pad has no answer
        assertThat(fx(model::isTraining)).isFalse();
        assertThat(fx(() -> model.statusProperty().get())).startsWith("Test accuracy 0.9");
        assertThat(fx(() -> model.layersProperty().get())).isNull();

        // when: a vertical stroke
        int revision = fx(() -> model.padRevisionProperty().get());
        double[][] layers = fx(() -> {
            model.drawing().begin(112, 30);
            for (int y = 50; y <= 190; y += 20) model.drawing().extend(112, y);
            model.padChanged();
            return model.layersProperty().get();
        });
        // then: every layer, from the 64 pixels to the 10 probabilities, as the core network computes them
        assertThat(fx(() -> model.padRevisionProperty().get())).isEqualTo(revision + 1);
        assertThat(layers).hasNumberOfRows(4);
        double[] image = fx(() -> model.drawing().image());
        assertThat(layers[0]).containsExactly(image);
        double[][] expected = new FastNetwork(fx(() -> model.trained().orElseThrow().network())).activations(image);
        for (int l = 0; l < 4; l++) assertThat(layers[l]).containsExactly(expected[l]);
        double[] probabilities = fx(() -> model.probabilities().orElseThrow());
        assertThat(probabilities).hasSize(10).containsExactly(layers[3]);
        assertThat(Arrays.stream(probabilities).sum()).isCloseTo(1, within(1e-9));

        // when: a picked image past the end of the training set
        int count = fx(() -> model.trained().orElseThrow().data().train().size());
        CompletableFuture<DigitsModel.Wanted> wanted = new CompletableFuture<>();
        fx(() -> {
            model.wantedProperty().addListener((o, was, is) -> {
                if (is != null && is.index() == count - 1) wanted.complete(is);
            });
            model.pickSample(count + 50);
            return null;
        });
        // then: the last image, with the network's answer, and later what its outputs want
        DigitsModel.Example example = fx(() -> model.exampleProperty().get());
        assertThat(example.index()).isEqualTo(count - 1);
        assertThat(fx(() -> model.sampleProperty().get())).isEqualTo(count);
        assertThat(wanted.get(60, TimeUnit.SECONDS).label()).isEqualTo(example.label());

        // when: its pass is opened
        EditResult opened = fx(() -> model.openExample().orElseThrow()).get(120, TimeUnit.SECONDS);
        // then: the shared model holds it, and the pass was shown once
        assertThat(opened.accepted()).isTrue();
        NetworkDocument document = fx(() -> (NetworkDocument) studio.getDocument());
        assertThat(document.name()).isEqualTo(DigitsTraining.PRESET);
        assertThat(document.sample()).isEqualTo(count - 1);
        assertThat(passShown.get()).isEqualTo(1);

        // and a cleared pad has no answer again
        assertThat(fx(() -> {
            model.clearPad();
            return model.probabilities().isPresent();
        })).isFalse();
    }

    @Test
    void beforeTrainingThereIsNoExampleToOpen() throws Exception {
        StudioModel studio = fx(() -> new StudioModel(TestDocuments.compute(), TestDocuments.lecture()));
        DigitsModel model = fx(() -> new DigitsModel(studio, () -> { }));

        assertThat(fx(() -> model.openExample().isPresent())).isFalse();
        assertThat(fx(() -> {
            model.pickSample(7);
            return model.exampleProperty().get();
        })).isNull();
        assertThat(fx(() -> model.statusProperty().get())).isEqualTo("Not trained yet.");
    }
}
