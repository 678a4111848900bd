package studio.backprop.app.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.rendering.diagram.Arrangement;
import studio.backprop.rendering.diagram.DiagramState;
import studio.backprop.rendering.diagram.NetworkLayout;
import studio.backprop.rendering.diagram.NetworkRenderer;
import studio.backprop.rendering.Surface;

/** The network diagram of the model's network document (a placeholder for an expression). */
public final class NetworkView extends DiagramView {
    private NetworkLayout layout;
    /** The document's network in the wide and the narrow arrangement (the narrow one made when first needed). */
    private NetworkLayout wide;
    private NetworkLayout narrow;
    /** The network the layouts are of (or are being made of, in the background), or null. */
    private NetworkSpec laidOut;
    /** Lays large networks out off the JavaFX thread. */
    private final LatestWins<NetworkLayout> layouts = new LatestWins<>("network-layout");
    private CompletableFuture<LatestWins.Outcome> layingOut = CompletableFuture.completedFuture(LatestWins.Outcome.DELIVERED);
    /** Why the background layout failed, shown in the view; null when it did not. */
    private String problem;

    public NetworkView(StudioModel model) {
        super(model, Messages.get("diagram.a11y.network"));
        setId(Styles.NETWORK_VIEW_ID);
        model.documentProperty().addListener(o -> relayout());
        model.traceProperty().addListener(o -> redraw());
        widthProperty().addListener(o -> rearrange());
        heightProperty().addListener(o -> rearrange());
        relayout();
    }

    /**
     * Lays the new document's network out, unless it has the shape of the one laid out: a layout is a function
     * of the layer sizes and the bias mode alone (its labels make room for the widest number), so a nudge or an
     * edit of a number keeps it and only redraws.
     */
    private void relayout() {
        NetworkSpec next = model.getDocument() instanceof NetworkDocument network ? network.network() : null;
        if (next != null && laidOut != null && sameShape(next, laidOut)) {
            laidOut = next; // the new numbers come with the new trace, which redraws
            return;
        }
        laidOut = next;
        narrow = null;
        if (next != null && NetworkRenderer.isOverview(next.weightCount())) {
            layOutInBackground(next);
            return;
        }
        layouts.cancel(); // a large network's layout still running is no longer wanted
        wide = next == null ? null : NetworkLayout.of(next);
        layout = arranged();
        refit();
    }

    /**
     * Lays a large network out off the JavaFX thread (a hundred thousand edges take a second or more); the
     * view says so meanwhile. The latest document wins: a layout overtaken by another document is dropped.
     */
    private void layOutInBackground(NetworkSpec next) {
        wide = null;
        layout = null;
        problem = null;
        layingOut = layouts.submit(stale -> NetworkLayout.of(next), laid -> {
            wide = laid;
            layout = arranged();
            refit();
        }, failure -> {
            problem = Messages.get("network.layoutFailed");
            redraw();
        });
        refit();
    }

    /** Completes on the JavaFX thread once the latest background layout is in (or was dropped); tests wait on it. */
    CompletableFuture<LatestWins.Outcome> layingOut() {
        return layingOut;
    }

    private static boolean sameShape(NetworkSpec a, NetworkSpec b) {
        return Arrays.equals(a.sizes(), b.sizes()) && a.biasMode() == b.biasMode();
    }

    /** Takes the other arrangement when the view's new shape shows it larger. */
    private void rearrange() {
        NetworkLayout chosen = arranged();
        if (chosen == layout) return;
        layout = chosen;
        refit();
    }

    /** The drawing's size changed with its layout: fit it to the view again. */
    private void refit() {
        contentChanged(true);
    }

    /**
     * The arrangement whose labels the view shows largest: the narrow one in a view about as tall as wide (a
     * 4:3 projector), where it fits at a larger zoom; the wide one, the lecture's figure, otherwise and on a tie.
     */
    private NetworkLayout arranged() {
        if (wide == null || getWidth() <= 0 || getHeight() <= 0 || !(model.getDocument() instanceof NetworkDocument network)
                || NetworkRenderer.isOverview(wide.weights().size())) {
            return wide; // an overview draws no labels: a second layout of 100,000 edges would only cost the JavaFX thread
        }
        if (narrow == null) narrow = NetworkLayout.of(network.network(), Arrangement.NARROW);
        return fitZoom(narrow) > fitZoom(wide) ? narrow : wide;
    }

    private double fitZoom(NetworkLayout candidate) {
        return Math.min(getWidth() / candidate.width(), getHeight() / candidate.height());
    }

    /** The current layout, or null when the document is not a network. */
    public NetworkLayout networkLayout() {
        return layout;
    }

    /** The overview of a large network is drawn straight away: its steps change most of it. */
    @Override
    protected boolean recorded() {
        return layout == null || !NetworkRenderer.isOverview(layout.weights().size());
    }

    @Override
    protected void render(Surface surface, DiagramState state) {
        if (!(model.getDocument() instanceof NetworkDocument network)) {
            placeholder(surface, "network.none");
            return;
        }
        if (layout == null) {
            placeholderText(surface, problem != null ? problem : Messages.get("network.layingOut"));
            return;
        }
        NetworkRenderer.draw(surface, WindowTheme.current(), network.network(), state, layout);
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
    protected Layout<String> drawingLayout() {
        return layout == null ? null : DiagramLayout.of(layout);
    }
}
