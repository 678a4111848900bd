package studio.backprop.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.rendering.Surface;

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
        contentChanged(layout == null ? 600 : layout.width(), layout == null ? 200 : layout.height(), true);
    }

    /** The current layout, or null when the document is not a network. */
    public NetworkLayout networkLayout() {
        return layout;
    }

    /** The overview of a large network is drawn straight away: its steps change most of it. */
    @Override
    protected boolean recorded() {
        return layout == null || layout.weights().size() <= NetworkRenderer.OVERVIEW_EDGES;
    }

    @Override
    protected void render(Surface surface, DiagramState state) {
        if (layout == null || !(model.getDocument() instanceof NetworkDocument network)) {
            placeholder(surface, "network.none");
            return;
        }
        NetworkRenderer.draw(surface, Draw.theme(), network.network(), state, layout);
    }

    /**
     * Layer by layer: the neurons of a layer, then the weights and the bias feeding the next one; after the
     * outputs their targets and errors, the total error and η.
     */
    @Override
    protected List<Item> items() {
        List<Item> items = new ArrayList<>();
        if (layout == null) return items;
        int layers = layout.neurons().stream().mapToInt(NetworkLayout.Neuron::layer).max().orElse(-1) + 1;
        for (int layer = 0; layer < layers; layer++) {
            for (NetworkLayout.Neuron neuron : layout.neurons()) {
                if (neuron.layer() == layer) items.add(new Item(neuron.out(), neuron.x(), neuron.y()));
            }
            for (NetworkLayout.WeightEdge edge : layout.weights()) {
                if (edge.target().layer() == layer + 1) items.add(new Item(edge.name(), edge.labelX(), edge.labelY()));
            }
            for (NetworkLayout.BiasNode bias : layout.biases()) {
                if (bias.layer() == layer) items.add(new Item(bias.name(), bias.x(), bias.y()));
            }
        }
        for (NetworkLayout.LabelBox box : layout.boxes()) items.add(new Item(box.name(), box.x() + box.w() / 2, box.centerY()));
        return items;
    }

    @Override
    protected String accessibleName() {
        return Messages.get("diagram.a11y.network");
    }

    @Override
    protected Optional<String> hit(double x, double y) {
        return layout == null ? Optional.empty() : layout.hit(x, y);
    }
}
