package studio.backprop.app.training;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.LatestWins.Outcome;
import studio.backprop.app.support.Messages;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.GradientCheck;

/**
 * A look inside the network being trained: the hovered (else the output) neuron's value over the input plane,
 * and the gradient check. Both are computed in the background on a {@link LatestWins} channel each, so a plane
 * that a newer network or another neuron has overtaken is never shown. Read and written on the JavaFX thread.
 */
public final class NetworkInspection {
    /** Samples the gradient check uses at most (it runs on the slow graph path). */
    static final int CHECK_SAMPLES = 8;

    private final Consumer<String> problem;
    private final ReadOnlyObjectWrapper<Plane> plane = new ReadOnlyObjectWrapper<>(this, "plane");
    private final ObjectProperty<Neuron> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final ReadOnlyObjectWrapper<GradientCheck.Report> gradientReport = new ReadOnlyObjectWrapper<>(this, "gradientReport");
    private final LatestWins<Plane> planes = new LatestWins<>("training-plane");
    private final LatestWins<GradientCheck.Report> checks = new LatestWins<>("gradient-check");
    private NetworkSpec network;
    private Dataset data;
    private CompletableFuture<Outcome> latestPlane = CompletableFuture.completedFuture(Outcome.DELIVERED);

    NetworkInspection(Consumer<String> problem) {
        this.problem = problem;
        hovered.addListener((o, was, is) -> requestPlane());
    }

    /** The hovered neuron's (else the output's) value over the input plane; null unless there are two inputs. */
    public ReadOnlyObjectProperty<Plane> planeProperty() { return plane.getReadOnlyProperty(); }

    public Plane getPlane() { return plane.get(); }

    /** The latest plane request; completes (on the JavaFX thread) once it is shown or overtaken. */
    public CompletableFuture<Outcome> latestPlane() { return latestPlane; }

    /** The neuron whose output the plane shows; null for the (last) output neuron. */
    public ObjectProperty<Neuron> hoveredProperty() { return hovered; }

    /** The latest gradient check, null before the first. */
    public ReadOnlyObjectProperty<GradientCheck.Report> gradientReportProperty() { return gradientReport.getReadOnlyProperty(); }

    /** Whether a gradient check is running. */
    public ReadOnlyBooleanProperty checkingProperty() { return checks.busyProperty(); }

    /** Compares back-propagation with finite differences for the network shown, in the background. */
    public CompletableFuture<Outcome> checkGradients() {
        if (checks.busyProperty().get()) return CompletableFuture.completedFuture(Outcome.STALE);
        NetworkSpec spec = network;
        List<Sample> train = data.train();
        List<Sample> samples = train.subList(0, Math.min(CHECK_SAMPLES, train.size()));
        return checks.submit(stale -> GradientCheck.check(spec, samples), gradientReport::set,
                e -> problem.accept(Messages.format("training.checkFailed", TrainingModel.describe(e))));
    }

    /** Follows a new network (a snapshot, a reset) on {@code samples}: its plane is computed again. */
    void show(NetworkSpec spec, Dataset samples) {
        network = spec;
        data = samples;
        requestPlane();
    }

    /** Drops the result of a gradient check still running: it is of a network no longer shown. */
    void cancelCheck() {
        checks.cancel();
    }

    /** Forgets what was looked at before the network was replaced: the hovered neuron, and for a new preset the report. */
    void forget(boolean report) {
        hovered.set(null);
        if (report) gradientReport.set(null);
    }

    /** Computes the plane of the hovered (else output) neuron in the background; only the latest request is shown. */
    private void requestPlane() {
        NetworkSpec spec = network;
        if (spec == null || data == null || spec.size(0) != 2) {
            planes.cancel();
            latestPlane = CompletableFuture.completedFuture(Outcome.STALE);
            plane.set(null);
            return;
        }
        Neuron chosen = hovered.get();
        int top = spec.layerCount() - 1;
        if (chosen == null || chosen.layer() > top || chosen.index() >= spec.size(chosen.layer())) chosen = new Neuron(top, spec.size(top) - 1);
        Neuron neuron = chosen;
        double[] bounds = Planes.bounds(data);
        latestPlane = planes.submit(stale -> Planes.compute(spec, neuron, bounds[0], bounds[1], Planes.RESOLUTION), plane::set,
                e -> problem.accept(TrainingModel.describe(e)));
    }
}
