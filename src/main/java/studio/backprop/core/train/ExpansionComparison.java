package studio.backprop.core.train;

import java.util.List;
import java.util.function.DoubleConsumer;
import studio.backprop.core.data.Expansion;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;

/**
 * What artificial expansion does to test accuracy: the same starting network trained for the same epochs with
 * the same options and seed, once on the training images as they are and once on the images with their
 * {@link Expansion} copies, both measured on the same untouched test images.
 *
 * @param kind             the copies added
 * @param epochs           epochs of each run (an epoch of the expanded run is 1 + copies times as long)
 * @param plain            the network trained on the originals
 * @param expanded         the network trained on the expanded set
 * @param plainAccuracy    the plain network's test accuracy
 * @param expandedAccuracy the expanded network's test accuracy
 * @param plainSamples     training samples of the plain run
 * @param expandedSamples  training samples of the expanded run
 * @param cancelled        whether a cancel stopped either run early (the accuracies are then of unfinished runs)
 */
public record ExpansionComparison(Expansion.Kind kind, int epochs, NetworkSpec plain, NetworkSpec expanded,
                                  double plainAccuracy, double expandedAccuracy, int plainSamples, int expandedSamples,
                                  boolean cancelled) {

    /**
     * Trains both networks on the calling thread (call it off the FX thread). An interrupt of the calling
     * thread cancels the run that is going, and the other is not started.
     *
     * @param start    the starting network, the same for both runs
     * @param data     training and test images (8×8)
     * @param options  batch size, momentum, regularisation, shuffling and seed; the length is replaced
     * @param progress receives the fraction of the whole comparison done, 0 to 1, once per epoch
     */
    public static ExpansionComparison run(NetworkSpec start, Dataset data, TrainingOptions options, int epochs,
                                          Expansion.Kind kind, DoubleConsumer progress) {
        if (epochs < 1) throw new IllegalArgumentException("the comparison needs at least 1 epoch, not " + epochs);
        List<Sample> plainTrain = data.train();
        List<Sample> expandedTrain = Expansion.expand(plainTrain, kind);
        double plainWork = plainTrain.size();
        double total = plainWork + expandedTrain.size();
        TrainingResult plain = train(start, plainTrain, options, epochs, f -> progress.accept(f * plainWork / total));
        boolean cancelled = plain.status() == TrainingResult.Status.STOPPED;
        TrainingResult expanded = cancelled ? plain
                : train(start, expandedTrain, options, epochs, f -> progress.accept((plainWork + f * expandedTrain.size()) / total));
        cancelled |= expanded.status() == TrainingResult.Status.STOPPED;
        progress.accept(1);
        return new ExpansionComparison(kind, epochs, plain.network(), expanded.network(),
                Classification.accuracy(plain.network(), data.test()), Classification.accuracy(expanded.network(), data.test()),
                plainTrain.size(), expandedTrain.size(), cancelled);
    }

    private static TrainingResult train(NetworkSpec start, List<Sample> samples, TrainingOptions options, int epochs,
                                        DoubleConsumer progress) {
        int batch = options.batchSize() == 0 ? samples.size() : Math.min(options.batchSize(), samples.size());
        int perEpoch = (samples.size() + batch - 1) / batch;
        int iterations = epochs * perEpoch;
        TrainingOptions run = options.toBuilder().iterations(iterations).lossEvery(perEpoch).snapshotEvery(perEpoch)
                .maxHistoryPoints(2).build();
        return Trainer.train(start, samples, run, snapshot -> {
            progress.accept(snapshot.iteration() / (double) iterations);
            return !Thread.currentThread().isInterrupted();
        });
    }
}
