package studio.backprop.app.digits;

import java.util.List;
import java.util.function.DoubleConsumer;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.Session;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.Trainer;
import studio.backprop.core.train.TrainingOptions;
import studio.backprop.core.train.TrainingResult;

/**
 * Trains the {@code digits} preset with its own training settings (epochs, batch size, momentum, L2,
 * shuffling seed), as {@code train --preset digits} does: the data split, the initial weights and the
 * shuffling all come from fixed seeds, so every run gives the same network. The Train button and the
 * first opening of the tab call {@link #run}; no trained weights are shipped.
 */
public final class DigitsTraining {
    /** The preset trained here. */
    public static final String PRESET = "digits";

    private DigitsTraining() { }

    /**
     * What a run produced.
     *
     * @param network   the trained network
     * @param data      the preset's training and test images
     * @param confusion the trained network on the test images
     * @param result    the trainer's report (loss history, status)
     * @param millis    wall time of the run, data loading included
     */
    public record Trained(NetworkSpec network, Dataset data, ConfusionMatrix confusion, TrainingResult result, long millis) {
        /** The test accuracy. */
        public double accuracy() {
            return confusion.accuracy();
        }
    }

    /**
     * Loads the preset and trains it on the calling thread (call it off the FX thread).
     *
     * @param progress receives the fraction done, 0 to 1, once per epoch, on the calling thread
     */
    public static Trained run(DoubleConsumer progress) {
        long start = System.nanoTime();
        Session session = Presets.load(PRESET);
        NetworkDocument document = (NetworkDocument) session.document();
        List<Sample> train = document.data().train();
        TrainingOptions options = session.training().applyTo(TrainingOptions.iterations(1));
        int batch = options.batchSize() == 0 ? train.size() : Math.min(options.batchSize(), train.size());
        int perEpoch = (train.size() + batch - 1) / batch;
        int epochs = session.training().epochs() != null ? session.training().epochs() : 1;
        int iterations = epochs * perEpoch;
        options = options.toBuilder().iterations(iterations).lossEvery(perEpoch).snapshotEvery(perEpoch).build();
        TrainingResult result = Trainer.train(document.network(), train, options, snapshot -> {
            progress.accept(snapshot.iteration() / (double) iterations);
            return !Thread.currentThread().isInterrupted();
        });
        NetworkSpec network = result.network();
        ConfusionMatrix confusion = ConfusionMatrix.of(network, document.data().test());
        progress.accept(1);
        return new Trained(network, document.data(), confusion, result, (System.nanoTime() - start) / 1_000_000);
    }
}
