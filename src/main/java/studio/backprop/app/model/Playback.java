package studio.backprop.app.model;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/** Plays the steps one after another at a chosen speed, stopping at the last one. */
public final class Playback {
    private final StudioModel model;
    private final Timeline timeline = new Timeline();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty(this, "stepsPerSecond", 1.5);

    public Playback(StudioModel model) {
        this.model = model;
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> tick()));
        timeline.rateProperty().bind(stepsPerSecond);
    }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    /** Speed, 0.25 to 6 steps per second. */
    public DoubleProperty stepsPerSecondProperty() { return stepsPerSecond; }

    /** Starts playing (from the beginning when at the end), or pauses. */
    public void toggle() {
        if (playing.get()) {
            pause();
            return;
        }
        if (model.getCursor() >= model.stepCount() - 1) model.reset();
        playing.set(true);
        model.stepForward();
        timeline.playFromStart();
    }

    public void pause() {
        timeline.stop();
        playing.set(false);
    }

    private void tick() {
        if (model.getCursor() >= model.stepCount() - 1) {
            pause();
            return;
        }
        model.stepForward();
    }
}
