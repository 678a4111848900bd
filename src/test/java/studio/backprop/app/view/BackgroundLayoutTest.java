package studio.backprop.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.LatestWins;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.data.Networks;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.rendering.diagram.NetworkLayout;

/**
 * A network drawn as an overview is laid out off the JavaFX thread: loading it returns before its layout
 * exists, the layout arrives later, and a document loaded meanwhile wins.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BackgroundLayoutTest {
    /** 40-60-10: 3,000 weights, above the overview's 2,000. */
    private static final int[] SIZES = {40, 60, 10};

    private StudioModel model;
    private NetworkView view;

    @Start
    void start(Stage stage) {
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        view = new NetworkView(model);
        view.animationsProperty().set(false);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    private static NetworkDocument large() {
        NetworkSpec spec = Networks.create(SIZES, List.of(Activation.SIGMOID, Activation.SIGMOID), Loss.MSE, Initializer.xavier(), 3);
        return new NetworkDocument("large", spec, Dataset.single("x", new Sample(new double[SIZES[0]], new double[SIZES[2]])), 0);
    }

    @Test
    void aLargeNetworkIsLaidOutInTheBackground(FxRobot robot) throws Exception {
        AtomicReference<Optional<NetworkLayout>> atLanding = new AtomicReference<>();
        robot.interact(() -> {
            // runs after the view's own listener, in the same JavaFX runnable: no background delivery can come between
            model.documentProperty().addListener(o -> atLanding.set(Optional.ofNullable(view.networkLayout())));
            model.load(large());
        });
        model.settled().get(60, TimeUnit.SECONDS);
        assertThat(atLanding.get()).as("the layout as the large document landed (none yet: it is made in the background)").isEmpty();
        assertThat(view.layingOut().get(60, TimeUnit.SECONDS)).isEqualTo(LatestWins.Outcome.DELIVERED);
        AtomicReference<NetworkLayout> after = new AtomicReference<>();
        robot.interact(() -> after.set(view.networkLayout()));
        assertThat(after.get().weights()).hasSize(SIZES[0] * SIZES[1] + SIZES[1] * SIZES[2]);
    }

    @Test
    void aNetworkLoadedMeanwhileWins(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<LatestWins.Outcome>> largeLayout = new AtomicReference<>();
        robot.interact(() -> {
            model.load(large());
            model.settled().thenRun(() -> { // as the large document lands, its layout just begun: the lecture overtakes it
                largeLayout.set(view.layingOut());
                model.load(TestDocuments.lecture());
            });
        });
        model.settled().get(60, TimeUnit.SECONDS);
        assertThat(largeLayout.get().get(60, TimeUnit.SECONDS)).isEqualTo(LatestWins.Outcome.STALE);
        AtomicReference<NetworkLayout> after = new AtomicReference<>();
        robot.interact(() -> after.set(view.networkLayout()));
        assertThat(after.get().weights()).hasSize(8); // the lecture's 2-2-2 network
    }
}
