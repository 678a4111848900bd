package studio.backprop.app.view;

import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import studio.backprop.app.support.Messages;
import studio.backprop.core.graph.Trace;
import studio.backprop.rendering.CanvasSurface;
import studio.backprop.rendering.diagram.DiagramState;
import studio.backprop.rendering.diagram.GraphLayout;
import studio.backprop.rendering.diagram.GraphRenderer;
import studio.backprop.rendering.diagram.Reveal;

/** A window with one neuron expanded into its gates (multiplies, an add, the activation), drawn as the graph view draws. */
public final class GateDialog {
    private GateDialog() { }

    /** Shows the expansion; {@code neuron} names the neuron for the title. */
    public static Stage show(Window owner, Trace gates, String neuron) {
        GraphLayout layout = GraphLayout.of(gates.graph());
        double scale = 1.0;
        Canvas canvas = new Canvas(layout.width() * scale, layout.height() * scale);
        canvas.setId("gateCanvas");
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(scale, scale);
        DiagramState state = DiagramState.of(gates, Reveal.of(gates), gates.steps().size() - 1, null, 1);
        GraphRenderer.draw(new CanvasSurface(gc), WindowTheme.current(), state, layout);
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        stage.setTitle(Messages.format("gates.title", neuron));
        stage.setScene(new Scene(new ScrollPane(canvas), Math.min(1200, layout.width() + 20), Math.min(700, layout.height() + 20)));
        stage.show();
        return stage;
    }
}
