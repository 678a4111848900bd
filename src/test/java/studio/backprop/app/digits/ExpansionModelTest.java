package studio.backprop.app.digits;

import static studio.backprop.app.Fx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.app.support.LatestWins;
import studio.backprop.core.data.Expansion;
import studio.backprop.core.train.ExpansionComparison;

/** The expansion comparison's model with the toolkit running: a real background run, cancellable. */
class ExpansionModelTest {

    @BeforeAll
    static void startToolkit() {
        FxTestToolkit.start();
    }


    @Test
    void aComparisonReportsBothAccuraciesForTheSameEpochs() throws Exception {
        ExpansionModel model = fx(ExpansionModel::new);
        CompletableFuture<LatestWins.Outcome> run = fx(() -> {
            model.setKind(Expansion.Kind.SHIFT);
            model.setEpochs(2);
            return model.compare();
        });
        assertThat(fx(model::isRunning)).isTrue();

        assertThat(run.get(120, TimeUnit.SECONDS)).isEqualTo(LatestWins.Outcome.DELIVERED);

        ExpansionComparison result = fx(() -> model.resultProperty().get());
        assertThat(result.kind()).isEqualTo(Expansion.Kind.SHIFT);
        assertThat(result.epochs()).isEqualTo(2);
        assertThat(result.expandedSamples()).isEqualTo(5 * result.plainSamples());
        assertThat(result.plainAccuracy()).isBetween(0.5, 1.0);
        assertThat(result.expandedAccuracy()).isBetween(0.5, 1.0);
        assertThat(fx(() -> model.messageProperty().get())).startsWith("After 2 epochs: test accuracy");
        assertThat(fx(() -> model.previewProperty().get())).hasSize(ExpansionModel.PREVIEW_IMAGES);
    }

    @Test
    void cancellingStopsTheRunAndShowsNoResult() throws Exception {
        ExpansionModel model = fx(ExpansionModel::new);
        CompletableFuture<Void> going = new CompletableFuture<>();
        CompletableFuture<LatestWins.Outcome> run = fx(() -> {
            model.progressProperty().addListener((o, was, is) -> {
                if (is.doubleValue() > 0) going.complete(null);
            });
            model.setEpochs(200);
            return model.compare();
        });
        going.get(120, TimeUnit.SECONDS);

        fx(() -> {
            model.cancel();
            return null;
        });

        assertThat(fx(model::isRunning)).isFalse();
        assertThat(fx(() -> model.messageProperty().get())).isEqualTo("Comparison cancelled.");
        assertThat(run.get(300, TimeUnit.SECONDS)).isEqualTo(LatestWins.Outcome.STALE);
        assertThat(fx(() -> model.resultProperty().get())).isNull();
        // the channel is free again: the next comparison runs and shows its result
        CompletableFuture<LatestWins.Outcome> next = fx(() -> {
            model.setEpochs(1);
            return model.compare();
        });
        assertThat(next.get(120, TimeUnit.SECONDS)).isEqualTo(LatestWins.Outcome.DELIVERED);
        assertThat(fx(() -> model.resultProperty().get().epochs())).isEqualTo(1);
    }

    @Test
    void aComparisonCancelledBeforeItStartsShowsNothing() throws Exception {
        ExpansionModel model = fx(ExpansionModel::new);
        CompletableFuture<LatestWins.Outcome> run = fx(() -> {
            model.setEpochs(200);
            CompletableFuture<LatestWins.Outcome> started = model.compare();
            model.cancel();
            return started;
        });

        assertThat(fx(model::isRunning)).isFalse();
        assertThat(run.get(300, TimeUnit.SECONDS)).isEqualTo(LatestWins.Outcome.STALE);
        assertThat(fx(() -> model.resultProperty().get())).isNull();
    }
}
