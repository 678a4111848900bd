package studio.backprop.app;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.view.EquationPanel;
import studio.backprop.app.view.GraphView;
import studio.backprop.app.view.Inspector;
import studio.backprop.app.view.NetworkView;
import studio.backprop.app.view.StepList;
import studio.backprop.core.doc.Document;

/**
 * The lecturer's first steps, rehearsed once the window has opened: an offscreen copy of the views a step changes
 * (both diagrams, the equation, the inspector, the step list), on a model of its own and styled with the window's
 * stylesheets, steps through the first steps of the pass, each styled and laid out as a pulse would. The code a
 * step runs (the diagrams' recording, comparison and partial repaint, the typeset equation's conversion, the step
 * list's cells and their styles) is then loaded, linked and compiled before the lecturer presses →, instead of
 * running cold on the first presses. The window and its model are never touched; the copy is dropped when done.
 *
 * <p>The work is cut into short turns of the JavaFX thread (building the copy takes five, each step one), so a key
 * pressed meanwhile waits one turn at most; once the window's cursor moves the rehearsal ends, since the steps it
 * would rehearse are being shown already.
 */
final class Rehearsal {
    /** How many steps are rehearsed: enough for the step's code to be compiled, not so many that it delays a step. */
    static final int STEPS = 8;
    /** The share of the window's height the copy's equation gets, as in the window. */
    private static final double EQUATION_SHARE = 0.2;

    private final Queue<Runnable> turns = new ArrayDeque<>();
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private StudioModel model;
    private NetworkView network;
    private GraphView graph;
    private BorderPane root;
    private boolean stopped;

    private Rehearsal(Document document, Scene window, int steps) {
        turns.add(() -> {
            model = new StudioModel(StudioApp.defaultCompute(), document);
            network = new NetworkView(model);
            network.animationsProperty().set(false); // a backward step rehearsed draws at once, with no timeline left running
        });
        turns.add(() -> {
            graph = new GraphView(model);
            graph.animationsProperty().set(false);
        });
        turns.add(() -> assemble(window));
        turns.add(() -> root.applyCss());
        turns.add(() -> root.layout());
        for (int i = 0; i < steps; i++) {
            turns.add(() -> {
                model.stepForward();
                root.applyCss();
                root.layout();
            });
        }
    }

    /** The copy's scene: the diagrams side by side, the equation below, the inspector and the step list at the right. */
    private void assemble(Scene window) {
        HBox diagrams = new HBox(network, graph);
        HBox.setHgrow(network, Priority.ALWAYS);
        HBox.setHgrow(graph, Priority.ALWAYS);
        VBox.setVgrow(diagrams, Priority.ALWAYS);
        EquationPanel equation = new EquationPanel(model);
        equation.setPrefHeight(window.getHeight() * EQUATION_SHARE);
        StepList list = new StepList(model);
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new BorderPane(new VBox(diagrams, equation), null, new VBox(new Inspector(model), list), null, null);
        if (window.getRoot() != null) root.getStylesheets().setAll(window.getRoot().getStylesheets());
        Scene offscreen = new Scene(root, Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        offscreen.getStylesheets().setAll(window.getStylesheets());
    }

    /**
     * Rehearses up to {@code steps} steps of {@code document} in a copy sized like {@code window}, one turn of the
     * JavaFX thread after another, until done or until {@code stop} is invalidated (the lecturer stepped). Call it
     * on the JavaFX thread.
     *
     * @return completes on the JavaFX thread with the number of steps rehearsed (a copy that fails ends the
     *     rehearsal: the first steps then only run cold, as without one)
     */
    static CompletableFuture<Integer> start(Document document, Scene window, int steps, Observable stop) {
        Rehearsal rehearsal = new Rehearsal(document, window, steps);
        InvalidationListener stopping = o -> rehearsal.stopped = true;
        stop.addListener(stopping);
        rehearsal.done.whenComplete((rehearsed, failed) -> stop.removeListener(stopping));
        rehearsal.turn();
        return rehearsal.done;
    }

    private void turn() {
        Runnable next = stopped ? null : turns.poll();
        if (next != null) {
            try {
                next.run();
                Platform.runLater(this::turn);
                return;
            } catch (RuntimeException e) {
                turns.clear(); // a copy that cannot step warms nothing more; the window steps regardless
            }
        }
        done.complete(model == null || root == null ? 0 : model.getCursor() + 1);
    }
}
