package studio.backprop.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import studio.backprop.app.controller.Failures;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.model.TraceSource;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.EquationPanel;
import studio.backprop.app.view.MainView;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.rendering.TexImages;

/** The desktop application: one window titled Backprop Studio with the lecture's network loaded. */
public final class StudioApp extends Application {

    /**
     * The computation the window shows. Integration point: the network lowering (core.nn) and the
     * expression parser (core.expr) plug in here.
     */
    public static TraceSource defaultCompute() {
        return Computation::trace;
    }

    /** The document the window opens with: the lecture's 2-2-2 network. Integration point for presets. */
    public static Document defaultDocument() {
        return Presets.load("mazur").document();
    }

    /** Below this window width the diagrams start one at a time: side by side their labels are too small to read. */
    static final double SIDE_BY_SIDE_WIDTH = 1700;
    /** Below this window width the inspector and the step list start hidden: the diagram needs the width. */
    static final double SIDE_PANELS_WIDTH = 1200;
    /**
     * The system property with how many steps the start rehearses ({@link Rehearsal#STEPS} by default; 0: none, to
     * measure what the rehearsal buys).
     */
    static final String REHEARSED_STEPS = "backprop.rehearsedSteps";
    /** How many of the first steps' equations are typeset while the window opens. */
    static final int WARM_STEPS = 3;

    /** Builds the scene for a model (used by the UI tests); {@link Studio#assemble} puts it together. */
    public static Scene createScene(StudioModel model, Document lecture, double width, double height) {
        return Studio.assemble(model, lecture, width, height).scene();
    }

    /**
     * Once the window has opened: typesets the first steps' equations off the JavaFX thread, so the first step a
     * lecturer shows does not wait for JLaTeXMath to load its fonts (about two seconds on a slow machine), then
     * rehearses the first steps offscreen ({@link Rehearsal}), so that they do not run cold either.
     *
     * @param typeset   completed once the equations are typeset
     * @param rehearsed completed after that, once the rehearsal ended, with the number of steps rehearsed
     */
    static void warmUp(StudioModel model, Document lecture, Scene scene, CompletableFuture<LatestWins.Outcome> typeset,
            CompletableFuture<Integer> rehearsed) {
        int steps = Integer.getInteger(REHEARSED_STEPS, Rehearsal.STEPS);
        boolean[] stepped = {false}; // the lecturer stepped before the typesetter was done: nothing is left to rehearse
        InvalidationListener onStep = o -> stepped[0] = true;
        model.cursorProperty().addListener(onStep);
        typeset(model).whenComplete((outcome, failed) -> {
            model.cursorProperty().removeListener(onStep);
            typeset.complete(outcome);
            if (steps <= 0 || stepped[0]) rehearsed.complete(0);
            else Rehearsal.start(lecture, scene, steps, model.cursorProperty()).whenComplete((n, e) -> rehearsed.complete(n == null ? 0 : n));
        });
    }

    /** Typesets the first steps' equations in the background and converts them as the equation panel shows them. */
    private static CompletableFuture<LatestWins.Outcome> typeset(StudioModel model) {
        Trace trace = model.getTrace();
        List<String> first = trace.steps().stream().limit(WARM_STEPS).map(step -> step.equation().toLatex(NumberStyle.LECTURE)).toList();
        return new LatestWins<Boolean>("warm-up").submit(stale -> {
            TexImages.warm(first, EquationPanel.TEX_SIZE);
            for (String latex : first) SwingFXUtils.toFXImage(TexImages.render(latex, EquationPanel.TEX_SIZE), null);
            return true;
        }, warmed -> { }, failed -> { }); // a failed warm-up only means the first step typesets itself
    }

    /**
     * Runs {@code action} once the scene's first frame is laid out and handed to the renderer, so that work meant
     * for later (the typesetter's warm-up) does not compete with the first frame for the processor.
     */
    static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    @Override
    public void start(Stage stage) {
        Document lecture = defaultDocument();
        StudioModel model = new StudioModel(defaultCompute(), lecture);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1600, screen.getWidth() * 0.96);
        double height = Math.min(960, screen.getHeight() * 0.94);
        Studio studio = Studio.assemble(model, lecture, width, height);
        studio.attach(stage);
        Scene scene = studio.scene();
        MainView view = studio.view();
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // a 1366×768 projector: the network alone is readable, the graph is one click away
        if (width < SIDE_BY_SIDE_WIDTH) view.shownProperty().set(MainView.Diagrams.NETWORK);
        // a 1024×768 projector: the diagram gets the side panels' width too, F9 brings them back
        if (width < SIDE_PANELS_WIDTH) {
            view.sidePanelsProperty().set(false);
            view.showStatus(Messages.get("hallA.status.panelsHidden"));
        }
        CompletableFuture<LatestWins.Outcome> typeset = new CompletableFuture<>();
        CompletableFuture<Integer> rehearsed = new CompletableFuture<>();
        afterFirstFrame(scene, () -> warmUp(model, lecture, scene, typeset, rehearsed));
        stage.show();
        Failures.install(stage);
        StartupProbe.afterShown(scene, typeset, rehearsed);
    }
}

