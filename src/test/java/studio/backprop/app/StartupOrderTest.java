package studio.backprop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.app.Fx.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.core.io.Presets;

/**
 * The start's order: the presets are read on a thread of their own, which ends without leaving an exception
 * behind; the typesetter's warm-up waits for the first frame and runs once.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StartupOrderTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void thePresetsAreReadOnADaemonThreadThatEndsCleanly() throws Exception {
        // given
        Thread preload = Preload.thread();
        AtomicReference<Throwable> uncaught = new AtomicReference<>();
        preload.setUncaughtExceptionHandler((t, e) -> uncaught.set(e));
        // when
        preload.start();
        preload.join(TimeUnit.SECONDS.toMillis(60));
        // then
        assertThat(preload.isDaemon()).isTrue();
        assertThat(preload.isAlive()).isFalse();
        assertThat(uncaught.get()).isNull();
        assertThat(Presets.names()).allSatisfy(name -> assertThat(Presets.load(name).description()).isNotBlank());
    }

    @Test
    void workAfterTheFirstFrameRunsOnceTheSceneIsLaidOutAndOnlyOnce() throws Exception {
        // given
        Label label = new Label("first frame");
        StackPane root = new StackPane(label);
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<Double> widthWhenRun = new CompletableFuture<>();
        // when: registered before the stage is shown, as the application does
        int runsBeforeShowing = fx(() -> {
            Scene scene = new Scene(root, 300, 200);
            StudioApp.afterFirstFrame(scene, () -> {
                runs.incrementAndGet();
                widthWhenRun.complete(label.getWidth());
            });
            stage.setScene(scene);
            stage.show();
            return runs.get();
        });
        double width = widthWhenRun.get(20, TimeUnit.SECONDS);
        // later frames do not run it again
        CompletableFuture<Void> laterFrame = new CompletableFuture<>();
        fx(() -> {
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                root.getScene().removePostLayoutPulseListener(next[0]);
                laterFrame.complete(null);
            };
            root.getScene().addPostLayoutPulseListener(next[0]);
            label.setText("a later frame");
        });
        laterFrame.get(20, TimeUnit.SECONDS);
        fx(() -> { }); // anything the later frame queued has run
        // then
        assertThat(runsBeforeShowing).isZero();
        assertThat(width).isPositive();
        assertThat(runs.get()).isEqualTo(1);
    }
}
