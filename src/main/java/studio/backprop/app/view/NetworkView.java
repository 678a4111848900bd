package studio.backprop.app.view;

import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import studio.backprop.app.model.StudioModel;
import studio.backprop.core.doc.NetworkDocument;

/** The network diagram of the model's network document (a placeholder for an expression). */
public final class NetworkView extends DiagramView {
    private NetworkLayout layout;

    public NetworkView(StudioModel model) {
        super(model);
        setId(Styles.NETWORK_VIEW_ID);
        model.documentProperty().addListener(o -> relayout());
        model.traceProperty().addListener(o -> redraw());
        relayout();
    }

    private void relayout() {
        layout = model.getDocument() instanceof NetworkDocument network ? NetworkLayout.of(network.network()) : null;
        contentChanged();
    }

    /** The current layout, or null when the document is not a network. */
    public NetworkLayout networkLayout() {
        return layout;
    }

    @Override
    protected double contentWidth() {
        return layout == null ? 600 : layout.width();
    }

    @Override
    protected double contentHeight() {
        return layout == null ? 200 : layout.height();
    }

    @Override
    protected void render(GraphicsContext gc, DiagramState state) {
        if (layout == null || !(model.getDocument() instanceof NetworkDocument network)) {
            placeholder(gc, "network.none");
            return;
        }
        NetworkRenderer.draw(gc, network.network(), state, layout);
    }

    @Override
    protected Optional<String> hit(double x, double y) {
        return layout == null ? Optional.empty() : layout.hit(x, y);
    }
}
