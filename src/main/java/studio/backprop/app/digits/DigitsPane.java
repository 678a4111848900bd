package studio.backprop.app.digits;

import java.util.Optional;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import studio.backprop.app.model.StudioModel;

/**
 * The digits workspace as the composition root builds it today: a {@link DigitsView} of a {@link DigitsModel}
 * that shows the pass by selecting the main window's first tab, trained whenever its tab is selected untrained.
 * Once the root builds {@code new DigitsView(new DigitsModel(model, showPass))} itself, this class goes away.
 */
public final class DigitsPane extends BorderPane {
    private final DigitsModel model;

    /**
     * @param studio the shared model, into which the backward pass of an example is opened
     * @param tabs   the main window's tabs, the stepped pass first: it is selected after opening a pass, and the
     *               network is trained the first time this pane's tab is selected
     */
    public DigitsPane(StudioModel studio, TabPane tabs) {
        this.model = new DigitsModel(studio, () -> tabs.getSelectionModel().selectFirst());
        setCenter(new DigitsView(model));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is.getContent() == this) model.ensureTrained();
        });
    }

    /** The workspace's model. */
    public DigitsModel model() { return model; }

    /** Trains the network unless it is trained or training already. */
    public void ensureTrained() { model.ensureTrained(); }

    /** Whether a training run is going on. */
    public boolean isTraining() { return model.isTraining(); }

    /** The result of the last training, or empty before the first has finished. */
    public Optional<DigitsTraining.Trained> trained() { return model.trained(); }

    /** The network's probabilities for the pad's drawing, or empty before training or with a blank pad. */
    public Optional<double[]> probabilities() { return model.probabilities(); }

    /** The pad's drawing; call {@link DigitsModel#padChanged()} after changing it. */
    public PadDrawing drawing() { return model.drawing(); }
}
