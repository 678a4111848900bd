package studio.backprop.app.view;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import studio.backprop.app.model.Playback;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.core.graph.Step;

/**
 * The pass's tool bar: the clicker's buttons, play and its speed, the phase and step, the animation switch and
 * the gradient legend.
 */
final class PassToolbar {
    private PassToolbar() { }

    /** The tool bar over the pass, driving {@code model} and {@code playback}, its animate box bound to the views. */
    static ToolBar of(StudioModel model, Playback playback, DiagramView... views) {
        Button reset = MainView.iconButton("reset", "mdi2s-skip-previous", "toolbar.reset", () -> model.reset());
        Button back = MainView.iconButton("stepBack", "mdi2s-step-backward", "toolbar.back", () -> model.stepBack());
        Button forward = MainView.iconButton("stepForward", "mdi2s-step-forward", "toolbar.forward", () -> model.stepForward());
        Button play = new Button();
        play.setId("play");
        FontIcon playIcon = new FontIcon("mdi2p-play");
        play.setGraphic(playIcon);
        LazyTooltip.install(play, Messages.get("toolbar.play"));
        play.setOnAction(e -> playback.toggle());
        playback.playingProperty().addListener((o, was, is) -> playIcon.setIconLiteral(is ? "mdi2p-pause" : "mdi2p-play"));
        Button end = MainView.iconButton("toEnd", "mdi2s-skip-next", "toolbar.end", () -> model.toEnd());
        Slider speed = new Slider(0.25, 6, playback.stepsPerSecondProperty().get());
        speed.setId("speed");
        speed.setPrefWidth(90);
        LazyTooltip.install(speed, Messages.get("toolbar.speed"));
        playback.stepsPerSecondProperty().bind(speed.valueProperty());
        Label phase = new Label();
        phase.setId(Styles.PHASE_LABEL_ID);
        phase.getStyleClass().add(Styles.PANE_TITLE);
        Label step = new Label();
        step.setId(Styles.STEP_LABEL_ID);
        Runnable updateStep = () -> {
            Step current = model.currentStep().orElse(null);
            phase.setText(current == null ? Messages.get("phase.none") : Messages.get("phase." + current.phase().name().toLowerCase()));
            step.setText(Messages.format("toolbar.stepOf", model.getCursor() + 1, model.stepCount()));
        };
        model.cursorProperty().addListener(o -> updateStep.run());
        model.traceProperty().addListener(o -> updateStep.run());
        updateStep.run();
        CheckBox animate = new CheckBox(Messages.get("toolbar.animations"));
        animate.setId("animations");
        animate.setSelected(Animations.enabledByDefault());
        for (DiagramView view : views) view.animationsProperty().bind(animate.selectedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(reset, back, forward, play, end, speed, new Separator(), phase, step, new Separator(), animate,
                spacer, new Label(Messages.get("legend.title")), new Legend());
    }

}
